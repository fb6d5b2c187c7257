import { defineMessages } from '../i18n/locale';

/**
 * Texts of script diagnostics, for display. The English texts rebuild `ScriptDiagnostic.message` word for word
 * (a test checks it); the script header and the CLI keep using that English message.
 */
export const messages = defineMessages(
  {
    DocExactUnsupported: 'The Learn page shows commands for Windows (netsh) and Ubuntu only, so doc-exact exists for {flavors}, not {flavor}.',
    InvalidPrefixLength: 'The IPv{family} loopback prefix length must be a whole number from 1 to {max}, not {value}.',
    'InvalidInterfaceName.label': 'The address label {label} {why}.',
    'InvalidInterfaceName.nic': 'The NIC name {nic} of VM {vm} {why}; {os} cannot have such an interface.',
    'InvalidInterfaceName.loopback': 'The loopback interface name {name} {why}.',
    UnsafeScriptValue: 'The {what} {value} {why}.',
    'LoopbackPrefixTooWide.docExact': "Doc-exact reproduces the Learn page's /{prefix} mask. ",
    'LoopbackPrefixTooWide.plain': 'The IPv{family} loopback prefix is /{prefix}. ',
    LoopbackPrefixTooWide:
      '{what}On Linux, an address with /{prefix} on lo makes the kernel add "local <network>/{prefix} dev lo" to the local routing table: ' +
      'every address of that range becomes local to the VM, so it can no longer reach neighbours there (e.g. {first}/{prefix}). ' +
      'On Windows the wider mask adds an on-link route the same way. Use /{full}.',
    ScriptFromInvalidTopology: 'The topology has errors (run validate); Azure would refuse it, so this script may configure rules that never deploy.',
    NothingToConfigure: 'No load-balancing rule reaches VM {vm}; its script only verifies.',
    HolderUnsupportedFlavor: 'Pool {pool} has frontendIpHolder {holder}; the {flavor} flavour cannot configure it. Use {flavors}.',
    'HolderUnsupportedFlavor.ipv6':
      "Frontend {frontend} of pool {pool} is IPv6; Microsoft's WSFC procedure (an IP Address resource with SubnetMask 255.255.255.255) covers IPv4 listeners only, so no cluster-windows script is written for it.",
    'HolderUnsupportedFlavor.docExact': "Pool {pool} has frontendIpHolder {holder}; --doc-exact reproduces the Learn page's loopback commands, which this pool's members must not run.",
    MixedFrontendIpHolders: 'VM {vm} is a member of pools whose frontend IP is held differently ({holders}); Floatplan writes one kind of script per VM. Give its pools the same frontendIpHolder, or configure the VM by hand.',
    'ClusterProbeUnclear.none': 'Rule {rule} of cluster pool {pool} (frontend {frontend}) has no health probe; the cluster resource that holds {ip} answers one probe port, so the load balancer would never find the active node. Give the rule the probe the cluster answers.',
    'ClusterProbeUnclear.several': 'The rules of cluster pool {pool} on frontend {frontend} use different probes ({probes}); the cluster resource that holds {ip} answers exactly one probe port. Give them the same probe.',
    InvalidClusterName: 'The {what} {value} {why}.',
    'what.clusterNetwork': 'cluster network name',
    'what.ipResource': 'cluster IP resource name',
    'what.clusterGroup': 'Pacemaker group name',
    'what.frontendOption': 'frontend named in an option',
    'why.pacemakerId': 'is not a Pacemaker resource ID (a letter or "_" first, then letters, digits, "_", "-" or ".")',
    'why.noFrontend': 'is not a cluster frontend of this VM',
    'list.two': '{a} and {b}',
    'what.topology': 'topology name',
    'what.vm': 'VM name',
    'what.nic': 'NIC name',
    'what.rule': 'rule name',
    'what.natRule': 'inbound NAT rule name',
    'what.probe': 'probe name',
    'what.loopback': 'loopback interface name',
    'why.empty': 'is empty',
    'why.linuxLength': 'is longer than 15 bytes, the Linux limit (IFNAMSIZ)',
    'why.dots': 'is "." or "..", which Linux refuses',
    'why.linuxChar': 'contains {ch}, which Linux refuses in interface names',
    'why.label':
      'must be "lo" or "lo:" followed by 1-12 letters, digits, "_" or "-" (the kernel wants the device name first and at most 15 bytes)',
    'why.windowsLength': 'is longer than 256 characters, the Windows interface alias limit',
    'why.spaces': 'has leading or trailing spaces, which netsh and PowerShell trim',
    'why.control': 'contains a control character',
    'why.cmd':
      'contains {ch}, which cmd.exe cannot carry safely inside double quotes (", %, ^, &, |, <, > and newlines are refused); ' +
      'rename it or use the windows-powershell flavour',
    'why.cmdNonAscii': 'contains the non-ASCII character {ch}, which cmd.exe reads in the OEM code page and would pass to netsh garbled; rename it or use the windows-powershell flavour',
    'why.controlCode': 'contains the control character U+{code}, which no script may carry (it could end a comment or rewrite the terminal)',
    'ch.whitespace': 'whitespace',
    'ch.newline': 'a newline',
    'ch.return': 'a carriage return',
  },
  {
    DocExactUnsupported: 'Learn のページに載っているのは Windows (netsh) と Ubuntu のコマンドだけなので、doc-exact があるのは {flavors} だけです。{flavor} にはありません。',
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
    HolderUnsupportedFlavor: 'プール {pool} の frontendIpHolder は {holder} です。{flavor} の種類ではこれを構成できません。{flavors} を使用してください。',
    'HolderUnsupportedFlavor.ipv6':
      'プール {pool} のフロントエンド {frontend} は IPv6 です。Microsoft の WSFC の手順 (SubnetMask 255.255.255.255 の IP アドレス リソース) は IPv4 のリスナーだけを対象としているため、cluster-windows のスクリプトは作成しません。',
    'HolderUnsupportedFlavor.docExact': 'プール {pool} の frontendIpHolder は {holder} です。--doc-exact は Learn のページのループバックのコマンドを再現しますが、このプールのメンバーはそれを実行してはいけません。',
    MixedFrontendIpHolders: 'VM {vm} は、フロントエンド IP の保持方法が異なるプールのメンバーです ({holders})。Floatplan は 1 つの VM に 1 種類のスクリプトだけを作成します。プールの frontendIpHolder をそろえるか、この VM を手動で構成してください。',
    'ClusterProbeUnclear.none': 'クラスター プール {pool} の規則 {rule} (フロントエンド {frontend}) には正常性プローブがありません。{ip} を保持するクラスター リソースが応答するプローブ ポートは 1 つだけなので、ロード バランサーはアクティブ ノードを見つけられません。クラスターが応答するプローブを規則に設定してください。',
    'ClusterProbeUnclear.several': 'クラスター プール {pool} のフロントエンド {frontend} の規則が異なるプローブ ({probes}) を使用しています。{ip} を保持するクラスター リソースが応答するプローブ ポートは 1 つだけです。同じプローブを設定してください。',
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
    'why.cmdNonAscii': 'ASCII 以外の文字 {ch} を含んでいます。cmd.exe は .cmd ファイルを OEM コード ページで読むため、netsh に文字化けして渡されます。名前を変更するか、windows-powershell の種類を使用してください',
    'why.controlCode': '制御文字 U+{code} を含んでいます。どのスクリプトにも含められません (コメントを終わらせたり、ターミナルの表示を書き換えたりするおそれがあります)',
    'ch.whitespace': '空白',
    'ch.newline': '改行',
    'ch.return': '復帰文字',
  },
);

export type ScriptMessageKey = keyof typeof messages.en;
