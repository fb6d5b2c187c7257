import type { Catalog } from '../../i18n/catalog';
import type { importArmEn } from './messages.en';

/** The ARM importer's texts in Japanese; a missing or extra key fails the typecheck. */
export const importArmJa: Catalog<typeof importArmEn> = {
  'arm.copyCountOver':
    '{path} は {value} 個のコピー ループで、Azure が 1 つのループで許可する 800 個を超えています (Azure はこのテンプレートを受け付けません)。コピーは除外しました。',
  'arm.tooManyResources':
    'テンプレートはリソースを {max} 個より多く (コピーを含めて) 宣言しており、Azure はこれを受け付けません。{path} とそれ以降のリソースは除外しました。',

  'arm.notObject':
    'ARM テンプレートが JSON オブジェクトではないため、何も評価していません。azuredeploy.json (または main.json) ファイルを指定してください。',
  'arm.linked':
    '{path} はリンクされたテンプレート {link} をデプロイします。Floatplan はリンクされたテンプレートをダウンロードしません。そのリソースを見るには、そのファイル自体をインポートしてください。',
  'arm.linkNamed': '(templateLink で指定)',
  'arm.tooDeep': '{path} の入れ子になったテンプレートはデプロイの入れ子が {max} 段階を超えるため、評価していません。',
  'arm.nested': '{path} の入れ子になったテンプレート: {inner}',
  'arm.parameterNoValue':
    "パラメーター '{name}' に値がありません: テンプレートに defaultValue がなく、値も指定されていません。" +
    'この値から作られるものはすべてプレースホルダーのままです。--param {name}=value で指定してください。',
  'arm.outputConditionFalse': "出力 '{name}' の条件が false のため、除外しました。",
  'arm.issue.syntax': '{where}: {reason}。値はプレースホルダーのままです。式を修正してください。',
  'arm.issue.unknowable': '{where} はデプロイ時にしかわかりません: {reason}。値はプレースホルダーのままです。',
  'arm.issue.invalid': '{where} を評価できませんでした: {reason}。値はプレースホルダーのままです。',
  'arm.paramsFileJson':
    'パラメーター ファイルが有効な JSON ではありません ({detail})。その値は使用していません。ファイルを修正するか、--param name=value で値を指定してください。',
  'arm.paramsFileShape':
    'パラメーター ファイルに "parameters" オブジェクト ({"parameters": {"name": {"value": …}}}) がありません。その値は使用していません。',
  'arm.paramsFileUndeclared':
    "パラメーター ファイルは '{name}' を設定していますが、このテンプレートでは宣言されていないため無視しました。テンプレートのパラメーター: {list}。",
  'arm.parentUndeclared':
    "親テンプレートは '{name}' を渡していますが、この入れ子になったテンプレートでは宣言されていないため無視しました。そのパラメーター: {list}。",
  'arm.paramUnknown':
    '--param {name}=… はこのテンプレートのどのパラメーターでもないため、無視しました。テンプレートのパラメーター: {list}。',
  'arm.paramType': "--param {name}={text}: パラメーター '{name}' の型は {type} のため、値は{expected}である必要があります。",
  'arm.expected.int': '整数 (例: 5)',
  'arm.expected.bool': 'true または false',
  'arm.expected.array': 'JSON 配列 (例: ["a","b"])',
  'arm.expected.object': 'JSON オブジェクト (例: {"key":"value"})',
  'arm.origin.--param': ' (--param で指定)',
  'arm.origin.parameters file': ' (パラメーター ファイルで指定)',
  'arm.origin.parent template': ' (親テンプレートから)',
  'arm.origin.default': ' (既定値)',
  'arm.allowedValues':
    "パラメーター '{name}' は {value}{where} ですが、allowedValues ({allowed}) のいずれでもありません。" +
    'Azure はこのデプロイを拒否します。--param {name}=value で許可された値を指定してください。',
  'arm.minValue': "パラメーター '{name}' は {value}{where} で、minValue {limit} を下回っています。",
  'arm.maxValue': "パラメーター '{name}' は {value}{where} で、maxValue {limit} を超えています。",
  'arm.minLength': "パラメーター '{name}' の長さは {length}{where} で、minLength {limit} を下回っています。",
  'arm.maxLength': "パラメーター '{name}' の長さは {length}{where} で、maxLength {limit} を超えています。",
  'arm.notResource': '{path} はリソース オブジェクトではないため、除外しました。',
  'arm.copyCount':
    '{path} はコピー ループですが、その数を評価できません ({why})。コピーは除外しました。--param name=value で不足している値を指定してください。',
  'arm.copyCountNotWhole': '数が {value} で、0 以上の整数ではありません',
  'arm.conditionFalse': '{path} は条件が false のため Azure はデプロイしません。除外しました。',
  'arm.conditionUnknown': '{path} の条件を評価できません ({why})。このリソースは条件が true であるものとして残しました。',
  'arm.conditionNotBool': '値が {value} で、true でも false でもありません',

  'arm.hint': '{expression} を評価できませんでした ({reason})。{fix}',
  'arm.hintFix': '実際の値をインポートするには、{params} (またはパラメーター ファイル) を指定してください。',
  'arm.intUnresolved': '{what}: {hint}{placeholder} としてインポートしました。実際の値を入力してください。',
  'arm.intInvalid':
    '{what} は {value} で、整数ではありません。{placeholder} としてインポートしました。定義または Floatplan で値を修正してください。',
  'arm.boolUnresolved':
    '{what}: {hint}{fallback} としてインポートしましたが、これは Azure の既定値にすぎず、テンプレートの値ではありません。確認してください。',
  'arm.boolInvalid': '{what} は {value} で、true でも false でもありません。{fallback} としてインポートしました。確認してください。',
  'arm.nameUnresolved': '{kind} {n} の名前: {hint}「{name}」としてインポートしました。名前を変更してください。',
  'arm.nameMissing': '{kind} {n} に名前がありません。「{name}」としてインポートしました。名前を変更してください。',
  'arm.osMissing':
    'VM「{name}」の OS が定義にありません。linux (NIC eth0) としてインポートしました。ゲスト スクリプトが合うように Floatplan で設定してください。',
  'arm.fragment':
    'このテンプレートにはロード バランサー リソースがありません: 呼び出し元が {paths} からロード バランサーを作成する部分テンプレートです。' +
    'これらを{asOne}インポートしました。SKU とフロントエンド アドレスは呼び出し元が決めます。',
  'arm.fragmentAsOne': '1 つのロード バランサーとして',
  'arm.fragmentNicPools':
    '出力「{key}」は呼び出し元の NIC が参加するバックエンド プールの一覧です。NIC はこのテンプレートにないため、プールは空でインポートしました。' +
    'Floatplan で VM を追加してください (または呼び出し元のテンプレートをインポートしてください)。',
  'arm.fieldOf': '{owner}の{field}',
  'arm.theSku': 'SKU',
  'arm.collectionUnresolved': '{nouns} ({key}): {hint}値が決まるまで、どれもインポートできません。',
  'arm.elementInvalid': '{key} の {n} 番目の{noun}はインポートできません: {why}',
  'arm.notAnObject': '値が {value} で、オブジェクトではありません',
  'arm.enumInvalid':
    '{what} は {value} です。Floatplan が認識するのは {allowed} です。{fallback} としてインポートしました。確認してください。',
  'arm.enumUnresolved': '{what}: {hint}{fallback} としてインポートしました。確認してください。',
  'arm.skuFromCaller': 'このロード バランサーの SKU は、これを使用するテンプレートが決めます。{fallback} としてインポートしました。',
  'arm.skuMissing': 'ロード バランサーに sku がありません。Azure はこれを Basic (廃止済み。Standard に移行してください) と解釈します。',
  'arm.publicPlanned':
    'フロントエンド「{frontend}」のパブリック アドレスは Azure が割り当てます。Floatplan で計画したアドレス ({planned}、metadata.floatplanFrontendAddresses から) を使用しました。',
  'arm.publicAssigned':
    'フロントエンド「{frontend}」のパブリック アドレスはデプロイ時に Azure が割り当てます{notHere}。ドキュメント用アドレス {ip} としてインポートしました。実際のアドレスを入力してください。',
  'arm.publicNotHere': ' (そのパブリック IP リソースはこの定義にありません)',
  'arm.publicPrefix':
    'フロントエンド「{name}」のアドレスはパブリック IP プレフィックスから割り当てられます。ドキュメント用アドレス {ip} としてインポートしました。実際のアドレスを入力してください。',
  'arm.frontendAddressUnresolved':
    'フロントエンド「{name}」のアドレス: {hint}ドキュメント用アドレス {ip} としてインポートしました。実際のアドレスを入力してください。',
  'arm.frontendDynamic':
    'フロントエンド「{name}」には静的なプライベート アドレスがありません (Azure がサブネットから割り当てます)。ドキュメント用アドレス {ip} としてインポートしました。実際のアドレスを入力してください。',
  'arm.fieldMissing': '{what}がありません (Azure では必須です)。0 としてインポートしました。入力してください。',
  'arm.numberOfProbes':
    '正常性プローブ「{name}」は numberOfProbes ({value}) を使用していますが、Azure では 2027 年 9 月 1 日に廃止されます。代わりとなる probeThreshold としてインポートしました。',
  'arm.noFrontend':
    '{owner}には frontendIPConfiguration がありません (Azure では必須です)。未接続のままにしました。Floatplan で接続してください。',
  'arm.extraPool':
    '{owner}はバックエンド プール「{other}」にも送信します。Floatplan は規則ごとに 1 つのプールを扱うため、「{pool}」だけをインポートしました。',
  'arm.noPool': '{owner}にはバックエンド プールがありません。未接続のままにしました。Floatplan で接続してください。',
  'arm.natV2':
    '受信 NAT 規則「{name}」はポート範囲 (v2) の NAT 規則です ({props} があります): Azure は範囲内のフロントエンド ポートをバックエンド プールの各メンバーに 1 つずつ対応付けます。' +
    'Floatplan が計画するのは従来の NAT 規則 (1 つのフロントエンド ポートを 1 つの VM IP 構成へ) だけのため、インポートしません。',
  'arm.notModelled': '{noun}「{name}」はインポートしません: {why}',
  'arm.gatewayChainNic':
    'NIC「{nic}」の IP 構成 {n} はゲートウェイ ロード バランサーにチェーンされています (gatewayLoadBalancer)。Floatplan はチェーンを扱わないため、VM はチェーンなしでインポートします。',
  'arm.tunnelInterfaces':
    'バックエンド プール「{pool}」にはゲートウェイのトンネル インターフェイスが {count} 個あります (tunnelInterfaces、VXLAN)。Floatplan はトンネルを扱わないため、プールはトンネルなしでインポートします。',
  'arm.why.outboundRules': 'Floatplan はアウトバウンド規則を扱いません。',
  'arm.why.inboundNatPools':
    'NAT プールは仮想マシン スケール セット用で、Floatplan が計画するのは個々の VM への従来の受信 NAT 規則だけです。',
  'arm.propertiesUnresolved':
    'ロード バランサーのプロパティ: {hint}値が決まるまで、フロントエンド、プール、正常性プローブ、規則、NAT 規則はインポートできません。',
  'arm.mixedFrontends':
    'ロード バランサーにパブリックとプライベートのフロントエンドが混在していますが、Azure ではこれは許可されていません。Public としてインポートしました。',
  'arm.ref.noTarget': 'その ID {id} はこのロード バランサーの{noun}を指していません',
  'arm.ref.noName': '{name} という名前の{noun}はありません',
  'arm.ref.noId': '参照に ID がありません',
  'arm.ref.onlyOne':
    '{owner}の{noun}を読み取れません ({why})。ロード バランサーの{noun}は「{name}」の 1 つだけなので、それを使用しました。',
  'arm.ref.otherName':
    '{owner}の{noun}は「{wanted}」を指していますが、このロード バランサーにはありません (唯一の{noun}は「{name}」)。未接続のままにしました。Floatplan で接続してください。',
  'arm.ref.otherLb':
    '{owner}は、名前を読み取れないロード バランサーの{noun}「{name}」を参照しています。このロード バランサーにはその名前の{noun}がないため、別のロード バランサーへの参照と見なしました。',
  'arm.ref.many':
    '{owner}の{noun}を読み取れません ({why})。ロード バランサーには選択肢となる{nouns}が {count} 個あるため、未接続のままにしました。Floatplan で接続してください。',
  'arm.natTwoTargets':
    '受信 NAT 規則「{rule}」は {had} と {member} の両方に接続されています。Azure は NAT 規則を 1 つの IP 構成にしか転送しないため、{had} だけをインポートしました。',
  'arm.addressUnresolved':
    '{owner} のアドレス: {hint}{ip} (ドキュメント用アドレス) としてインポートしました。実際のアドレスを入力してください。',
  'arm.addressDynamic':
    '{owner} には静的なアドレスがありません (Azure がデプロイ時に割り当てます)。ドキュメント用アドレス {ip} としてインポートしました。実際のアドレスを入力してください。',
  'arm.vmNicRefMalformed':
    'テンプレートには、NIC「{nic}」を Azure が受け付ける ID で参照する仮想マシンがありません。VM「{vm}」はネットワーク インターフェイスを {expression} で指定していますが、この ID は不正で ({reason})、Azure は受け付けません。VM は「{nic}」としてインポートしました。ID を修正して、もう一度インポートしてください。',
  'arm.ref.notNicId': 'ネットワーク インターフェイスの ID ではありません',
  'arm.vmNicRefUnreadable':
    'テンプレートには、NIC「{nic}」を読み取れる ID で参照する仮想マシンがありません。VM「{vm}」のネットワーク インターフェイス {expression} を読み取れません ({reason})。VM は「{nic}」としてインポートしました。「{vm}」であれば名前を変更してください。',
  'arm.vmNamedAfterNic':
    'テンプレート内に NIC「{nic}」を使用する仮想マシンがないため、VM には NIC の名前を付けました。必要に応じて名前を変更してください。',
  'arm.memberNoVm':
    '{what}「{name}」({ip}) には定義内に仮想マシンがありません。NIC eth0 を持つ Linux VM としてインポートしました。Floatplan で OS を設定してください。',
  'arm.notIpConfigId': '{lists} {value} は NIC の IP 構成 ID ではないため、除外しました。Floatplan で VM を追加してください。',
  'arm.nicAddressElsewhere':
    'NIC「{nic}」(IP 構成「{config}」) は{role}が、そのアドレスはこの JSON にありません (`az network nic show` で確認できます)。ドキュメント用アドレス {ip} としてインポートしました。',
  'arm.role.pool': 'プール「{pool}」に含まれています',
  'arm.role.nat': '受信 NAT 規則「{rule}」のターゲットです',
  'arm.lists.pool': 'プール「{pool}」のメンバー',
  'arm.lists.nat': '受信 NAT 規則「{rule}」のバックエンド IP 構成',
  'arm.skipped': '{where}: {why}',
  'arm.restRequest':
    'これは REST API の例です。ロード バランサーは要求本文 ({path}) から読み取りました (PUT が作成するもの)。例の応答は読み取っていません。',
  'arm.noLbInTemplate': 'Microsoft.Network/loadBalancers リソースがなく、出力や変数にも負荷分散規則がありません',
  'arm.childIgnored': '{path} は独立した {type} リソースで、インポートしません: {why}。',
  'arm.childNotCollection':
    'Floatplan が読み取るのはロード バランサーのフロントエンド、バックエンド プール、正常性プローブ、負荷分散規則、受信 NAT 規則で、この種類はそのどれでもありません',
  'arm.childName':
    '名前 {name} が "<ロード バランサー>/<要素>" の形ではありません。ロード バランサーの名前と要素の名前を付けるか、Bicep の `parent:` を使ってください',
  'arm.childNoParent': 'そのロード バランサー "{parent}" はこのテンプレートにありません',
  'arm.childDuplicate': 'ロード バランサーの {key} にすでに "{name}" があります。ロード バランサーの中のものをインポートします',
  'arm.secondLoadBalancer':
    '"{name}" ({label}) はインポートしません。--lb でファイルの別のロード バランサーを選びました。すべてのロード バランサーを 1 つのトポロジにするには --lb なしでインポートしてください。',

  'fn.overflow': '{fn}() がオーバーフローしました: 結果 {n} は Floatplan が正確に評価できる整数の範囲外です',
  'fn.compare': '{fn}() は 2 つの整数または 2 つの文字列を比較しますが、{a}と{b}が指定されています',
  'fn.stringOrArray': '{fn}() の引数 {index} には文字列または配列が必要ですが、{type}です',
  'fn.concatNone': 'concat() には少なくとも 1 つの引数が必要です',
  'fn.concatType': 'concat() は文字列または配列を連結しますが、引数 {index} は{type}です',
  'fn.divZero': '{fn}() では 0 で割ることはできません',
  'fn.environment': 'environment() は Azure クラウドを表し、デプロイ時にしかわかりません',
  'fn.utcNow': 'utcNow() はデプロイ時刻で、デプロイ時にしかわかりません',
  'fn.newGuid': 'newGuid() はデプロイごとにランダムです',
  'fn.managementGroup': 'managementGroup() はデプロイ時にしかわかりません',
  'fn.pickZones': 'pickZones() はリージョンの可用性ゾーンによって決まり、それを知っているのは Azure だけです',
  'fn.rangeCount': 'range() の数は 0 から 10000 である必要がありますが、{count} です',
  'fn.createObject': 'createObject() はキーと値の組を受け取りますが、引数が {count} 個です',
  'fn.minMaxNone': '{fn}() には少なくとも 1 つの整数が必要です',
};
