import { defineMessages } from '../i18n/locale';

// Every sentence a trace carries (hop notes, probe and outbound notes, what-if reasons and fixes, errors), in
// English and Japanese. Japanese follows Microsoft's page: フロントエンド, バックエンド プール, 負荷分散規則,
// 正常性プローブ, フローティング IP, ループバック インターフェイス, 弱いホスト モデル, プライマリ IP 構成.

/** The trace's sentences; `{name}` placeholders are filled by `fill`. */
export const traceMessages = defineMessages(
  {
    noRule: 'There is no rule named "{rule}". Rules: {rules}.',
    none: 'none',
    noNatRule: 'There is no inbound NAT rule named "{rule}". Inbound NAT rules: {rules}.',
    natNoTarget: 'Inbound NAT rule {rule} delivers to no VM: give it a target VM and check its frontend address (run validate).',
    vmNotNatTarget: 'VM "{vm}" is not the target of inbound NAT rule {rule}; its target is {target}.',
    noVms: 'Rule {rule} delivers to no VM: check its frontend address and backend pool (run validate).',
    vmNotInPool: 'VM "{vm}" is not in rule {rule}\'s backend pool. It reaches: {vms}.',
    badClient: 'Client "{client}" is not an endpoint: write ip:port, or [ipv6]:port.',
    wrongFamily: 'Client {client} is IPv{clientFamily} but frontend {frontend} is IPv{family}; use an IPv{family} client.',

    clientToLb: 'The client connects to frontend {frontend}.',
    lbToVmFloating: 'Floating IP: the destination stays the frontend IP{portNote}; {vm} must hold {frontendIp} on its loopback.',
    onlyPortChanges: ' (only the port changes)',
    lbToVmRewrite: "The load balancer rewrites the destination to {vm}'s NIC IP and the backend port.",
    replyFloating: 'The guest replies from the frontend IP it received the packet on.',
    replyNic: 'The guest replies from its NIC IP.',
    replyUnchanged: 'The reply already carries the frontend as its source and goes straight to the client.',
    replySrcRewritten: "The platform rewrites the reply's source back to the frontend; it goes straight to the client (DSR flow topology), not through the load balancer.",
    replyPortRewritten: "The platform rewrites only the reply's source port back to the frontend port; it goes straight to the client.",

    probeNote: "Health probes go to {vm}'s NIC IP ({nicIp}), never to the frontend IP, even with floating IP.",
    noProbe: 'Rule {rule} has no health probe: {vm} stays in rotation even when the service is down.',
    probePortOutOfRange: 'Health probe {probe} has port {port}, outside 1-65535: Azure rejects it (PortOutOfRange). The trace shows the port as configured until you fix it.',
    natNoProbe: 'Inbound NAT rule {rule} uses no health probe (inbound NAT rules have none): the packet goes to {vm} whether or not the service answers.',
    outboundNote: "Connections {vm} opens itself must leave from its NIC's primary IP ({nicIp}); a flow from {frontendIp} on the loopback is not rewritten by Azure and fails.",
    guestNote: '{vm} must hold {frontendIp} on a loopback interface and accept traffic for it (weak host model on Windows), and its firewall must allow {ports}.',
    portsServed: 'the ports it serves',
    listenFloating: 'The service listens on {endpoint}{every}, or on every address with {frontendIp} present on the loopback.',
    listenNic: 'The service listens on {endpoint}{every} or on every address.',
    everyPort: ' (every port)',

    dropped:
      '{vm} drops the packet: it is addressed to {frontendIp}, and no interface of the guest holds that address (no loopback configured), so the guest does not accept it.',
    droppedFix: 'Fix: add {frontendIp} to a loopback interface in the guest (on Windows also enable the weak host model), then allow port {port} in its firewall.',
    noListener:
      'The packet reaches {vm} for {endpoint}, but the service listens only on the NIC IP ({nicIp}), so nothing listens on {endpoint}: {answer}',
    noListenerTcp: 'the guest answers with a TCP reset and the client sees "connection refused".',
    noListenerUdp: 'the datagram finds no socket and the client gets no answer.',
    noListenerFix: 'Fix: bind the service to {endpoint}, or to every address (0.0.0.0 / ::) with {frontendIp} on the loopback.',
    outOfRotation:
      'The health probe from {probeSrc} to {probeDst} fails, so the load balancer takes {vm} out of rotation: no new flows are sent to it (established TCP flows may continue).',
    outOfRotationFix: 'Fix: open port {port} in the guest firewall and answer the probe there, on the NIC IP ({nicIp}), not on the frontend IP.',
    probeFailed: 'Probe port {port} is closed on {vm}: the probe gets no answer.',
    outboundFails:
      '{vm} opens a connection from the frontend IP {frontendIp}. With floating IP, Azure does not rewrite that outbound flow, so it fails (documented limitation).',
    outboundFailsFix: "Fix: open outbound connections from the NIC's primary IP configuration ({nicIp}); do not bind them to the frontend IP.",

    noEffectLoopback: 'No effect with floating IP off: the packet is addressed to the NIC IP ({nicIp}), which the guest owns; the loopback is not used.',
    noEffectListener: 'No effect with floating IP off: the packet is addressed to {endpoint}, where the service listens.',
    noEffectProbe: 'No effect: rule {rule} has no health probe, so {vm} stays in rotation even when the service is down.',
    noEffectProbeNat: 'No effect on this flow: inbound NAT rule {rule} uses no health probe, so a closed probe port does not stop it; the packet still goes to {vm}.',
    noEffectOutbound: "Not possible with floating IP off: {vm} does not hold the frontend IP, so its connections leave from the NIC's primary IP ({nicIp}) and work.",
  },
  {
    noRule: '"{rule}" という名前の規則はありません。規則: {rules}。',
    none: 'なし',
    noNatRule: '"{rule}" という名前の受信 NAT 規則はありません。受信 NAT 規則: {rules}。',
    natNoTarget: '受信 NAT 規則 {rule} はどの VM にも届きません。ターゲットの VM を指定し、フロントエンドのアドレスを確認してください (validate を実行)。',
    vmNotNatTarget: 'VM "{vm}" は受信 NAT 規則 {rule} のターゲットではありません。ターゲットは {target} です。',
    noVms: '規則 {rule} はどの VM にも届きません。フロントエンドのアドレスとバックエンド プールを確認してください (validate を実行)。',
    vmNotInPool: 'VM "{vm}" は規則 {rule} のバックエンド プールにありません。届く VM: {vms}。',
    badClient: 'クライアント "{client}" はエンドポイントではありません。ip:port または [ipv6]:port と書いてください。',
    wrongFamily: 'クライアント {client} は IPv{clientFamily} ですが、フロントエンド {frontend} は IPv{family} です。IPv{family} のクライアントを使ってください。',

    clientToLb: 'クライアントがフロントエンド {frontend} に接続します。',
    lbToVmFloating: 'フローティング IP: 宛先はフロントエンド IP のままです{portNote}。{vm} はループバックに {frontendIp} を持つ必要があります。',
    onlyPortChanges: ' (ポートだけが変わります)',
    lbToVmRewrite: 'ロード バランサーが宛先を {vm} の NIC の IP とバックエンド ポートに書き換えます。',
    replyFloating: 'ゲストは、パケットを受信したフロントエンド IP から応答します。',
    replyNic: 'ゲストは NIC の IP から応答します。',
    replyUnchanged: '応答の送信元はすでにフロントエンドで、そのままクライアントに届きます。',
    replySrcRewritten: 'プラットフォームが応答の送信元をフロントエンドに書き戻します。応答はロード バランサーを経由せず、直接クライアントに届きます (DSR フロー トポロジ)。',
    replyPortRewritten: 'プラットフォームが応答の送信元ポートだけをフロントエンドのポートに書き戻します。応答は直接クライアントに届きます。',

    probeNote: '正常性プローブは、フローティング IP が有効でも、フロントエンド IP ではなく {vm} の NIC の IP ({nicIp}) に届きます。',
    noProbe: '規則 {rule} には正常性プローブがありません。サービスが停止していても {vm} はローテーションに残ります。',
    probePortOutOfRange: '正常性プローブ {probe} のポート {port} は 1-65535 の範囲外のため、Azure では拒否されます (PortOutOfRange)。修正するまで、トレースは設定どおりのポートを示します。',
    natNoProbe: '受信 NAT 規則 {rule} は正常性プローブを使いません (受信 NAT 規則にはプローブがありません)。サービスが応答するかどうかにかかわらず、パケットは {vm} に届きます。',
    outboundNote: '{vm} が自分で開く接続は、NIC のプライマリ IP ({nicIp}) から出す必要があります。ループバックの {frontendIp} からのフローは Azure が書き換えず、失敗します。',
    guestNote: '{vm} はループバック インターフェイスに {frontendIp} を持ち、そのトラフィックを受け付け (Windows では弱いホスト モデル)、ファイアウォールで {ports} を許可する必要があります。',
    portsServed: '提供するポート',
    listenFloating: 'サービスは {endpoint}{every} で待ち受けます。または、ループバックに {frontendIp} がある状態ですべてのアドレスで待ち受けます。',
    listenNic: 'サービスは {endpoint}{every} またはすべてのアドレスで待ち受けます。',
    everyPort: ' (すべてのポート)',

    dropped: '{vm} はパケットを破棄します。宛先は {frontendIp} ですが、ゲストのどのインターフェイスにもそのアドレスがない (ループバックが未構成) ため、ゲストは受け取りません。',
    droppedFix: '対処: ゲストのループバック インターフェイスに {frontendIp} を追加し (Windows では弱いホスト モデルも有効にする)、ファイアウォールでポート {port} を許可します。',
    noListener: 'パケットは {endpoint} 宛てに {vm} に届きますが、サービスは NIC の IP ({nicIp}) でしか待ち受けていないため、{endpoint} にはリスナーがありません: {answer}',
    noListenerTcp: 'ゲストは TCP リセットを返し、クライアントには "接続拒否" と表示されます。',
    noListenerUdp: 'データグラムの受け手がなく、クライアントに応答は返りません。',
    noListenerFix: '対処: サービスを {endpoint} にバインドするか、ループバックに {frontendIp} を置いたうえですべてのアドレス (0.0.0.0 / ::) にバインドします。',
    outOfRotation: '{probeSrc} から {probeDst} への正常性プローブが失敗するため、ロード バランサーは {vm} をローテーションから外します。新しいフローは送られません (確立済みの TCP フローは続くことがあります)。',
    outOfRotationFix: '対処: ゲストのファイアウォールでポート {port} を開き、フロントエンド IP ではなく NIC の IP ({nicIp}) でプローブに応答します。',
    probeFailed: '{vm} のプローブ ポート {port} が閉じているため、プローブに応答がありません。',
    outboundFails: '{vm} がフロントエンド IP {frontendIp} から接続を開きます。フローティング IP では Azure がこのアウトバウンド フローを書き換えないため、フローは失敗します (ドキュメントに記載の制限事項)。',
    outboundFailsFix: '対処: アウトバウンド接続は NIC のプライマリ IP 構成 ({nicIp}) から開きます。フロントエンド IP にバインドしないでください。',

    noEffectLoopback: 'フローティング IP が無効なら影響なし: 宛先はゲストが持つ NIC の IP ({nicIp}) で、ループバックは使われません。',
    noEffectListener: 'フローティング IP が無効なら影響なし: 宛先は {endpoint} で、サービスはそこで待ち受けています。',
    noEffectProbe: '影響なし: 規則 {rule} には正常性プローブがないため、サービスが停止していても {vm} はローテーションに残ります。',
    noEffectProbeNat: 'このフローには影響なし: 受信 NAT 規則 {rule} は正常性プローブを使わないため、プローブ ポートが閉じていても止まらず、パケットは {vm} に届きます。',
    noEffectOutbound: 'フローティング IP が無効なら起こりません: {vm} はフロントエンド IP を持たないため、接続は NIC のプライマリ IP ({nicIp}) から出て成功します。',
  },
);
