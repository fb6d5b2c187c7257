import type { Catalog } from '../../i18n/catalog';
import type { importTerraformEn } from './messages.en';

/** The Terraform importer's texts in Japanese; a missing or extra key fails the typecheck. */
export const importTerraformJa: Catalog<typeof importTerraformEn> = {
  'tf.tooManyInstances':
    '{address} は count = {count} で、ファイルのリソース インスタンスが {max} 個を超えるため、{address}[0] として 1 回だけインポートしました。',
  'tf.tooManyRules':
    '{address} は count = {count} で、ファイルの負荷分散規則と NAT 規則が、Azure が 1 つのロード バランサーで許可する {max} 個を超えるため、{address}[0] として 1 回だけインポートしました。',

  'tf.countZero': '{address} は count = 0 のため、Terraform はインスタンスを作成しません。インポートしません。',
  'tf.count':
    '{address} には count がありますが、{why}。{address}[0] として 1 回だけインポートしました。すべてのインスタンスをインポートするには値を指定してください。',
  'tf.countUnknown': '{expression} を評価できませんでした ({reason})',
  'tf.countInvalid': '値が {value} で、0 から {max} までの整数ではありません',
  'tf.forEach':
    '{address} には for_each がありますが、{why}。{address} として 1 回だけインポートし、each.key や each.value から作られる値はプレースホルダーです。すべてのインスタンスをインポートするには値を指定してください。',
  'tf.forEachEmpty': '{address} の for_each は空のため、Terraform はインスタンスを作成しません。インポートしません。',
  'tf.forEachInvalid': '値が {value} で、マップでもテキストのセットでもありません',
  'tf.forEachTooMany': '要素が {count} 個あり、インポートで展開する上限 {max} 個を超えています',
  'tf.dynamicUnresolved':
    'dynamic "{block}" ブロック {path} を展開できません: {why} 反復子から取る値をプレースホルダーにした 1 つのブロックとしてインポートしました。すべてのブロックをインポートするには値を指定してください。',
  'tf.osUnresolved':
    'VM {address} ("{name}") のゲスト OS がわかりません: {hint} 種類が Windows でない限り "linux" としてインポートしました。スクリプトが合うよう Floatplan で OS を設定してください。',
  'tf.vmNoNic':
    'VM {address} ("{name}") はネットワーク インターフェイスを指定していないため、インポートしません: Floatplan は NIC を通して VM を扱います。ロード バランサーに属する場合は Floatplan で追加してください。',
  'tf.nicTwoVms':
    'ネットワーク インターフェイス {nic} は VM "{had}" が使用しており、{address} により "{name}" も使用しています。Azure は NIC を 1 つの VM にしか接続できないため、"{had}" のままにしました。',
  'tf.vmNicUnresolved':
    'VM {address} ("{name}") のネットワーク インターフェイスを解決できません: {hint} その NIC の VM は NIC の名前で作成しました。値を指定するか、Floatplan で VM の名前を変更してください。',
  'tf.dataSource': '{address} はデータ ソースです: Terraform が Azure から読み取るため、そこから取得される値はプレースホルダーです。',
  'tf.module':
    '{address} は別のモジュールです。そのリソースはこのファイルになく、インポートしません。ロード バランサーがそこにある場合は、そのモジュールのファイルもインポートしてください。',
  'tf.noLoadBalancer': 'このファイルには azurerm_lb も、その規則、正常性プローブ、プールも定義されていません。',
  'tf.lbMissing':
    'このファイルにはロード バランサーの規則、正常性プローブ、またはプールがありますが、azurerm_lb がありません (おそらくモジュールの別のファイルにあります)。' +
    'ロード バランサーとそのフロントエンドはプレースホルダーです。そのファイルもインポートするか、Floatplan でフロントエンドを追加してください。',
  'tf.secondLoadBalancer':
    '{other} は別のロード バランサーです。--lb で選んだ {lb} だけをインポートします。すべてのロード バランサーを 1 つのトポロジにするには --lb なしでインポートしてください。',
  'tf.membershipElsewhere':
    '{count} 個のプール メンバーシップが {address} を指していますが、これはインポートしたロード バランサーのバックエンド プールではないため、除外しました。',
  'tf.emptyPool':
    'バックエンド プール「{name}」には、このファイル内にメンバーがありません (NIC の関連付けもプール アドレスもこのプールを指していません)。空でインポートしました。Floatplan で VM を追加してください。',
  'tf.scaleSet':
    '{address} はバックエンド プール {pools} に属する {count} インスタンスの仮想マシン スケール セットです。Floatplan は VM 単位で計画するため、そのインスタンスを VM {vms} ({os}、イメージから判断) としてインポートしました。名前は Azure が均一スケール セットのインスタンスに付ける形式で、アドレスはドキュメント用アドレスです (実際のアドレスは Azure が割り当てます)。すべてのインスタンスは同じ構成です{more}。{nat}',
  'tf.scaleSetMore': '。インポートしたのは {count} 個のうち最初の {shown} 個だけです',
  'tf.scaleSetEmpty':
    '{address} はバックエンド プール {pools} に属する仮想マシン スケール セットですが、インスタンス数が 0 のため、何もインポートしません。{nat}',
  'tf.scaleSetNotImported':
    '{address} (「{name}」) はインスタンスがバックエンド プール {pools} に参加する仮想マシン スケール セットですが、{why}そのインスタンスはインポートしません。Floatplan で VM としてプールに追加してください。{nat}',
  'tf.scaleSetNoPool': 'このロード バランサーのバックエンド プールには参加していません。',
  'tf.scaleSetBadCapacity': 'インスタンス数が {value} で、整数ではありません。',
  'tf.scaleSetNatPool': ' また、受信 NAT プール {natPools} を使用していますが、Floatplan は NAT プールを扱いません。',
  'tf.paramUnknown': '--param {name} はこのファイルの変数ではないため、何も変わりません。つづりを確認してください{known}。',
  'tf.paramKnown': ' (ファイルが使用している変数: {list})',
  'tf.notText': '{path} は {value} で、テキストではありません。無視しました。',
  'tf.explain': '{expression} を評価できませんでした ({reason})。',
  'tf.nameUnresolved': '{kind} {address} の名前: {hint}「{name}」としてインポートしました。名前を変更するか、値を指定してください。',
  'tf.nameMissing': '{kind} {address} に名前がありません。「{name}」としてインポートしました。名前を変更してください。',
  'tf.intUnresolved': '{path}: {hint}{placeholder} としてインポートしました。実際の値を入力してください。',
  'tf.intInvalid':
    '{path} は {value} で、整数ではありません。{placeholder} としてインポートしました。ファイルまたは Floatplan で修正してください。',
  'tf.boolUnresolved':
    '{path}: {hint}azurerm の既定値 {fallback} としてインポートしましたが、ファイルの意図と異なる可能性があります。確認してください。',
  'tf.boolInvalid': '{path} は {value} で、true でも false でもありません。{fallback} としてインポートしました。確認してください。',
  'tf.referenceTo': '{address} への参照',
  'tf.reason.circle': '参照が循環しているか、入れ子が深すぎます',
  'tf.reason.unparsed': 'パーサーがこの式を読み取れませんでした',
  'tf.reason.unexpected': '予期しない値です',
  'tf.reason.idInText': 'リソース ID がテキストの一部です。ID は Azure がデプロイ時に作成します',
  'tf.reason.notEvaluated': 'インポートでは{what}を評価しません',
  'tf.reason.fnFailed': '計算できません: {detail}',
  'tf.what.function': '関数呼び出し ({name}(…))',
  'tf.what.conditional': '条件式 (? :)',
  'tf.what.for': 'for 式',
  'tf.what.splat': 'スプラット式 ([*])',
  'tf.what.operators': '算術演算子や論理演算子',
  'tf.what.other': '{type} 式',
  'tf.reason.emptyReference': '参照が空です',
  'tf.reason.localUndefined': 'local.{name} はこのファイルで定義されていません',
  'tf.reason.countIndex': 'count.index は count を持つリソースの中でしかわかりません',
  'tf.reason.data': 'データ ソースを読み取ります。これを照会できるのは Terraform だけです',
  'tf.reason.module': '別のモジュールの出力で、このファイルにはありません',
  'tf.reason.each': 'each は、インポートで for_each を評価できたリソースまたはブロックの中でしかわかりません',
  'tf.reason.dynamicUnknown': 'dynamic "{block}" ブロックの for_each がわかりません',
  'tf.reason.badKey': 'キー {key} がテキストではありません',
  'tf.reason.notCollection': '{value} はリスト、セット、マップのいずれでもありません',
  'tf.reason.notBool': 'if の条件が {value} で、true でも false でもありません',
  'tf.reason.duplicateKey': 'for 式がキー "{key}" を 2 回作ります (すべて残すには ... で値をまとめてください)',
  'tf.reason.path': 'Terraform を実行する場所によって決まります',
  'tf.reason.terraform': 'Terraform のワークスペースによって決まります',
  'tf.reason.self': 'self はプロビジョナーの中でしかわかりません',
  'tf.reason.variableNoDefault': '変数 "{name}" に既定値がなく、値も指定されていません。--param {name}=<value> で指定してください',
  'tf.reason.variableUndeclared':
    '変数 "{name}" はこのファイルで宣言されておらず、値も指定されていません。--param {name}=<value> で指定してください',
  'tf.reason.notDefinedType': '{type} はこのファイルで定義されるものではありません',
  'tf.reason.notDefined': '{address} はこのファイルで定義されていません',
  'tf.reason.noInstance': '{address} にはインスタンス [{index}] がありません',
  'tf.reason.needsIndex': '{address} には count があるため、参照には [0] のようなインデックスが必要です',
  'tf.reason.notSet': '{address} の {attribute} はファイルで設定されていません。Azure がデプロイ時に決めます',
  'tf.reason.noElement': '要素 {key} がありません',
  'tf.reason.literalId': 'このファイルのリソースへの参照ではなく、リテラルのリソース ID です',

  'tf.owner': '{kind}「{name}」',
  'tf.ownerStart': '{kind}「{name}」',
  'tf.otherLb':
    '{address} はインポートしたロード バランサー {lb} ではなく {other} に属しているため、除外しました。ロード バランサーは 1 つずつインポートしてください。',
  'tf.subnet': '{path} は {expression} です ({reason})。Floatplan の計画にサブネットは不要です。エクスポート時に再度入力を求めます。',
  'tf.frontendIpUnresolved':
    '{path}: {hint}フロントエンド「{name}」にはドキュメント用アドレス {ip} を割り当てました。実際のアドレスを入力してください。',
  'tf.frontendIpDynamic':
    'フロントエンド「{name}」には private_ip_address がありません (Azure が割り当てます。割り当て方法 {allocation})。ドキュメント用アドレス {ip} を割り当てました。Azure が割り当てたアドレスを入力してください。',
  'tf.mixed':
    '{address} にパブリックとプライベートのフロントエンドが混在していますが、Azure ではこれは許可されていません。{type} としてインポートしました。',
  'tf.noFrontends':
    '{address} には frontend_ip_configuration がないため、パブリックか内部かがわかりません。Public としてインポートしました。',
  'tf.noSku':
    '{address} には sku が設定されていません。azurerm の既定値は Basic です (Azure では 2025 年 9 月 30 日に廃止)。sku = "Standard" を設定してください。',
  'tf.badSku': '{path} は "{sku}" で、Standard、Basic、Gateway のいずれでもありません。Standard としてインポートしました。',
  'tf.numberOfProbes':
    '正常性プローブ「{name}」は number_of_probes ({value}) を使用していますが、Azure では 2027 年 9 月 1 日に廃止されます。代わりとなる probeThreshold としてインポートしました。',
  'tf.notModelled': '{address} は{what}。インポートしません。',
  'tf.what.natPool':
    '受信 NAT プールです。これは仮想マシン スケール セット用で、Floatplan が計画するのは個々の VM への従来の受信 NAT 規則だけです',
  'tf.what.outboundRule': 'アウトバウンド規則です。Floatplan はまだアウトバウンド規則を扱いません',
  'tf.frontendUnresolved':
    '{owner}のフロントエンド: {hint}「{name}」としてインポートしました。{kind}を正しいフロントエンドに接続してください。',
  'tf.noFrontend': '{owner}にはフロントエンドの指定がありません。Floatplan で接続してください。',
  'tf.floatingBoth':
    '{owner}では floating_ip_enabled と非推奨の enable_floating_ip の両方が異なる値で設定されています。azurerm はこれを拒否します。floating_ip_enabled を使用しました。',
  'tf.natV2':
    '{address} はポート範囲 (v2) の NAT 規則です ({attrs} を設定しています): Azure は範囲内のフロントエンド ポートをバックエンド プールの各メンバーに 1 つずつ対応付けます。' +
    'Floatplan が計画するのは従来の NAT 規則 (1 つのフロントエンド ポートを 1 つの VM IP 構成へ) だけのため、インポートしません。',
  'tf.manyPools':
    '負荷分散規則「{name}」には {count} 個のバックエンド プールがあります。複数のプールを持てるのは Gateway ロード バランサーだけです。最初のプールをインポートしました。',
  'tf.noPool': '負荷分散規則「{name}」にはバックエンド プールがありません。Floatplan で接続してください。',
  'tf.floatingDefault':
    '負荷分散規則「{name}」は floating_ip_enabled を設定していないため、フローティング IP は無効です (azurerm の既定値)。SQL Always On リスナーなどの DSR ワークロードでは有効にする必要があります。',
  'tf.idAsText':
    '負荷分散規則「{rule}」の{kind}はテキストで書かれた ID です ({expression})。その最後の部分から{kind}「{tail}」に対応付けました。',
  'tf.notOfLb': '{address} はこのロード バランサーの{kind}ではありません。',
  'tf.refUnresolved':
    '負荷分散規則「{rule}」の{kind}: {why}「{placeholder}」としてインポートしました。規則を正しい{kind}に接続してください。',
  'tf.ref.onlyOne': '{owner}の{kind}: {why}ロード バランサーの{kind}は「{name}」の 1 つだけなので、それを使用しました。',
  'tf.badDistribution': '{path} は "{text}" で、Default、SourceIP、SourceIPProtocol のいずれでもありません。Default を使用しました。',
  'tf.pipResource': '{address} (アドレスは Azure がデプロイ時に割り当てます)',
  'tf.pipOther': '{expression} (このファイルのリソースではありません)',
  'tf.publicIp':
    'フロントエンド「{name}」はパブリック IP {source} を使用しています。ドキュメント用アドレス {ip} を割り当てました。実際のアドレスを入力してください。',
  'tf.required': '{path} は必須ですが、ありません。{placeholder} としてインポートしました。入力してください。',

  'tf.natNoTarget':
    '受信 NAT 規則「{name}」には、このファイル内にターゲットがありません (azurerm_network_interface_nat_rule_association がこの規則を指していません)。ターゲットなしでインポートしました。Floatplan で VM に接続してください。',
  'tf.natAssociationElsewhere':
    'NAT 規則の関連付けが {address} を指していますが、これはインポートしたロード バランサーの従来の受信 NAT 規則ではないため、除外しました。',
  'tf.nicNoVm':
    'ファイル内にネットワーク インターフェイス {address} を使用する VM リソースがないため、VM にはその名前 (「{name}」) を付けました。必要に応じて名前を変更してください。',
  'tf.nicNoConfig':
    'ネットワーク インターフェイス {address} には ip_configuration ブロックがありません。その VM には下記のプレースホルダー アドレスを割り当てました。実際のアドレスを入力してください。',
  'tf.osDefault':
    '{vms} のゲスト OS はファイルにありません (NIC を使用する VM リソースがありません)。"linux" と仮定しました。スクリプトが合うように Floatplan で OS を設定してください。',
  'tf.guestNic': 'ゲストのインターフェイス名は Terraform にはありません。Windows には "Ethernet"、Linux には "eth0" を使用しました。',
  'tf.pointsElsewhere': '{address} を指していますが、これはこのファイルのネットワーク インターフェイスではありません。',
  'tf.isMissing': 'ありません。',
  'tf.associationBroken': '{what} {address} はインポートしません: {attr}: {why}{fix}',
  'tf.what.poolMembership': 'プール メンバーシップ',
  'tf.what.natAssociation': 'NAT 規則の関連付け',
  'tf.fix.pool': 'Floatplan で VM をプールに追加してください。',
  'tf.fix.nat': 'Floatplan で NAT 規則を VM に接続してください。',
  'tf.noConfigNamed': '{path} は {nic} のどの ip_configuration も指していません。プライマリ ({ip}) を使用しました。',
  'tf.natTwoTargets':
    '{rule} は {had} に関連付けられ、{address} によって {member} にも関連付けられています。Azure は NAT 規則を 1 つの IP 構成にしか転送しないため、{had} だけをインポートしました。',
  'tf.attrWhy': '{attr}: {why}',
  'tf.poolAddressBroken': 'プール アドレス {address} はインポートしません: {why}Floatplan で VM をプールに追加してください。',
  'tf.poolAddressNoNic':
    'プール アドレス {address} ({ip}) はファイル内のどのネットワーク インターフェイスにも属していません。インターフェイス eth0 を持つ Linux VM「{name}」としてインポートしました。実際の VM 名と OS を設定してください。',
  'tf.nicIpUnresolved': '{path}: {hint}VM にはドキュメント用アドレス {ip} を割り当てました。実際のアドレスを入力してください。',
  'tf.nicIpDynamic':
    '{address} には private_ip_address がありません (Azure が割り当てます)。VM にはドキュメント用アドレス {ip} を割り当てました。実際のアドレスを入力してください。',
  'tf.vmSecondNic':
    'VM "{vm}" には複数のネットワーク インターフェイスがありますが、Floatplan の VM が持つのは 1 つです。{nic} は VM "{name}" としてインポートしました。プールとアドレスは保持されます。そのゲスト スクリプトは、VM の構成のうちこの NIC の部分です。',
};
