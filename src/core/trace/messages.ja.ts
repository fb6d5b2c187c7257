import type { Catalog } from '../i18n/catalog';
import type { traceEn } from './messages.en';

/** The texts of the trace in Japanese; a missing or extra key fails the typecheck. */
export const traceJa: Catalog<typeof traceEn> = {
  noRule: '"{rule}" という名前の規則はありません。規則: {rules}。',
  none: 'なし',
  noNatRule: '"{rule}" という名前の受信 NAT 規則はありません。受信 NAT 規則: {rules}。',
  natNoTarget:
    '受信 NAT 規則 {rule} はどの VM にも届きません。ターゲットの VM を指定し、フロントエンドのアドレスを確認してください (validate を実行)。',
  vmNotNatTarget: 'VM "{vm}" は受信 NAT 規則 {rule} のターゲットではありません。ターゲットは {target} です。',
  noVms: '規則 {rule} はどの VM にも届きません。フロントエンドのアドレスとバックエンド プールを確認してください (validate を実行)。',
  vmNotInPool: 'VM "{vm}" は規則 {rule} のバックエンド プールにありません。届く VM: {vms}。',
  badClient: 'クライアント "{client}" はエンドポイントではありません。ip:port または [ipv6]:port と書いてください。',
  wrongFamily:
    'クライアント {client} は IPv{clientFamily} ですが、フロントエンド {frontend} は IPv{family} です。IPv{family} のクライアントを使ってください。',

  clientToLb: 'クライアントがフロントエンド {frontend} に接続します。',
  lbToVmFloating:
    'フローティング IP: 宛先はフロントエンド IP のままです{portNote}。{vm} はループバックに {frontendIp} を持つ必要があります。',
  onlyPortChanges: ' (ポートだけが変わります)',
  lbToVmRewrite: 'ロード バランサーが宛先を {vm} の NIC の IP とバックエンド ポートに書き換えます。',
  replyFloating: 'ゲストは、パケットを受信したフロントエンド IP から応答します。',
  replyNic: 'ゲストは NIC の IP から応答します。',
  replyUnchanged: '応答の送信元はすでにフロントエンドで、そのままクライアントに届きます。',
  replySrcRewritten:
    'プラットフォームが応答の送信元をフロントエンドに書き戻します。応答はロード バランサーを経由せず、直接クライアントに届きます (DSR フロー トポロジ)。',
  replyPortRewritten: 'プラットフォームが応答の送信元ポートだけをフロントエンドのポートに書き戻します。応答は直接クライアントに届きます。',

  probeNote: '正常性プローブは、フローティング IP が有効でも、フロントエンド IP ではなく {vm} の NIC の IP ({nicIp}) に届きます。',
  noProbe: '規則 {rule} には正常性プローブがありません。サービスが停止していても {vm} はローテーションに残ります。',
  probePortOutOfRange:
    '正常性プローブ {probe} のポート {port} は 1-65535 の範囲外のため、Azure では拒否されます (PortOutOfRange)。修正するまで、トレースは設定どおりのポートを示します。',
  natAllPorts:
    '受信 NAT 規則 {rule} はプロトコル All、ポート 0/0 です。HA ポートがバックエンド プールに対して行うように、フロントエンドのすべてのポートとプロトコルを {vm} に転送します。表示のポートは例です。',
  natNoProbe:
    '受信 NAT 規則 {rule} は正常性プローブを使いません (受信 NAT 規則にはプローブがありません)。サービスが応答するかどうかにかかわらず、パケットは {vm} に届きます。',
  outboundNote:
    '{vm} が自分で開く接続は、NIC のプライマリ IP ({nicIp}) から出す必要があります。ループバックの {frontendIp} からのフローは Azure が書き換えず、失敗します。',
  guestNote:
    '{vm} はループバック インターフェイスに {frontendIp} を持ち、そのトラフィックを受け付け (Windows では弱いホスト モデル)、ファイアウォールで {ports} を許可する必要があります。',
  portsServed: '提供するポート',
  listenFloating:
    'サービスは {endpoint}{every} で待ち受けます。または、ループバックに {frontendIp} がある状態ですべてのアドレスで待ち受けます。',
  listenNic: 'サービスは {endpoint}{every} またはすべてのアドレスで待ち受けます。',
  everyPort: ' (すべてのポート)',

  dropped:
    '{vm} はパケットを破棄します。宛先は {frontendIp} ですが、ゲストのどのインターフェイスにもそのアドレスがない (ループバックが未構成) ため、ゲストは受け取りません。',
  droppedFix:
    '対処: ゲストのループバック インターフェイスに {frontendIp} を追加し (Windows では弱いホスト モデルも有効にする)、ファイアウォールでポート {port} を許可します。',
  noListener:
    'パケットは {endpoint} 宛てに {vm} に届きますが、サービスは NIC の IP ({nicIp}) でしか待ち受けていないため、{endpoint} にはリスナーがありません: {answer}',
  noListenerTcp: 'ゲストは TCP リセットを返し、クライアントには "接続拒否" と表示されます。',
  noListenerUdp: 'データグラムの受け手がなく、クライアントに応答は返りません。',
  noListenerFix:
    '対処: サービスを {endpoint} にバインドするか、ループバックに {frontendIp} を置いたうえですべてのアドレス (0.0.0.0 / ::) にバインドします。',
  outOfRotation:
    '{probeSrc} から {probeDst} への正常性プローブが失敗するため、ロード バランサーは {vm} をローテーションから外します。新しいフローは送られません (確立済みの TCP フローは続くことがあります)。',
  outOfRotationFix:
    '対処: ゲストのファイアウォールでポート {port} を開き、フロントエンド IP ではなく NIC の IP ({nicIp}) でプローブに応答します。',
  probeFailed: '{vm} のプローブ ポート {port} が閉じているため、プローブに応答がありません。',
  outboundFails:
    '{vm} がフロントエンド IP {frontendIp} から接続を開きます。フローティング IP では Azure がこのアウトバウンド フローを書き換えないため、フローは失敗します (ドキュメントに記載の制限事項)。',
  outboundFailsFix:
    '対処: アウトバウンド接続は NIC のプライマリ IP 構成 ({nicIp}) から開きます。フロントエンド IP にバインドしないでください。',

  noEffectLoopback: 'フローティング IP が無効なら影響なし: 宛先はゲストが持つ NIC の IP ({nicIp}) で、ループバックは使われません。',
  noEffectListener: 'フローティング IP が無効なら影響なし: 宛先は {endpoint} で、サービスはそこで待ち受けています。',
  noEffectProbe: '影響なし: 規則 {rule} には正常性プローブがないため、サービスが停止していても {vm} はローテーションに残ります。',
  noEffectProbeNat:
    'このフローには影響なし: 受信 NAT 規則 {rule} は正常性プローブを使わないため、プローブ ポートが閉じていても止まらず、パケットは {vm} に届きます。',
  noEffectOutbound:
    'フローティング IP が無効なら起こりません: {vm} はフロントエンド IP を持たないため、接続は NIC のプライマリ IP ({nicIp}) から出ます。インターネットに届くかどうかは VM の送信経路によります。',
  nsgFlow: '{vm} への経路上の NSG は、{source} から {destination} への {protocol} ({ports}) を許可する必要があります{why}。',
  nsgWhyFloating: '。フローティング IP では NSG が見る宛先は書き換えられないため、NIC の IP ではなくフロントエンド IP です',
  nsgWhyNic: '。ロード バランサーが宛先を書き換えてから NSG に届くため、NIC の IP です',
  nsgWhyAppliance: '。ルーティングされるフローは元の宛先のままなので、宛先は任意 (*) です',
  nsgPort: 'ポート {port}',
  nsgEveryPort: 'すべてのポート',
  nsgAnyProtocol: 'すべてのプロトコル',
  nsgProbe:
    '正常性プローブ {probe} には AzureLoadBalancer から {destination} のポート {port} (TCP) への許可が必要です。上位に拒否規則がなければ既定の規則 AllowAzureLoadBalancerInBound が許可します。',
  nsgAllowed: '経路上の NSG ({nsgs}) はこれを許可します。',
  nsgDenied: 'NSG {nsg} の規則 {rule} (優先度 {priority}) がこれを拒否します。',
  nsgPartly:
    'NSG {nsg} の規則 {rule} (優先度 {priority}) がその一部 (一部のクライアント、ポート、プロトコル) を拒否します。クライアントが通れることを確認してください。',
  nsgSeenFrontend: ' フローティング IP では、NSG は NIC の IP ではなくフロントエンド IP {frontendIp} を宛先として見ます。',
  nsgBlocked:
    'NSG {nsg} の規則 {rule} (優先度 {priority}) が {source} から {destination} への {protocol} ({ports}) を拒否するため、パケットは {vm} に届く前に破棄されます。{seen}',
  nsgBlockedFix:
    '修正: {nsg} に、優先度の数値が {priority} より小さく、{source} から {destination} ({ports}、{protocol}) を許可する受信規則を追加するか、{rule} を変更してください。',
  nsgProbeBlocked:
    'NSG {nsg} の規則 {rule} (優先度 {priority}) が AzureLoadBalancer から {nicIp} のポート {port} への正常性プローブを拒否するため、ロード バランサーは {vm} をローテーションから外し、新しいフローを送りません。',
  nsgProbeBlockedFix:
    '修正: {nsg} に、優先度の数値が {priority} より小さく、AzureLoadBalancer から {nicIp} のポート {port} を許可する受信規則を追加するか、{rule} を変更してください。',
  nsgProbeFailed: 'NSG {nsg} の規則 {rule} (優先度 {priority}) がプローブを拒否します。プローブに応答はありません。',
};
