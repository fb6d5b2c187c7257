import { defineMessages } from '../i18n/locale';

// The trace's sentences for pools whose frontend IP is not on every member's loopback (issue 14): a cluster
// (WSFC IP resource, Pacemaker IPaddr2 + azure-lb), a forwarding appliance behind HA ports, and a client that is
// itself a member of the rule's pool. Sources: Learn "Configure a load balancer & availability group listener",
// the SAP high-availability guides, "High availability ports overview" (Flow symmetry), Architecture Center
// "Deploy highly available NVAs", "Troubleshoot Load Balancer backend traffic responses" causes 3 and 4.

/** The mode-specific sentences; `{name}` placeholders are filled by `fill`. */
export const modeMessages = defineMessages(
  {
    activeNotMember: 'VM "{active}" is not a member of rule {rule}\'s backend pool, so it cannot be the active node. Members: {vms}.',
    badDestination: 'Destination "{destination}" is not an endpoint: write ip:port, or [ipv6]:port.',
    destinationFamily: 'Destination {destination} is IPv{destFamily} but the client is IPv{family}; use an IPv{family} destination.',

    resourceWindows: 'the cluster IP resource',
    resourcePacemaker: 'the IPaddr2 resource',
    listenerWindows: "the IP resource's ProbePort",
    listenerPacemaker: 'the azure-lb resource grouped with IPaddr2',
    lbToVmCluster: 'Floating IP: the destination stays the frontend IP{portNote}; {vm} is the active node, where {resource} holds {frontendIp} on the NIC (no loopback).',
    lbToVmClusterNic: "The load balancer rewrites the destination to the active node {vm}'s NIC IP and the backend port.",
    passiveHop: 'The load balancer sends no flow to {vm} while {active} is active: only the active node answers the probe, so {vm} is out of rotation by design.',
    blockedLater: 'Never sent: the flow does not reach {vm}.',
    probeNoteCluster: "Health probes go to every node's NIC IP ({nicIp} on {vm}); only the active node {active} answers, through {listener}.",
    probeDownByDesign: 'No answer on {vm} by design: {listener} runs only on the active node {active}.',
    clusterGuestActive: '{vm} holds {frontendIp} only while it owns {resource}; the cluster adds it to the NIC (mask /32). No node has it on a loopback, and the firewall of every node must allow {ports} and the probe port.',
    clusterPassiveNote: '{vm} is a passive node: it holds no frontend IP and its probe fails until a failover makes it active (trace it with the active node set to {vm} to see that side).',
    outboundNoteCluster: "Connections {vm} opens itself must leave from its NIC's primary IP ({nicIp}); a flow from {frontendIp}, which the cluster added to the NIC, is not rewritten by Azure and fails.",
    listenCluster: 'The service listens on {endpoint}{every}, or on every address; {frontendIp} exists only on the active node.',
    failover:
      'Failover: the cluster moves {resource} and the probe listener from {active} to {other}; Azure sees the probe answer move and sends new flows to {other}; flows still open to {active} are reset and the clients reconnect.',
    otherNode: 'another node',
    oneOfNodes: 'one of {vms}',

    applianceClientToLb: 'A user-defined route whose next hop is the frontend IP {frontendIp} ({frontend}) sends the packet to the load balancer; its destination stays {destination}.',
    applianceLbToVm: 'The load balancer hands the packet to appliance {vm} as it is: original source and destination kept, no NAT.',
    applianceForward: '{vm} forwards the packet on to {destination} (IP forwarding: on the NIC in Azure, net.ipv4.ip_forward and FORWARD rules in the guest).',
    applianceServerReply: "The server replies to the client; the route table of the server's subnet sends the reply to next hop {frontendIp}.",
    applianceReplyToVm: 'The same load balancer picks the same appliance {vm} for the reply: both directions of the flow cross one load balancer, so the flow stays symmetric without SNAT.',
    applianceReplyAtClient: '{vm} forwards the reply to the client, from the server the client addressed ({destination}).',
    applianceNote:
      '{vm} is a forwarding appliance: nothing listens on the frontend IP and no loopback holds it. Azure: IP forwarding on its NIC and a UDR with next hop {frontendIp}; guest: net.ipv4.ip_forward=1 and FORWARD rules.',
    applianceFloating: 'Floating IP ({state}) does not change these packets: their destination is the server, not the frontend IP. Microsoft\'s HA-ports quickstart leaves floating IP off.',
    floatingOn: 'on',
    floatingOff: 'off',
    applianceSymmetry:
      'Symmetry holds only when both directions cross this one load balancer and frontend; NVAs between a public and an internal load balancer need SNAT (or Gateway Load Balancer).',
    exampleDestination: '{destination} is an example destination (a documentation address); set the destination to your server behind the appliance.',
    probeNoteAppliance: "Health probes go to {vm}'s NIC IP ({nicIp}); an appliance out of rotation gets no new flows.",

    memberLocal:
      'The client is {client}, a member of this pool holding {frontendIp} itself ({where}): the connection never leaves {client}, which answers it locally; the load balancer never sees it.',
    whereLoopback: 'on its loopback',
    whereCluster: 'on its NIC, as the active node',
    memberToSelf:
      "The client is {client}, a member of this pool: Azure does not deliver a backend's flow to its own frontend back to itself (the two halves of the flow don't match), so this connection times out. Microsoft calls it unsupported.",
    warnMemberLocal:
      '{client} is a member of rule {rule}\'s pool and holds {frontendIp} itself: its connections to the frontend stay inside {client} and are never load balanced. Use another client, or a proxy in front of the pool.',
    warnMemberSelf:
      '{client} is a member of rule {rule}\'s pool: a flow it opens to its own frontend that maps back to itself fails (intermittent timeouts). Use a client outside the pool, a proxy (Application Gateway, nginx, haproxy) or a second NIC per application.',
    warnMemberOther:
      '{client} is a member of rule {rule}\'s pool: this flow works because it reaches {vm}, not {client}; a flow it opens that maps back to {client} itself fails, unless only another node can receive it (a cluster\'s passive node reaching the active one).',

    noEffectPassive: 'No effect on this flow: it never reaches {vm} while {active} is the active node.',
    noEffectBlocked: 'No effect on this flow: it never reaches {vm} (see the client note).',
    noEffectClusterLoopback: 'No effect: the cluster adds {frontendIp} to the active node\'s NIC; no loopback is used on any node.',
    noEffectApplianceLoopback: 'No effect: an appliance holds no frontend IP; the packets keep their original destination and are forwarded.',
    noEffectApplianceListener: 'No effect: an appliance forwards the packets; nothing listens on them.',
    noEffectApplianceOutbound: 'No effect: an appliance holds no frontend IP, so it cannot open a flow from it.',
    outOfRotationCluster:
      'The health probe from {probeSrc} to {probeDst} fails on the active node {vm}: no node answers, so the load balancer has no healthy member and sends no new flows at all (established TCP flows may continue).',
    noListenerFixCluster: 'Fix: bind the service to {endpoint}, or to every address (0.0.0.0 / ::); the cluster adds {frontendIp} to whichever node is active.',
    outOfRotationClusterFix: 'Fix: allow probe port {port} in the firewall of every node and check that {listener} is online on the active node.',
  },
  {
    activeNotMember: 'VM "{active}" は規則 {rule} のバックエンド プールのメンバーではないため、アクティブ ノードにはできません。メンバー: {vms}。',
    badDestination: '宛先 "{destination}" はエンドポイントではありません。ip:port または [ipv6]:port と書いてください。',
    destinationFamily: '宛先 {destination} は IPv{destFamily} ですが、クライアントは IPv{family} です。IPv{family} の宛先を使ってください。',

    resourceWindows: 'クラスターの IP リソース',
    resourcePacemaker: 'IPaddr2 リソース',
    listenerWindows: 'IP リソースの ProbePort',
    listenerPacemaker: 'IPaddr2 とグループ化された azure-lb リソース',
    lbToVmCluster: 'フローティング IP: 宛先はフロントエンド IP のままです{portNote}。{vm} はアクティブ ノードで、{resource}が NIC に {frontendIp} を保持します (ループバックは使いません)。',
    lbToVmClusterNic: 'ロード バランサーが宛先をアクティブ ノード {vm} の NIC の IP とバックエンド ポートに書き換えます。',
    passiveHop: '{active} がアクティブな間、ロード バランサーは {vm} にフローを送りません。プローブに応答するのはアクティブ ノードだけなので、{vm} は設計上ローテーション外です。',
    blockedLater: '送られません: フローは {vm} に届きません。',
    probeNoteCluster: '正常性プローブはすべてのノードの NIC の IP ({vm} では {nicIp}) に届きます。応答するのはアクティブ ノード {active} の{listener}だけです。',
    probeDownByDesign: '{vm} では設計上応答しません: {listener}はアクティブ ノード {active} でだけ動きます。',
    clusterGuestActive: '{vm} が {frontendIp} を持つのは{resource}を所有している間だけで、クラスターが NIC に追加します (マスク /32)。どのノードもループバックには持たず、すべてのノードのファイアウォールで {ports} とプローブ ポートを許可する必要があります。',
    clusterPassiveNote: '{vm} はパッシブ ノードです。フェールオーバーでアクティブになるまでフロントエンド IP を持たず、プローブは失敗します (アクティブ ノードを {vm} にしてトレースすると、その側を確認できます)。',
    outboundNoteCluster: '{vm} が自分で開く接続は、NIC のプライマリ IP ({nicIp}) から出す必要があります。クラスターが NIC に追加した {frontendIp} からのフローは Azure が書き換えず、失敗します。',
    listenCluster: 'サービスは {endpoint}{every} またはすべてのアドレスで待ち受けます。{frontendIp} があるのはアクティブ ノードだけです。',
    failover:
      'フェールオーバー: クラスターが{resource}とプローブのリスナーを {active} から {other} に移します。Azure はプローブの応答が移ったことを検出して新しいフローを {other} に送ります。{active} への開いたままのフローはリセットされ、クライアントは再接続します。',
    otherNode: '別のノード',
    oneOfNodes: '{vms} のいずれか',

    applianceClientToLb: '次ホップがフロントエンド IP {frontendIp} ({frontend}) のユーザー定義ルートが、パケットをロード バランサーに送ります。宛先は {destination} のままです。',
    applianceLbToVm: 'ロード バランサーはパケットをそのままアプライアンス {vm} に渡します。元の送信元と宛先は保たれ、NAT は行われません。',
    applianceForward: '{vm} がパケットを {destination} に転送します (IP 転送: Azure では NIC、ゲストでは net.ipv4.ip_forward と FORWARD 規則)。',
    applianceServerReply: 'サーバーがクライアントに応答します。サーバーのサブネットのルート テーブルが、応答を次ホップ {frontendIp} に送ります。',
    applianceReplyToVm: '同じロード バランサーが応答にも同じアプライアンス {vm} を選びます。フローの両方向が 1 つのロード バランサーを通るため、SNAT なしで対称になります。',
    applianceReplyAtClient: '{vm} が応答をクライアントに転送します。送信元はクライアントが宛てたサーバー ({destination}) です。',
    applianceNote:
      '{vm} は転送するアプライアンスです。フロントエンド IP で待ち受けるものはなく、ループバックにも持ちません。Azure では NIC の IP 転送と次ホップ {frontendIp} の UDR、ゲストでは net.ipv4.ip_forward=1 と FORWARD 規則が必要です。',
    applianceFloating: 'フローティング IP ({state}) はこれらのパケットを変えません。宛先はフロントエンド IP ではなくサーバーだからです。Microsoft の HA ポートのクイックスタートはフローティング IP を無効にしています。',
    floatingOn: '有効',
    floatingOff: '無効',
    applianceSymmetry:
      '対称になるのは、両方向がこの 1 つのロード バランサーとフロントエンドを通る場合だけです。パブリックと内部のロード バランサーの間の NVA には SNAT (またはゲートウェイ ロード バランサー) が必要です。',
    exampleDestination: '{destination} は例の宛先 (ドキュメント用アドレス) です。宛先をアプライアンスの背後にあるサーバーに設定してください。',
    probeNoteAppliance: '正常性プローブは {vm} の NIC の IP ({nicIp}) に届きます。ローテーション外のアプライアンスには新しいフローが送られません。',

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
    noEffectClusterLoopback: '影響なし: クラスターは {frontendIp} をアクティブ ノードの NIC に追加します。どのノードでもループバックは使いません。',
    noEffectApplianceLoopback: '影響なし: アプライアンスはフロントエンド IP を持たず、パケットは元の宛先のまま転送されます。',
    noEffectApplianceListener: '影響なし: アプライアンスはパケットを転送するだけで、待ち受けるものはありません。',
    noEffectApplianceOutbound: '影響なし: アプライアンスはフロントエンド IP を持たないため、そこからフローを開けません。',
    outOfRotationCluster:
      '{probeSrc} から {probeDst} への正常性プローブがアクティブ ノード {vm} で失敗します。応答するノードがなくなるため、ロード バランサーには正常なメンバーがなく、新しいフローはまったく送られません (確立済みの TCP フローは続くことがあります)。',
    noListenerFixCluster: '対処: サービスを {endpoint} にバインドするか、すべてのアドレス (0.0.0.0 / ::) にバインドします。{frontendIp} はクラスターがアクティブなノードに追加します。',
    outOfRotationClusterFix: '対処: すべてのノードのファイアウォールでプローブ ポート {port} を許可し、アクティブ ノードで{listener}がオンラインか確認します。',
  },
);
