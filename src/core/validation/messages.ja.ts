import type { Catalog } from '../i18n/catalog';
import type { validationEn } from './messages.en';

/** The validation texts in Japanese; a missing or extra key fails the typecheck. */
export const validationJa: Catalog<typeof validationEn> = {
  'kinds.frontend': 'フロントエンド',
  'kinds.backendPool': 'バックエンド プール',
  'kinds.probe': '正常性プローブ',
  'kinds.rule': '負荷分散規則',
  'kinds.vm': '仮想マシン',
  'kinds.natRule': '受信 NAT 規則',
  'kind.frontend': 'フロントエンド',
  'kind.backendPool': 'バックエンド プール',
  'kind.probe': '正常性プローブ',
  'kind.vm': '仮想マシン',
  'owner.rule': '規則 {name}',
  'owner.backendPool': 'バックエンド プール {name}',
  'owner.natRule': '受信 NAT 規則 {name}',
  'ruleName.rule': '負荷分散規則 {name}',
  'ruleName.natRule': '受信 NAT 規則 {name}',
  'ruleName.ruleWithPool': '負荷分散規則 {name} (バックエンド プール {pool})',
  'what.frontendAddress': 'フロントエンド {frontend} のアドレス',
  'what.nicAddress': 'VM {vm} の NIC {nic} のアドレス',
  'what.secondaryAddress': 'VM {vm} のセカンダリ アドレス',
  'what.memberAddress': 'バックエンド プール {pool} の VM {vm} のメンバー アドレス',
  'ipConfig.nic': '仮想マシン {vm} の NIC {nic}',
  'ipConfig.secondary': '仮想マシン {vm} のセカンダリ IP 構成',
  'what.natTargetAddress': '受信 NAT 規則 {rule} の VM {vm} のターゲット アドレス',
  'ip.empty': 'アドレスが空です',
  'ip.spaces': 'アドレスの前後に空白があります',
  'ip.prefix': 'プレフィックス長なしの単一のアドレスを指定してください (「/」は不要)',
  'ip.zone': 'IPv6 のゾーン インデックス (「%eth0」) は Azure のアドレスでは使用できません',
  'ip.ipv4': 'IPv4 アドレスは先頭に 0 を付けない 0 から 255 までの 4 つの 10 進数です (例: 10.0.0.4)',
  'ip.hex': '16 進数の部分は使用できません。4 つの 10 進数で書いてください (例: 10.0.0.4)',
  'ip.other': '10.0.0.4 のような IPv4 アドレス、または 2001:db8::4 のような IPv6 アドレスを指定してください',
  'suggest.case': '「{value}」と書いてください。',
  'protocols.two': '{a} と {b}',
  'port.every': 'すべてのポート',
  'port.one': 'ポート {port}',
  'backendPort.one': 'バックエンド ポート {port}',
  'floating.enabled': '有効',
  'floating.mixed': '有効と無効が混在',
  'floating.disabled': '無効',
  'port.mixed': 'ポート {ports} (0 はすべてのポートと重複します)',
  'backendPort.mixed': 'バックエンド ポート {ports} (0 はすべてのポートと重複します)',
  'ruleNames.rules': '負荷分散規則 {names}',
  'ruleNames.rulesWithPools': '負荷分散規則 {names} (バックエンド プール {pools})',
  'ruleNames.natRules': '受信 NAT 規則 {names}',
  'listeners.two': '{a} と {b}',
  DuplicateName:
    '{count} 個の{kinds}が「{name}」という名前です。参照は名前で行われるため、名前は一意である必要があります。1 つを残して名前を変更してください。',
  InvalidIpAddress: '{what}「{raw}」は有効な IP アドレスではありません: {reason}。',
  DuplicateFrontendIp:
    'フロントエンド {frontends} がすべて {ip} を使用しています。Azure では 1 つのアドレスを 1 つのフロントエンド IP 構成にしか割り当てられません' +
    ' (プライベート アドレスの場合は MultipleIpConfigsRequestSamePrivateIpAddress)。フロントエンドごとに別のアドレスを割り当てるか、' +
    '規則を 1 つのフロントエンドにまとめてください。',
  MultipleIpConfigsRequestSamePrivateIpAddress:
    'フロントエンド {frontend} のアドレス {ip} は、既に {holders} のアドレスです。Azure はこのデプロイを拒否します' +
    ' (MultipleIpConfigsRequestSamePrivateIpAddress: プライベート IP アドレスは 1 つの IP 構成にしか割り当てられません)。' +
    'また、ゲスト スクリプトが VM 自身のアドレスをループバックに追加してしまいます。サブネット内の空いているアドレスをフロントエンドに割り当ててください。',
  'InvalidProtocol.rule':
    '規則 {rule} のプロトコルが「{protocol}」です。負荷分散規則のプロトコルは Tcp、Udp、All のいずれかです (ポート 0 の All は HA ポート)。{suggest}',
  'InvalidProtocol.probe':
    '正常性プローブ {probe} のプロトコルが「{protocol}」です。正常性プローブのプロトコルは Tcp、Http、Https のいずれかです。{suggest}',
  'InvalidProtocol.natRule':
    '受信 NAT 規則 {rule} のプロトコルが「{protocol}」です。受信 NAT 規則のプロトコルは Tcp、Udp、All のいずれかです。{suggest}',
  'PortOutOfRange.frontend':
    '規則 {rule} のフロントエンド ポートが {port} です。Azure で指定できるのは 0 から 65534 です (0 は HA ポート用で、すべてのポートを意味します)。',
  'PortOutOfRange.backend':
    '規則 {rule} のバックエンド ポートが {port} です。Azure で指定できるのは 0 から 65535 です (0 は HA ポート用で、すべてのポートを意味します)。',
  'PortOutOfRange.probe': '正常性プローブ {probe} のポートが {port} です。正常性プローブのポートは 1 から 65535 です。',
  'PortOutOfRange.natFrontend':
    '受信 NAT 規則 {rule} のフロントエンド ポートが {port} です。受信 NAT 規則で Azure が受け付けるのは 1 から 65534 です (ポート 0 は、プロトコル All で両方のポートを 0 にした、すべてのポートを転送する場合のみです)。',
  'PortOutOfRange.natBackend':
    '受信 NAT 規則 {rule} のバックエンド ポートが {port} です。受信 NAT 規則で Azure が受け付けるのは 1 から 65535 です (ポート 0 は、プロトコル All で両方のポートを 0 にした、すべてのポートを転送する場合のみです)。',
  'ProbeRequestPath.missing':
    '正常性プローブ {probe} は {protocol} ですが、要求パスがありません。Azure では要求パスが必要です (例: 「/health」)。',
  'ProbeRequestPath.extra':
    '正常性プローブ {probe} は {protocol} ですが、要求パスがあります。Azure で要求パスを指定できるのは Http と Https のプローブだけです。削除してください。',
  'UnknownReference.unconnected': '{owner} はまだ{what}に接続されていません。{have} に接続するか、新しく追加してください。',
  'UnknownReference.unconnectedNone': '{owner} はまだ{what}に接続されていません。先に{what}を追加してください。',
  'UnknownReference.missing': '{owner} が参照している{what}「{name}」は存在しません。{have} に接続するか、新しく追加してください。',
  'UnknownReference.missingNone': '{owner} が参照している{what}「{name}」は存在しません。先に{what}を追加してください。',
  'UnknownReference.memberIp':
    'バックエンド プール {pool} は VM {vm} を {ip} で指定していますが、その VM の NIC にはその IP 構成がありません。' +
    '{ip} をセカンダリ IP に追加するか、VM のいずれかのアドレスを使用してください。',
  'UnknownReference.natTargetIp':
    '受信 NAT 規則 {rule} は VM {vm} の {ip} をターゲットにしていますが、その VM の NIC にはその IP 構成がありません。' +
    '{ip} をセカンダリ IP に追加するか、VM のいずれかのアドレスをターゲットにしてください。',
  'IpVersionMismatch.one':
    '規則 {rule} はフロントエンド {frontend} ({ip}) からプール {pool} へ {family} トラフィックを送りますが、{vms} にはプール内の {family} アドレスがありません。' +
    '{family} の IP 構成を追加する (デュアル スタック) か、{other} のフロントエンドを使用してください。',
  'IpVersionMismatch.many':
    '規則 {rule} はフロントエンド {frontend} ({ip}) からプール {pool} へ {family} トラフィックを送りますが、{vms} にはプール内の {family} アドレスがありません。' +
    'それぞれに {family} の IP 構成を追加する (デュアル スタック) か、{other} のフロントエンドを使用してください。',
  'IpVersionMismatch.natRule':
    '受信 NAT 規則 {rule} はフロントエンド {frontend} ({ip}) から VM {vm} へ {family} トラフィックを送りますが、ターゲットに {family} アドレスがありません。' +
    'VM の {family} の IP 構成をターゲットにする (デュアル スタック) か、{other} のフロントエンドを使用してください。',
  FrontendPortConflict:
    '規則 {a} ({protocolA}、{portA}) と {b} ({protocolB}、{portB}) は、どちらもフロントエンド {frontend} で重複するプロトコル {protocols} を待ち受けるため、' +
    '到着したパケットがどちらの規則のものか Azure は判断できません。{fix}',
  'FrontendPortConflict.fixHa':
    'HA ポートの規則が他の規則とフロントエンドを共有できるのは、すべての規則でフローティング IP が有効な場合だけです。それ以外の場合は 2 つ目のフロントエンドを使用してください。',
  'FrontendPortConflict.fix': 'どちらかの規則のフロントエンド ポートまたはプロトコルを変更するか、別のフロントエンドに移してください。',
  'FrontendPortConflict.nat':
    'フロントエンド {frontend} では、{a} ({protocolA}、{portA}) と {b} ({protocolB}、{portB}) が重複するプロトコル {protocols} の同じポートで待ち受けるため、' +
    '到着したパケットがどちらの規則のものか Azure は判断できません。{fix}',
  'FrontendPortConflict.fixNat':
    '受信 NAT 規則のフロントエンド ポート (NAT 規則では通常 50001、50002 のように VM ごとに 1 つのポートを使用します) またはプロトコルを変更するか、' +
    '別のフロントエンドに移してください。',
  'BackendConflict.samePool':
    'フローティング IP が{floating}の規則 {a} と {b} は、バックエンド プール {pool} でプロトコル {protocols}、{port} を使用しています。' +
    '{vms} は両方の規則のフローを {endpoint} で受信し、区別できません。{fix}',
  'BackendConflict.twoPools':
    'フローティング IP が{floating}の規則 {a} と {b} は、{vms} の同じ IP 構成を共有するバックエンド プール {poolA} と {poolB} で' +
    'プロトコル {protocols}、{port} を使用しています。{vms} は両方の規則のフローを {endpoint} で受信し、区別できません。{fix}',
  'RulesUseSameBackendPortProtocolAndPool.fix':
    '両方の規則でフローティング IP を有効にする (各 VM はフロントエンド IP を受信するため、同じポートを再利用できます) か、どちらかの規則のバックエンド ポートを変更してください。',
  'RulesUseSameBackendPortProtocolAndPoolAndFrontendIPWithFloatingIPEnabled.fix':
    'フローティング IP では宛先がフロントエンド IP になるため、これらの規則には別のフロントエンド (IP) か別のバックエンド ポートが必要です。',
  'RulesUseSameBackendPortProtocolAndIPConfig.fix':
    'どちらかの規則のバックエンド ポートを変更するか、共有している IP 構成をどちらかのプールから外してください。',
  'BackendConflict.nat':
    '{a} と {b} はフローティング IP が{floating}で、同じバックエンド IP 構成 ({vm}、{ip}) でプロトコル {protocols}、{port} を使用しています。' +
    '{vm} は両方の規則のフローを {endpoint} で受信し、区別できません。{fix}',
  'RulesUseSameBackendPortProtocolAndIPConfig.fixNat':
    'どちらかの規則のバックエンド ポートを変更するか、受信 NAT 規則のターゲットを別の IP 構成にしてください。',
  'FrontendPortConflict.many':
    '規則 {rules} ({count} 個) はいずれもフロントエンド {frontend} で重複するプロトコル {protocols}、{port} を待ち受けるため、' +
    '到着したパケットがどの規則のものか Azure は判断できません。{fix}',
  'FrontendPortConflict.fixMany':
    '規則ごとに別のフロントエンド ポートまたはプロトコルを割り当てるか、一部の規則を別のフロントエンドに移してください。',
  'FrontendPortConflict.natMany':
    'フロントエンド {frontend} では、{listeners} の {count} 個の規則が重複するプロトコル {protocols}、{port} で待ち受けるため、' +
    '到着したパケットがどの規則のものか Azure は判断できません。{fix}',
  'FrontendPortConflict.fixNatMany':
    '受信 NAT 規則ごとに別のフロントエンド ポート (NAT 規則では通常 50001、50002 のように VM ごとに 1 つのポートを使用します) ' +
    'またはプロトコルを割り当てるか、別のフロントエンドに移してください。',
  'BackendConflict.samePoolMany':
    'フローティング IP が{floating}の規則 {rules} ({count} 個) は、バックエンド プール {pool} でプロトコル {protocols}、{port} を使用しています。' +
    '{vms} はこれらの規則のフローを同じ IP とポート (例: {endpoint}) で受信し、区別できません。{fix}',
  'BackendConflict.poolsMany':
    'フローティング IP が{floating}の規則 {rules} ({count} 個) は、{vms} の IP 構成を共有するバックエンド プール {pools} で' +
    'プロトコル {protocols}、{port} を使用しています。{vms} はこれらの規則のフローを同じ IP とポート (例: {endpoint}) で受信し、区別できません。{fix}',
  'RulesUseSameBackendPortProtocolAndPool.fixMany':
    'これらの規則でフローティング IP を有効にしてそれぞれ別のフロントエンド IP を使用する (各 VM はフロントエンド IP を受信するため、同じポートを再利用できます) か、' +
    '規則ごとに別のバックエンド ポートを割り当ててください。',
  'RulesUseSameBackendPortProtocolAndIPConfig.fixMany':
    '規則ごとに別のバックエンド ポートを割り当てるか、共有している各 IP 構成をいずれか 1 つのプールだけに入れてください。',
  'BackendConflict.natMany':
    '{listeners} の {count} 個の規則はフローティング IP が{floating}で、同じバックエンド IP 構成 ({vm}、{ip}) でプロトコル {protocols}、{port} を使用しています。' +
    '{vm} はこれらの規則のフローを同じ IP とポート (例: {endpoint}) で受信し、区別できません。{fix}',
  'RulesUseSameBackendPortProtocolAndIPConfig.fixNatMany':
    '規則ごとに別のバックエンド ポートを割り当てるか、受信 NAT 規則のターゲットを別の IP 構成にしてください。',
  HaPortsRequiresZeroPorts:
    '規則 {rule} はプロトコル All をポート {frontendPort}/{backendPort} で使用しています。プロトコル All はすべてのポートを分散する HA ポートを意味します。' +
    'フロントエンド ポートとバックエンド ポートの両方を 0 にするか、単一ポートには Tcp または Udp を選択してください。',
  HaPortsRequiresInternalStandard:
    '規則 {rule} は HA ポートの規則 (All、ポート 0/0) ですが、ロード バランサー {lb} は {sku} {type} です。' +
    'HA ポートの規則は内部 Standard ロード バランサーにのみ作成できます。ロード バランサーを Internal かつ Standard にするか、ポートごとに 1 つの規則を使用してください。',
  'HaPortsNonFloatingExclusive.one':
    '規則 {rule} はフローティング IP なしの HA ポートの規則で、ロード バランサー {lb} 上の唯一の規則でなければなりませんが、' +
    '{others} も定義されています。すべての HA ポートの規則でフローティング IP を有効にする (その後はフローティング規則を追加できます) か、' +
    '他の規則を別のロード バランサーに移してください。',
  'HaPortsNonFloatingExclusive.many':
    '規則 {rule} はフローティング IP なしの HA ポートの規則で、ロード バランサー {lb} 上の唯一の規則でなければなりませんが、' +
    '{others} も定義されています。すべての HA ポートの規則でフローティング IP を有効にする (その後はフローティング規則を追加できます) か、' +
    '他の規則を別のロード バランサーに移してください。',
  FloatingIpOnSecondaryIpConfig:
    '規則 {rule} はフローティング IP が有効ですが、セカンダリ IP 構成 {members} に届きます。' +
    'フローティング IP はセカンダリ IP 構成では使用できません。VM のプライマリ IP をプールに入れるか、2 つ目の NIC を追加してください。' +
    '(例外: パブリック ロード バランサーの背後にあるデュアル スタック VM の IPv6 構成と、送信に NAT Gateway を使用する VM。)',
  'FloatingIpOnSecondaryIpConfig.natRule':
    '受信 NAT 規則 {rule} はフローティング IP が有効ですが、セカンダリ IP 構成 {member} をターゲットにしています。' +
    'フローティング IP はセカンダリ IP 構成では使用できません。VM のプライマリ IP をターゲットにするか、2 つ目の NIC を追加してください。' +
    '(例外: パブリック ロード バランサーの背後にあるデュアル スタック VM の IPv6 構成と、送信に NAT Gateway を使用する VM。)',
  BackendPortDiffersWithFloatingIp:
    '規則 {rule} はフローティング IP を使用し、フロントエンド ポートが {frontendPort}、バックエンド ポートが {backendPort} です。' +
    'Load Balancer のドキュメントではこれが許可されています (VM はバックエンド ポートでフロントエンド IP を受信します) が、' +
    'SQL Server のドキュメントではフローティング IP ではバックエンド ポートは無視されるとしています。検証していない限り、両側で同じポートを使用してください。',
  FloatingIpGuestConfigRequired:
    '規則 {rule} はフローティング IP を使用しています。プール内のすべての VM で、ループバック インターフェイスに {ip} を構成し、' +
    'そのアドレス宛てのトラフィックを受け付け (Windows では弱いホスト モデル)、ファイアウォールでポートを許可する必要があります。Azure はこれを自動では行いません。',
  'FloatingIpGuestConfigRequired.natRule':
    '受信 NAT 規則 {rule} はフローティング IP を使用しています。ターゲットの VM で、ループバック インターフェイスに {ip} を構成し、' +
    'そのアドレス宛てのトラフィックを受け付け (Windows では弱いホスト モデル)、ファイアウォールでポートを許可する必要があります。Azure はこれを自動では行いません。',
  FloatingIpOutboundLimitation:
    '規則 {rule} はフローティング IP を使用しています。VM 自身が開始する接続は、NIC のプライマリ IP から送信する必要があります。' +
    'ループバックの {ip} を送信元とするフローは Azure によって書き換えられず、失敗します。',
  'FloatingIpOutboundLimitation.cluster':
    '規則 {rule} はフローティング IP を使用しています。クラスター ノード自身が開始する接続は、NIC のプライマリ IP から送信する必要があります。' +
    'クラスターがアクティブ ノードに追加する {ip} を送信元とするフローは Azure によって書き換えられず、失敗します。',
  'FloatingIpOutboundLimitation.natRule':
    '受信 NAT 規則 {rule} はフローティング IP を使用しています。ターゲットの VM 自身が開始する接続は、NIC のプライマリ IP から送信する必要があります。' +
    'ループバックの {ip} を送信元とするフローは Azure によって書き換えられず、失敗します。',
  IdleTimeoutOutOfRange:
    '規則 {rule} のアイドル タイムアウトが {minutes} 分です。負荷分散規則で指定できるのは 4 から 100 分です (既定値 4)。',
  'IdleTimeoutOutOfRange.natRule':
    '受信 NAT 規則 {rule} のアイドル タイムアウトが {minutes} 分です。受信 NAT 規則で指定できるのは 4 から 100 分です (既定値 4)。',
  TcpResetOnUdp:
    '規則 {rule} は Udp ですが TCP リセットが有効です。TCP リセットは TCP フローにのみ適用されるため、ここでは無視されます。無効にしてください。',
  NatRuleWithoutTarget:
    '受信 NAT 規則 {rule} の転送先の仮想マシンがまだありません。Azure はこの規則を受け付けますが、転送先を設定するまでトラフィックは仮想マシンに届きません。受信 NAT 規則を仮想マシンに接続してください (または NIC の IP 構成を関連付けてください)。',
  'TcpResetOnUdp.natRule':
    '受信 NAT 規則 {rule} は Udp ですが TCP リセットが有効です。TCP リセットは TCP フローにのみ適用されるため、ここでは無視されます。無効にしてください。',
  NoProbe:
    '規則 {rule} には正常性プローブがないため、Azure は障害が発生した VM をローテーションから外せません。' +
    'VM が NIC の IP で応答するポートにプローブを追加してください (プローブがフロントエンド IP を宛先にすることはありません)。',
  'holder.clusterWindows': 'WSFC クラスター (アクティブ ノードでクラスターの IP リソースがアドレスを保持します)',
  'holder.clusterPacemaker': 'Pacemaker クラスター (アクティブ ノードで azure-lb と組み合わせた IPaddr2 がアドレスを保持します)',
  ClusterRulesUseDifferentProbes:
    '規則 {rules} はフロントエンド {frontend} をバックエンド プール {pool} ({cluster}) に送りますが、正常性プローブが異なります ({probes})。' +
    'クラスターはフロントエンド IP を保持するノードで 1 つのプローブ ポートだけに応答するため、このフロントエンドの規則はすべてその 1 つのプローブを使用する必要があります。' +
    '別のポートをプローブする規則は、アドレスを保持していないノードにフローを送ることがあります。',
  'ClusterRulesUseDifferentProbes.someNone':
    '規則 {rules} はフロントエンド {frontend} をバックエンド プール {pool} ({cluster}) に送りますが、同じ正常性プローブを使用していません ' +
    '({probes}。プローブのない規則もあります)。クラスターはフロントエンド IP を保持するノードで 1 つのプローブ ポートだけに応答するため、' +
    'このフロントエンドの規則はすべてその 1 つのプローブを使用する必要があります。それがないと、アドレスを保持していないノードにフローが送られることがあります。',
  ClusterProbePortShared:
    'フロントエンド {frontends} はバックエンド プール {pool} ({cluster}) に送り、同じポート {port} をプローブしています。' +
    'クラスター化された IP (可用性グループ リスナー、クラスター コア IP、ASCS や ERS のインスタンス) にはそれぞれ専用のプローブ ポートが必要です。' +
    'どのノードがその IP を保持しているかを Azure はプローブ ポートで判断するためです (「2 つのリスナーで同じプローブ ポートを使用することはできません」)。' +
    'フロントエンドごとに別のポートの正常性プローブを用意し、そのポートをクラスターに構成してください。',
  'ClusterProbePortShared.pools':
    'フロントエンド {frontends} は同じノードのバックエンド プール {pool} ({cluster}) に送り、同じポート {port} をプローブしています。' +
    'クラスター化された IP (可用性グループ リスナー、クラスター コア IP、ASCS や ERS のインスタンス) にはそれぞれ専用のプローブ ポートが必要です。' +
    'どのノードがその IP を保持しているかを Azure はプローブ ポートで判断するためです (「2 つのリスナーで同じプローブ ポートを使用することはできません」)。' +
    'フロントエンドごとに別のポートの正常性プローブを用意し、そのポートをクラスターに構成してください。',
  ClusterFloatingIpDisabled:
    '規則 {rule} はバックエンド プール {pool} ({cluster}) に送りますが、フローティング IP が無効です。Microsoft の手順ではフローティング IP を有効にします。' +
    'アクティブ ノードが {ip} を保持してサービスがそこで待ち受けますが、フローティング IP が無効だと Azure はノード自身の NIC のアドレスを宛先にして届けます。' +
    '規則のフローティング IP を有効にしてください。',
  PacemakerIdleTimeout:
    '規則 {rule} は Pacemaker クラスターのプール {pool} に送り、アイドル タイムアウトが {minutes} 分です。' +
    'Microsoft の SAP 高可用性ガイドでは、クラスター化されたインスタンスの負荷分散規則に 30 分を設定します。',
  PacemakerTcpResetDisabled:
    '規則 {rule} は Pacemaker クラスターのプール {pool} に送り、TCP リセットが無効です。' +
    'Microsoft の SAP 高可用性ガイドでは、クラスター化されたインスタンスの負荷分散規則で TCP リセットを有効にします。' +
    'アイドル状態のフローは黙って切れるのではなく、クライアントに見えるリセットで終了します。',
  ClusterSingleMember:
    'バックエンド プール {pool} は {cluster} ですが、メンバーが {vm} の 1 つだけです。フェールオーバー先の 2 つ目のノードがありません。' +
    'ほかのクラスター ノードをプールに追加してください。',
  ApplianceWithoutHaPorts:
    '規則 {rule} はアプライアンスのプール {pool} に送りますが、HA ポートの規則ではありません ({protocol}、ポート {port})。' +
    '次ホップが {ip} のルートはすべてのポートとプロトコルのフローを送りますが、どの規則にも一致しないフローはアプライアンスに届きません。' +
    'ネットワーク仮想アプライアンスは通常、内部 Standard ロード バランサーの HA ポートの規則 (All、ポート 0/0) の背後に置きます。',
  ApplianceFloatingIp:
    '規則 {rule} はアプライアンスのプール {pool} に送り、フローティング IP が有効です。アプライアンスを経由するフローはどちらの場合も元の宛先のまま届きます。' +
    'フローティング IP が変えるのは {ip} 自体を宛先とするフローだけです。Microsoft の HA ポートのクイックスタートではフローティング IP を無効にしています。' +
    'Azure が有効を必須とするのは、複数の HA ポートのフロントエンドがこのプールを共有する場合だけです。',
  'FloatingIpGuestConfigRequired.cluster':
    '規則 {rule} はバックエンド プール {pool} ({cluster}) にフローティング IP を使用しています。{ip} を保持してプローブに応答できるのはアクティブ ノードだけです。' +
    'アクティブ ノードにアドレスを追加するようクラスターを構成し (すべてのノードのループバックには構成しません)、そのアドレス宛てのトラフィックを受け付け、' +
    'すべてのノードのファイアウォールでポートを許可してください。Azure はこれを自動では行いません。',
  'FloatingIpGuestConfigRequired.appliance':
    '規則 {rule} はアプライアンスのプール {pool} にフローティング IP を使用しています。アプライアンスは何も待ち受けず、転送する必要があります ' +
    '(Azure の NIC とゲストの両方で IP 転送を有効にし、転送用のファイアウォール規則を構成します)。{ip} 自体を宛先とするフローはその宛先のまま届きます。' +
    'Azure はこれを自動では行いません。',
  FrontendLimitExceeded:
    'ロード バランサー {lb} にはフロントエンド IP 構成が {count} 個あります。{sku} ロード バランサーで使用できるのは {limit} 個です。2 つのロード バランサーに分割してください。',
  RuleLimitExceeded:
    'ロード バランサー {lb} には規則が {count} 個あります。{sku} ロード バランサーで使用できるのは {limit} 個です (負荷分散規則と受信 NAT 規則の合計)。',
  BackendPoolSizeExceeded:
    'バックエンド プール {pool} にはメンバーが {count} 個あります。{sku} ロード バランサーで使用できるのはプールあたり {limit} 個です。',
  RulesPerNicExceeded:
    'VM {vm} の NIC は {count} 個の規則のバックエンドです。Azure で使用できるのは NIC あたり {limit} 個です (LoadBalancerRuleCountLimitReachedForNic)。' +
    '規則をより多くの VM に分散するか、HA ポートを使用してください。',
  BackendIpConfigsPerFrontendExceeded:
    'フロントエンド {frontend} のバックエンド IP 構成は {count} 個になります (負荷分散規則、受信 NAT 規則、送信規則は、到達する IP 構成ごとに 1 回ずつ数えます)。' +
    'Azure で使用できるのはフロントエンドあたり {limit} 個です。プールを小さくするか、別のフロントエンドを使用してください。',
};
