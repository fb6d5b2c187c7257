import { defineMessages } from '../i18n/locale';

// The lesson's prose and quiz, in English and in Japanese with the terms of Microsoft's Japanese Floating IP page
// (フロントエンド, バックエンド プール, 負荷分散規則, 正常性プローブ, フローティング IP, ループバック インターフェイス).
// Values computed from the topology come in through {placeholders}.
export const lessonMessages = defineMessages(
  {
    nameRefused: 'Lesson: two services on port 80, floating IP off',
    nameFloating: 'Lesson: two services on port 80, floating IP on',
    nameOtherPort: 'Lesson: floating IP off, another backend port',
    descriptionRefused: 'Two frontends send TCP {port} to the same VMs on the same backend port, floating IP off: Azure refuses it.',
    descriptionFloating: 'The same two rules with floating IP on: each VM receives the frontend IP, so the backend port can be reused.',
    descriptionOtherPort: 'Floating IP off, and {rule} uses backend port {port}: each VM receives its NIC IP and a port per rule.',
    nameCluster: 'Lesson: a cluster VIP on one node',
    descriptionCluster: 'One rule with floating IP to a two-node Windows cluster: the cluster IP resource holds {ip} on the active node only.',

    refusedTitle: 'Two services on port {port} on the same VMs',
    refusedSetup:
      'Rule {ruleA} sends frontend {feA} ({ipA}) and rule {ruleB} sends frontend {feB} ({ipB}) to the same backend pool {pool}, both on backend port {port}, with floating IP off. The canvas now shows this topology.',
    refusedWhy:
      'Without floating IP, Azure rewrites the destination to each VM’s NIC IP and the backend port. {vm} would receive the flows of both rules at {endpoint} and could not tell the two services apart, so Azure refuses the rules.',
    refusedDiagnostic: 'Floatplan’s validation of the canvas, computed live (Azure reports the same code when you deploy):',
    refusedWaysOut:
      'Two ways out: turn floating IP on for both rules (next step), or give one rule another backend port, as in the page’s rule type 1 (rule {ruleB} on port {otherPort}).',

    floatingTitle: 'Floating IP makes it work',
    floatingWhy:
      'With floating IP on, Azure does not rewrite the destination IP: each VM receives the frontend IP and the backend port. The two rules now reach the VMs at different destinations ({ipA} and {ipB}), so both can use port {port}.',
    floatingTry: 'Turn the switch on yourself: the button below edits the rules through the planner, like the floating IP switch in the inspector (Undo works too).',
    floatingMapping: 'What each VM receives now, from the planner’s mapping:',
    floatingTrace: 'Rule {rule} is selected on the canvas, and the Trace tab below is open on it: step through the hops and compare the before/after diagram.',

    guestTitle: 'What the guest OS must do',
    guestIntro:
      'Floating IP is set on the load-balancing rule, but the guest OS of every VM in the backend pool must also be configured to receive traffic for the frontend IP and port:',
    guestLoopback: 'Add a loopback interface and give it the frontend IP address: {vm} needs {ips}.',
    guestWeakHost:
      'Let the system receive and send packets for an address the interface does not own: Windows needs the “weak host” model (weakhostreceive on the NIC, weakhostreceive and weakhostsend on the loopback); Linux uses it by default.',
    guestFirewall: 'Allow the service in the guest firewall ({protocol} {port}) and answer the health probe on the NIC IP ({probe}).',
    guestWindows: 'On Windows ({vm}), at an administrator command prompt (the page’s commands, with a /32 mask):',
    guestLinux: 'On Linux ({vm}), not kept across a reboot:',
    guestMask:
      'Microsoft’s example uses a /24 mask (255.255.255.0); a /32 adds only the frontend IP. On Linux, a /24 on lo makes the whole /24 local to the VM.',
    guestScripts: 'The Scripts tab below is open on the selected VM: its complete, repeatable script, with its rollback.',
    guestSkipped: 'Skip a step and the flow breaks. What the trace says for rule {rule} to {vm} (the Trace tab has these what-if switches):',

    limitsTitle: 'The limitations',
    limitsSkipped: 'What the trace says when they are ignored (rule {rule} to {vm}):',
    limitsOutbound:
      'Outbound: with floating IP on, connections a VM opens itself must use the primary IP configuration of its NIC ({allowed} on {vm}). A flow from the frontend IP {failing} on the loopback is not rewritten by Azure’s outbound connection, and it fails.',
    limitsSecondary:
      'Secondary IP configurations: floating IP cannot be used on a NIC’s secondary IP configuration (except the IPv6 configuration of a dual-stack public load balancer, or when a NAT gateway handles outbound). Put the primary IP in the pool, or add a second NIC. Floatplan reports it as FloatingIpOnSecondaryIpConfig.',
    limitsProbe:
      'Health probes: they come from {source} to the NIC IP ({probe} for {vm}), never to the frontend IP, even with floating IP. Answer them on the NIC IP and allow them in the firewall.',
    limitsHaPorts:
      'HA ports (protocol All, ports 0) exist only on an internal Standard load balancer. Several HA-ports rules on the same backend pool need floating IP on every rule and a different frontend each; one HA-ports rule without floating IP allows no other rule on that load balancer.',

    clusterTitle: 'Why a cluster VIP lives on one node, not on every node',
    clusterIntro:
      'A loopback on every VM fits services where every VM may answer. A SQL Server availability group listener does not: only the primary replica may accept its connections. The canvas now shows rule {rule} to pool {pool} as a Windows failover cluster: the cluster IP resource holds {ip} on the node that owns it ({active}), on its NIC, and only that node answers the probe ({probe}). Microsoft’s procedure sets it with Set-ClusterParameter (Address, ProbePort, SubnetMask 255.255.255.255); no loopback.',
    clusterMapping: 'What each node receives, from the planner’s mapping (the listen place is the active node’s NIC):',
    clusterNodes: 'What the trace says, node by node:',
    clusterLoopback:
      'With a loopback on every node instead (the Floating IP page’s pattern), {vms} would all hold {ip} and answer the probe on {probes}. Azure would send flows to {passive} too, and a node that is not the primary would accept connections meant for {active}.',
    clusterTrace: 'The Trace tab below is open on rule {rule} to the active node {active}. Choose {passive} as the VM there: the load balancer sends it no flow, and its probe fails by design until a failover.',

    quizTitle: 'Quiz',
    quizDestinationFloating: 'Floating IP is on. Which destination (IP:port) does {vm} receive for rule {rule}?',
    quizDestinationFloatingWhy:
      'Floating IP leaves the destination IP as it is: {vm} receives frontend {frontend}’s IP {ip} with backend port {port}, on its loopback interface. {memberIp} would be the answer with floating IP off.',
    quizDestinationOtherPort:
      'Now floating IP is off on both rules and rule {rule} uses backend port {port} (the page’s rule type 1). Which destination does {vm} receive for rule {rule}?',
    quizDestinationOtherPortWhy:
      'Without floating IP, Azure rewrites the destination to the VM’s NIC IP ({memberIp}) and the rule’s backend port ({port}). The frontend IP {ip} is not what the VM sees.',
    quizProbe: 'Where does the health probe of rule {rule} reach {vm}?',
    quizProbeWhy: 'Health probes come from {source} and go to the VM’s NIC IP and the probe port ({answer}), never to the frontend IP, even with floating IP on.',
    quizOutbound: 'An application on {vm} opens its own connection to a server on the internet. Which source IP must it use?',
    quizOutboundWhy:
      'With floating IP on, outbound flows must use the NIC’s primary IP configuration ({allowed}). A flow from the frontend IP on the loopback ({failing}) is not rewritten by Azure and fails.',
    quizClusterProbe: 'Rule {rule} goes to pool {pool}, a Windows cluster whose IP resource {active} owns. Where is the health probe answered?',
    quizClusterProbeWhy:
      'Probes go to every node’s NIC IP, but only the node that owns the IP resource, {active}, answers them ({answer}), through the resource’s ProbePort; the other nodes do not answer by design, so Azure sends them no flow.',
    quizCorrect: 'Correct.',
    quizWrong: 'Not quite: the answer is {answer}.',
  },
  {
    nameRefused: 'レッスン: ポート 80 の 2 つのサービス、フローティング IP 無効',
    nameFloating: 'レッスン: ポート 80 の 2 つのサービス、フローティング IP 有効',
    nameOtherPort: 'レッスン: フローティング IP 無効、別のバックエンド ポート',
    descriptionRefused: '2 つのフロントエンドが TCP {port} を同じ VM の同じバックエンド ポートに送る (フローティング IP 無効): Azure はこれを拒否します。',
    descriptionFloating: '同じ 2 つの規則でフローティング IP を有効化: 各 VM はフロントエンド IP を受け取るため、バックエンド ポートを再利用できます。',
    descriptionOtherPort: 'フローティング IP 無効、{rule} はバックエンド ポート {port} を使用: 各 VM は NIC の IP と規則ごとのポートを受け取ります。',
    nameCluster: 'レッスン: クラスターの VIP は 1 つのノードに',
    descriptionCluster: 'フローティング IP の規則 1 つと 2 ノードの Windows クラスター: クラスターの IP リソースが {ip} をアクティブ ノードだけに保持します。',

    refusedTitle: '同じ VM のポート {port} で 2 つのサービス',
    refusedSetup:
      '負荷分散規則 {ruleA} はフロントエンド {feA} ({ipA}) を、規則 {ruleB} はフロントエンド {feB} ({ipB}) を、同じバックエンド プール {pool} のバックエンド ポート {port} に送ります。フローティング IP は無効です。キャンバスにはこのトポロジが表示されています。',
    refusedWhy:
      'フローティング IP が無効な場合、Azure は宛先を各 VM の NIC の IP アドレスとバックエンド ポートに書き換えます。{vm} は両方の規則のフローを {endpoint} で受け取り、2 つのサービスを区別できないため、Azure はこの規則を拒否します。',
    refusedDiagnostic: 'キャンバスに対する Floatplan の検証結果 (リアルタイム。デプロイ時に Azure も同じコードを返します):',
    refusedWaysOut:
      '解決策は 2 つ: 両方の規則でフローティング IP を有効にする (次のステップ)、またはページの規則タイプ 1 のように片方の規則に別のバックエンド ポートを使う (規則 {ruleB} をポート {otherPort} に)。',

    floatingTitle: 'フローティング IP で解決',
    floatingWhy:
      'フローティング IP を有効にすると、Azure は宛先 IP を書き換えません。各 VM はフロントエンド IP アドレスとバックエンド ポートを受け取ります。2 つの規則の宛先が異なる ({ipA} と {ipB}) ため、両方ともポート {port} を使えます。',
    floatingTry: '自分でスイッチを入れてみましょう。下のボタンは、インスペクターのフローティング IP スイッチと同じように規則を編集します (元に戻すこともできます)。',
    floatingMapping: 'プランナーのマッピングによる、各 VM が受け取る宛先:',
    floatingTrace: 'キャンバスで規則 {rule} が選択され、下のトレース タブでこの規則を開いています。ホップごとにパケットを進め、有効化前後の図を比べてください。',

    guestTitle: 'ゲスト OS で必要な構成',
    guestIntro:
      'フローティング IP は負荷分散規則で構成しますが、バックエンド プール内の各 VM のゲスト OS も、フロントエンド IP とポート宛てのトラフィックを受信するように構成する必要があります:',
    guestLoopback: 'ループバック インターフェイスを追加し、フロントエンド IP アドレスを構成します: {vm} には {ips} が必要です。',
    guestWeakHost:
      'インターフェイスに割り当てられていない IP アドレスのパケットを送受信できるようにします: Windows では "弱いホスト" モデル (NIC で weakhostreceive、ループバックで weakhostreceive と weakhostsend) が必要です。Linux では通常、既定で使用されます。',
    guestFirewall: 'ゲストのファイアウォールでサービスを許可し ({protocol} {port})、正常性プローブには NIC の IP アドレス ({probe}) で応答します。',
    guestWindows: 'Windows ({vm}) では、管理者のコマンド プロンプトで (ページのコマンドを /32 マスクで):',
    guestLinux: 'Linux ({vm}) では (再起動後は保持されません):',
    guestMask:
      'Microsoft の例は /24 マスク (255.255.255.0) を使っていますが、/32 ならフロントエンド IP だけが追加されます。Linux で lo に /24 を付けると、その /24 全体が VM のローカル アドレスになります。',
    guestScripts: '下のスクリプト タブで、選択した VM 用の完全で再実行可能なスクリプトとロールバックを開いています。',
    guestSkipped: '手順を省くとフローは失敗します。規則 {rule} から {vm} へのフローについてのトレースの結果 (トレース タブの what-if スイッチで試せます):',

    limitsTitle: '制限事項',
    limitsSkipped: '制限を無視した場合のトレースの結果 (規則 {rule} から {vm}):',
    limitsOutbound:
      'アウトバウンド: フローティング IP が有効な場合、VM が自分から開く接続には NIC のプライマリ IP 構成 ({vm} では {allowed}) を使う必要があります。ループバックのフロントエンド IP {failing} からのフローは Azure のアウトバウンドが書き換えられないため、失敗します。',
    limitsSecondary:
      'セカンダリ IP 構成: NIC のセカンダリ IP 構成ではフローティング IP を使用できません (デュアルスタックのパブリック ロード バランサーの IPv6 構成と、アウトバウンドに NAT ゲートウェイを使う構成を除く)。プライマリ IP をプールに入れるか、2 つ目の NIC を追加してください。Floatplan は FloatingIpOnSecondaryIpConfig として報告します。',
    limitsProbe:
      '正常性プローブ: {source} から NIC の IP アドレス ({vm} では {probe}) に届き、フローティング IP が有効でもフロントエンド IP には届きません。NIC の IP アドレスで応答し、ファイアウォールで許可してください。',
    limitsHaPorts:
      'HA ポート (プロトコル All、ポート 0) は内部 Standard ロード バランサーだけで使えます。同じバックエンド プールに複数の HA ポート規則を置くには、すべての規則でフローティング IP を有効にし、それぞれ別のフロントエンドを使います。フローティング IP なしの HA ポート規則が 1 つあると、そのロード バランサーには他の規則を置けません。',

    clusterTitle: 'クラスターの VIP がすべてのノードではなく 1 つのノードにある理由',
    clusterIntro:
      'すべての VM のループバックに置く方法は、どの VM が応答してもよいサービス向けです。SQL Server 可用性グループのリスナーは違います: 接続を受け付けてよいのはプライマリ レプリカだけです。キャンバスには、プール {pool} への規則 {rule} が Windows フェールオーバー クラスターとして表示されています: クラスターの IP リソースが、それを所有するノード ({active}) の NIC に {ip} を保持し、正常性プローブ ({probe}) に応答するのもそのノードだけです。Microsoft の手順では Set-ClusterParameter (Address、ProbePort、SubnetMask 255.255.255.255) で構成し、ループバックは使いません。',
    clusterMapping: 'プランナーのマッピングによる、各ノードが受け取る宛先 (待ち受ける場所はアクティブ ノードの NIC):',
    clusterNodes: 'トレースの結果 (ノードごと):',
    clusterLoopback:
      '代わりにすべてのノードのループバックに置くと (フローティング IP のページの方法)、{vms} がすべて {ip} を保持し、{probes} でプローブに応答します。Azure は {passive} にもフローを送り、プライマリではないノードが {active} 宛ての接続を受け付けてしまいます。',
    clusterTrace: '下のトレース タブで、規則 {rule} からアクティブ ノード {active} へのフローを開いています。そこで VM に {passive} を選ぶと、ロード バランサーはこのノードにフローを送らず、フェールオーバーまではプローブが失敗するのが正常だとわかります。',

    quizTitle: 'クイズ',
    quizDestinationFloating: 'フローティング IP は有効です。{vm} が規則 {rule} で受け取る宛先 (IP:ポート) はどれですか?',
    quizDestinationFloatingWhy:
      'フローティング IP は宛先 IP を書き換えません。{vm} はフロントエンド {frontend} の IP {ip} とバックエンド ポート {port} をループバック インターフェイスで受け取ります。フローティング IP が無効なら {memberIp} が答えです。',
    quizDestinationOtherPort:
      '今度は両方の規則でフローティング IP が無効で、規則 {rule} はバックエンド ポート {port} を使います (ページの規則タイプ 1)。{vm} が規則 {rule} で受け取る宛先はどれですか?',
    quizDestinationOtherPortWhy:
      'フローティング IP が無効な場合、Azure は宛先を VM の NIC の IP アドレス ({memberIp}) と規則のバックエンド ポート ({port}) に書き換えます。フロントエンド IP {ip} は VM には見えません。',
    quizProbe: '規則 {rule} の正常性プローブは {vm} のどこに届きますか?',
    quizProbeWhy: '正常性プローブは {source} から VM の NIC の IP アドレスとプローブ ポート ({answer}) に届きます。フローティング IP が有効でも、フロントエンド IP には届きません。',
    quizOutbound: '{vm} 上のアプリケーションが、インターネット上のサーバーへ自分から接続します。送信元 IP はどれを使う必要がありますか?',
    quizOutboundWhy:
      'フローティング IP が有効な場合、アウトバウンドのフローは NIC のプライマリ IP 構成 ({allowed}) を使う必要があります。ループバックのフロントエンド IP ({failing}) からのフローは Azure が書き換えられないため、失敗します。',
    quizClusterProbe: '規則 {rule} はプール {pool} に送られます。これは IP リソースを {active} が所有する Windows クラスターです。正常性プローブに応答するのはどこですか?',
    quizClusterProbeWhy:
      'プローブはすべてのノードの NIC の IP に届きますが、応答するのは IP リソースを所有するノード {active} だけです ({answer}、リソースの ProbePort)。他のノードは設計上応答しないため、Azure はそれらにフローを送りません。',
    quizCorrect: '正解です。',
    quizWrong: '残念: 正解は {answer} です。',
  },
);

/** A key of the lesson's catalog. */
export type LessonMessageKey = keyof typeof lessonMessages.en;
