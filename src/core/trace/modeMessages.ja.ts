import type { Catalog } from '../i18n/catalog';
import type { traceModeEn } from './modeMessages.en';

/** The texts of the trace of held frontend IPs in Japanese; a missing or extra key fails the typecheck. */
export const traceModeJa: Catalog<typeof traceModeEn> = {
  activeNotMember:
    'VM "{active}" は規則 {rule} のバックエンド プールのメンバーではないため、アクティブ ノードにはできません。メンバー: {vms}。',
  badDestination: '宛先 "{destination}" はエンドポイントではありません。ip:port または [ipv6]:port と書いてください。',
  destinationFamily: '宛先 {destination} は IPv{destFamily} ですが、クライアントは IPv{family} です。IPv{family} の宛先を使ってください。',

  resourceWindows: 'クラスターの IP リソース',
  resourcePacemaker: 'IPaddr2 リソース',
  listenerWindows: 'IP リソースの ProbePort',
  listenerPacemaker: 'IPaddr2 とグループ化された azure-lb リソース',
  lbToVmCluster:
    'フローティング IP: 宛先はフロントエンド IP のままです{portNote}。{vm} はアクティブ ノードで、{resource}が NIC に {frontendIp} を保持します (ループバックは使いません)。',
  lbToVmClusterNic: 'ロード バランサーが宛先をアクティブ ノード {vm} の NIC の IP とバックエンド ポートに書き換えます。',
  passiveHop:
    '{active} がアクティブな間、ロード バランサーは {vm} にフローを送りません。プローブに応答するのはアクティブ ノードだけなので、{vm} は設計上ローテーション外です。',
  blockedLater: '送られません: フローは {vm} に届きません。',
  probeNoteCluster:
    '正常性プローブはすべてのノードの NIC の IP ({vm} では {nicIp}) に届きます。応答するのはアクティブ ノード {active} の{listener}だけです。',
  probeDownByDesign: '{vm} では設計上応答しません: {listener}はアクティブ ノード {active} でだけ動きます。',
  clusterGuestActive:
    '{vm} が {frontendIp} を持つのは{resource}を所有している間だけで、クラスターが NIC に追加します (マスク /32)。どのノードもループバックには持たず、すべてのノードのファイアウォールで {ports} とプローブ ポートを許可する必要があります。',
  clusterPassiveNote:
    '{vm} はパッシブ ノードです。フェールオーバーでアクティブになるまでフロントエンド IP を持たず、プローブは失敗します (アクティブ ノードを {vm} にしてトレースすると、その側を確認できます)。',
  outboundNoteCluster:
    '{vm} が自分で開く接続は、NIC のプライマリ IP ({nicIp}) から出す必要があります。クラスターが NIC に追加した {frontendIp} からのフローは Azure が書き換えず、失敗します。',
  listenCluster: 'サービスは {endpoint}{every} またはすべてのアドレスで待ち受けます。{frontendIp} があるのはアクティブ ノードだけです。',
  failover:
    'フェールオーバー: クラスターが{resource}とプローブのリスナーを {active} から {other} に移します。Azure はプローブの応答が移ったことを検出して新しいフローを {other} に送ります。{active} への開いたままのフローはリセットされ、クライアントは再接続します。',
  otherNode: '別のノード',
  oneOfNodes: '{vms} のいずれか',

  applianceClientToLb:
    '次ホップがフロントエンド IP {frontendIp} ({frontend}) のユーザー定義ルートが、パケットをロード バランサーに送ります。宛先は {destination} のままです。',
  applianceLbToVm: 'ロード バランサーはパケットをそのままアプライアンス {vm} に渡します。元の送信元と宛先は保たれ、NAT は行われません。',
  applianceForward:
    '{vm} がパケットを {destination} に転送します (IP 転送: Azure では NIC、ゲストでは net.ipv4.ip_forward と FORWARD 規則)。',
  applianceServerReply:
    'サーバーがクライアントに応答します。サーバーのサブネットのルート テーブルが、応答を次ホップ {frontendIp} に送ります。',
  applianceReplyToVm:
    '同じロード バランサーが応答にも同じアプライアンス {vm} を選びます。フローの両方向が 1 つのロード バランサーを通るため、SNAT なしで対称になります。',
  applianceReplyAtClient: '{vm} が応答をクライアントに転送します。送信元はクライアントが宛てたサーバー ({destination}) です。',
  gatewayClientToLb:
    'チェーンされたフロントエンド (Standard パブリック ロード バランサーのフロントエンドまたは VM のパブリック IP) が、パケットをゲートウェイ ロード バランサーのフロントエンド {frontendIp} ({frontend}) に渡します。宛先は {destination} のままです。',
  gatewayLbToVm:
    'ゲートウェイ ロード バランサーは、バックエンド プールのトンネル インターフェイスを通して、パケットを VXLAN でカプセル化してアプライアンス {vm} に送ります。元のパケットの送信元と宛先は変わりません。',
  gatewayForward:
    '{vm} は検査したパケットをトンネル インターフェイス経由で VXLAN で返し、ゲートウェイ ロード バランサーがそれを {destination} に渡します。{vm} に IP 転送やルートは不要です。',
  gatewayServerReply:
    'サーバーがクライアントに応答します。チェーンされたフロントエンドが、ユーザー定義ルートなしで応答を再びゲートウェイ ロード バランサーに通します。',
  gatewayNote:
    '{vm} はゲートウェイ ロード バランサーの背後にあります。バックエンド プールのトンネル インターフェイスで VXLAN カプセル化されたパケットを受け取り、内側のパケットを検査して同じ経路で返します。フロントエンド IP で待ち受けるものはなく、ループバックにも持ちません。',
  applianceNote:
    '{vm} は転送するアプライアンスです。フロントエンド IP で待ち受けるものはなく、ループバックにも持ちません。Azure では NIC の IP 転送と次ホップ {frontendIp} の UDR、ゲストでは net.ipv4.ip_forward=1 と FORWARD 規則が必要です。',
  applianceFloating:
    'フローティング IP ({state}) はこれらのパケットを変えません。宛先はフロントエンド IP ではなくサーバーだからです。Microsoft の HA ポートのクイックスタートはフローティング IP を無効にしています。',
  floatingOn: '有効',
  floatingOff: '無効',
  applianceSymmetry:
    '対称になるのは、両方向がこの 1 つのロード バランサーとフロントエンドを通る場合だけです。パブリックと内部のロード バランサーの間の NVA には SNAT (またはゲートウェイ ロード バランサー) が必要です。',
  exampleDestination:
    '{destination} は例の宛先 (ドキュメント用アドレス) です。宛先をアプライアンスの背後にあるサーバーに設定してください。',
  probeNoteAppliance:
    '正常性プローブは {vm} の NIC の IP ({nicIp}) に届きます。ローテーション外のアプライアンスには新しいフローが送られません。',

  memberLocal:
    'クライアントはこのプールのメンバー {client} で、自身が {frontendIp} を持っています ({where})。接続は {client} の外に出ず、{client} 自身が応答します。ロード バランサーには届きません。',
  whereLoopback: 'ループバック上',
  whereCluster: 'アクティブ ノードとして NIC 上',
  memberToSelf:
    'クライアントはこのプールのメンバー {client} です。バックエンドが自身のフロントエンドに開いたフローを、Azure は自分自身には届けません (フローの往路と復路が一致しない) ため、この接続はタイムアウトします。Microsoft はサポート外としています。',
  warnMemberLocal:
    '{client} は規則 {rule} のプールのメンバーで、自身が {frontendIp} を持っています。フロントエンドへの接続は {client} の中で完結し、負荷分散されません。別のクライアントか、プールの前段のプロキシを使ってください。',
  warnMemberSelf:
    '{client} は規則 {rule} のプールのメンバーです。自身のフロントエンドに開いたフローが自分自身に割り当てられると失敗します (断続的なタイムアウト)。プール外のクライアント、プロキシ (Application Gateway、nginx、haproxy)、またはアプリケーションごとの 2 つ目の NIC を使ってください。',
  warnMemberOther:
    '{client} は規則 {rule} のプールのメンバーです。このフローは {client} ではなく {vm} に届くため成功しますが、{client} 自身に割り当てられるフローは失敗します。ただし、別のノードしか受け取れない場合 (クラスターのパッシブ ノードからアクティブ ノードへ) は除きます。',

  noEffectPassive: 'このフローには影響なし: {active} がアクティブ ノードの間、フローは {vm} に届きません。',
  noEffectBlocked: 'このフローには影響なし: フローは {vm} に届きません (クライアントの注記を参照)。',
  noEffectClusterLoopback:
    '影響なし: クラスターは {frontendIp} をアクティブ ノードの NIC に追加します。どのノードでもループバックは使いません。',
  noEffectApplianceLoopback: '影響なし: アプライアンスはフロントエンド IP を持たず、パケットは元の宛先のまま転送されます。',
  noEffectApplianceListener: '影響なし: アプライアンスはパケットを転送するだけで、待ち受けるものはありません。',
  noEffectApplianceOutbound: '影響なし: アプライアンスはフロントエンド IP を持たないため、そこからフローを開けません。',
  outOfRotationCluster:
    '{probeSrc} から {probeDst} への正常性プローブがアクティブ ノード {vm} で失敗します。応答するノードがなくなるため、ロード バランサーには正常なメンバーがなく、新しいフローはまったく送られません (確立済みの TCP フローは続くことがあります)。',
  noListenerFixCluster:
    '対処: サービスを {endpoint} にバインドするか、すべてのアドレス (0.0.0.0 / ::) にバインドします。{frontendIp} はクラスターがアクティブなノードに追加します。',
  outOfRotationClusterFix:
    '対処: すべてのノードのファイアウォールでプローブ ポート {port} を許可し、アクティブ ノードで{listener}がオンラインか確認します。',
};
