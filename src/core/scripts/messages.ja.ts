import type { Catalog } from '../i18n/catalog';
import type { scriptEn } from './messages.en';

/** The script diagnostic texts in Japanese; a missing or extra key fails the typecheck. */
export const scriptJa: Catalog<typeof scriptEn> = {
  DocExactUnsupported:
    'Learn のページに載っているのは Windows (netsh) と Ubuntu のコマンドだけなので、doc-exact があるのは {flavors} だけです。{flavor} にはありません。',
  InvalidPrefixLength: 'IPv{family} のループバック プレフィックス長は 1 から {max} までの整数にしてください ({value} は指定できません)。',
  'InvalidInterfaceName.label': 'アドレス ラベル {label} は{why}。',
  'InvalidInterfaceName.nic': 'VM {vm} の NIC 名 {nic} は{why}。{os} ではこのようなインターフェイスを作成できません。',
  'InvalidInterfaceName.loopback': 'ループバック インターフェイス名 {name} は{why}。',
  UnsafeScriptValue: '{what} {value} は{why}。',
  'LoopbackPrefixTooWide.docExact': 'doc-exact は Learn のページの /{prefix} マスクをそのまま再現します。',
  'LoopbackPrefixTooWide.plain': 'IPv{family} のループバック プレフィックスが /{prefix} です。',
  LoopbackPrefixTooWide:
    '{what}Linux では、lo に /{prefix} のアドレスを付けると、カーネルがローカル ルーティング テーブルに "local <network>/{prefix} dev lo" を追加します。' +
    'その範囲のすべてのアドレスが VM 自身のものになり、その範囲の近隣と通信できなくなります (例: {first}/{prefix})。' +
    'Windows でも広いマスクは同じようにオンリンク ルートを追加します。/{full} を使用してください。',
  ScriptFromInvalidTopology:
    'トポロジにエラーがあります (validate を実行してください)。Azure はこのトポロジを拒否するため、このスクリプトはデプロイされない規則を構成する可能性があります。',
  NothingToConfigure: 'VM {vm} に届く負荷分散規則がありません。このスクリプトは確認だけを行います。',
  GatewayNoLoopback:
    'VM {vm} はゲートウェイ ロード バランサーの背後にあります。アプライアンスはすべてのフローを、バックエンド プールのトンネル インターフェイスを通じて VXLAN でカプセル化された形で受け取ります (ポータルの既定値: 内部 UDP ポート 10800、識別子 800。外部 UDP ポート 10801、識別子 801)。そのため、フロントエンド IP をループバックに追加しません。このスクリプトは何も変更せず、アプライアンスで構成すべき内容を表示します。',
  HaPortsOpenEveryPort:
    'この VM には HA ポートの規則 ({rules}) が届きます。ロード バランサーはすべてのプロトコルとポートを転送するため、このスクリプトはホスト ファイアウォールで {addresses} へのすべてのプロトコルとポートを開きます。サービスが決まったポートで待ち受けるなら、そのポートだけを開いてください: --open-ports tcp/443,udp/53 (スクリプト タブでは「次のポートだけを開く」)。',
  'HaPortsOpenEveryPort.narrowed':
    'この VM には HA ポートの規則 ({rules}) が届きます。ロード バランサーはすべてのプロトコルとポートを転送しますが、指定どおり、このスクリプトは {addresses} への {ports} だけを開きます。それ以外のポートへのフローはホスト ファイアウォールが破棄します。',
  'HaPortsOpenEveryPort.appliance':
    'このアプライアンスには HA ポートの規則 ({rules}) が届きます。ネットワーク仮想アプライアンスとして必要なとおり、すべてのプロトコルとポートの転送を許可します (firewalld のゾーン内転送、または ufw の route 規則)。何を通すかはアプライアンス自身の検査ポリシーが決めます。アプライアンス自身に対しては正常性プローブのポートだけを開くため、--open-ports は適用されません。',
  HolderUnsupportedFlavor:
    'プール {pool} の frontendIpHolder は {holder} です。{flavor} の種類ではこれを構成できません。{flavors} を使用してください。',
  'HolderUnsupportedFlavor.ipv6':
    'プール {pool} のフロントエンド {frontend} は IPv6 です。Microsoft の WSFC の手順 (SubnetMask 255.255.255.255 の IP アドレス リソース) は IPv4 のリスナーだけを対象としているため、cluster-windows のスクリプトは作成しません。',
  'HolderUnsupportedFlavor.docExact':
    'プール {pool} の frontendIpHolder は {holder} です。--doc-exact は Learn のページのループバックのコマンドを再現しますが、このプールのメンバーはそれを実行してはいけません。',
  MixedFrontendIpHolders:
    'VM {vm} は、フロントエンド IP の保持方法が異なるプールのメンバーです ({holders})。Floatplan は 1 つの VM に 1 種類のスクリプトだけを作成します。プールの frontendIpHolder をそろえるか、この VM を手動で構成してください。',
  'ClusterProbeUnclear.none':
    'クラスター プール {pool} の規則 {rule} (フロントエンド {frontend}) には正常性プローブがありません。{ip} を保持するクラスター リソースが応答するプローブ ポートは 1 つだけなので、ロード バランサーはアクティブ ノードを見つけられません。クラスターが応答するプローブを規則に設定してください。',
  'ClusterProbeUnclear.several':
    'クラスター プール {pool} のフロントエンド {frontend} の規則が異なるプローブ ({probes}) を使用しています。{ip} を保持するクラスター リソースが応答するプローブ ポートは 1 つだけです。同じプローブを設定してください。',
  InvalidClusterName: '{what} {value} は{why}。',
  'what.clusterNetwork': 'クラスター ネットワーク名',
  'what.ipResource': 'クラスター IP リソース名',
  'what.clusterGroup': 'Pacemaker グループ名',
  'what.frontendOption': 'オプションで指定したフロントエンド',
  'why.pacemakerId': 'Pacemaker のリソース ID ではありません (先頭は英字か "_"、その後は英字、数字、"_"、"-"、"." にしてください)',
  'why.noFrontend': 'この VM のクラスター フロントエンドではありません',
  'list.two': '{a} と {b}',
  'what.topology': 'トポロジ名',
  'what.vm': 'VM 名',
  'what.nic': 'NIC 名',
  'what.rule': '負荷分散規則名',
  'what.natRule': '受信 NAT 規則名',
  'what.probe': '正常性プローブ名',
  'what.loopback': 'ループバック インターフェイス名',
  'why.empty': '空です',
  'why.linuxLength': 'Linux の上限 (IFNAMSIZ) である 15 バイトを超えています',
  'why.dots': '"." または ".." で、Linux では使用できません',
  'why.linuxChar': '{ch} を含んでいます。Linux のインターフェイス名には使用できません',
  'why.label':
    '"lo"、または "lo:" の後に英字、数字、"_"、"-" を 1 から 12 文字続けた形にしてください (カーネルはデバイス名が先頭にあり、全体が 15 バイト以内であることを求めます)',
  'why.windowsLength': 'Windows のインターフェイス エイリアスの上限である 256 文字を超えています',
  'why.spaces': '先頭または末尾に空白があります (netsh と PowerShell はこれを取り除きます)',
  'why.control': '制御文字を含んでいます',
  'why.cmd':
    '{ch} を含んでいます。cmd.exe の二重引用符の中では安全に扱えません (", %, ^, &, |, <, > と改行は使用できません)。' +
    '名前を変更するか、windows-powershell の種類を使用してください',
  'why.cmdNonAscii':
    'ASCII 以外の文字 {ch} を含んでいます。cmd.exe は .cmd ファイルを OEM コード ページで読むため、netsh に文字化けして渡されます。名前を変更するか、windows-powershell の種類を使用してください',
  'why.controlCode':
    '制御文字 U+{code} を含んでいます。どのスクリプトにも含められません (コメントを終わらせたり、ターミナルの表示を書き換えたりするおそれがあります)',
  'ch.whitespace': '空白',
  'ch.newline': '改行',
  'ch.return': '復帰文字',
};
