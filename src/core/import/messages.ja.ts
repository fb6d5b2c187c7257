import type { Catalog } from '../i18n/catalog';
import type { importSharedEn } from './messages.en';

/** The shared import texts in Japanese; a missing or extra key fails the typecheck. */
export const importSharedJa: Catalog<typeof importSharedEn> = {
  'noun.frontend': 'フロントエンド',
  'noun.backendPool': 'バックエンド プール',
  'noun.probe': '正常性プローブ',
  'noun.rule': '負荷分散規則',
  'noun.natRule': '受信 NAT 規則',
  'noun.inboundNatRule': '受信 NAT 規則',
  'noun.loadBalancer': 'ロード バランサー',
  'noun.nic': 'NIC',
  'noun.vm': 'VM',
  'noun.networkInterface': 'ネットワーク インターフェイス',
  'noun.poolAddress': 'プール アドレス',
  'word.verbatim': '{text}',
  'word.none': 'なし',
  'word.noneParen': '(なし)',
  'word.theValue': 'この値',
  'word.parameter': 'パラメーター',
  'word.variable': '変数',
  'type.nothing': '値なし',
  'type.array': '配列',
  'type.unresolved': '未解決の値',
  'type.object': 'オブジェクト',
  'type.integer': '整数',
  'type.string': '文字列',
  'type.boolean': 'ブール値',
  'type.lambda': 'ラムダ',

  'error.unknownFormat':
    'ARM テンプレート (JSON)、Terraform (HCL)、Bicep のいずれのファイルにも見えません。そのいずれかである場合は、形式を明示的に選択してください。',
  'error.jsonEmpty': 'ファイルが空です。ARM テンプレートまたは `az network lb show` の JSON を貼り付けるか選択してください。',
  'error.jsonNoValue':
    'ファイルに JSON の値がありません。ARM テンプレートまたは `az network lb show` の JSON を貼り付けるか選択してください。',
  'error.json':
    '有効な JSON ではありません (行 {line}、列 {column}): {problem}。その箇所の JSON を修正して、もう一度インポートしてください。',
  'json.InvalidSymbol': '予期しない文字があります',
  'json.InvalidNumberFormat': '数値の形式が正しくありません',
  'json.PropertyNameExpected': '二重引用符で囲んだプロパティ名が必要です',
  'json.ValueExpected': '値が必要です',
  'json.ColonExpected': '":" が必要です',
  'json.CommaExpected': '"," が必要です',
  'json.CloseBraceExpected': '"}" が必要です',
  'json.CloseBracketExpected': '"]" が必要です',
  'json.EndOfFileExpected': 'JSON の値の終わりの後に余分なテキストがあります',
  'json.UnexpectedEndOfString': '文字列が閉じられていません',
  'json.UnexpectedEndOfComment': 'コメントが閉じられていません',
  'json.InvalidEscapeCharacter': '文字列内のエスケープが正しくありません',
  'json.InvalidCharacter': '文字列内に無効な文字があります',
  'error.tfNoLoadBalancer':
    'ロード バランサーが見つかりません: このファイルには azurerm_lb リソースも、azurerm_lb_rule、azurerm_lb_probe、azurerm_lb_backend_address_pool もありません。' +
    'ロード バランサーを定義しているファイル (またはモジュール) をインポートしてください。',
  'error.tfParserStart': 'Terraform パーサーを起動できませんでした: {detail}',
  'error.tfSyntax': '有効な Terraform (HCL) ではありません: {detail} ファイルを修正して、もう一度インポートしてください。',
  'error.tfJsonShape':
    'この Terraform JSON はブロックのオブジェクト ({ "resource": { … } }) ではありません。Terraform が書く形の .tf.json ファイルを指定してください。',
  'error.tfLoaderRefuses': 'インポートで作成したトポロジをローダーが受け付けません (Floatplan のバグです。報告してください): {detail}',
  'error.armLoaderRefuses': 'インポートしたトポロジを読み込めません (インポーターのバグです。報告してください):\n{detail}',
  'error.bicepParserLoad':
    'Bicep パーサーを読み込めませんでした ({detail})。ページを再読み込みするか、`az bicep build` でファイルを変換して ARM の JSON をインポートしてください。',
  'error.bicepSyntax':
    '有効な Bicep ではありません (行 {line}、列 {column}): {detail}。その箇所を修正して、もう一度インポートしてください。',
  'error.bicepMeaning': 'この Bicep は読み取れません (行 {line}、列 {column}): {detail}',
  'error.tooLarge':
    'ファイルは {size} 文字あります。Floatplan がインポートできるのは {max} 文字までです (Azure は 4 MB を超えるテンプレートを受け付けません)。ロード バランサーのファイルだけをインポートしてください。',
  'error.tooDeep':
    'ファイルの括弧の入れ子が {max} 段階を超えています (行 {line}、列 {column})。Floatplan はそこで読み取りを止めます。実際の定義がこれほど深く入れ子になることはありません。ファイルを確認してください。',
  'error.budget':
    '{what}{where}ため、インポートを中止しました。ロード バランサーの定義に必要な量をはるかに超えています。その箇所に際限なく増えるループや値がないか確認してください。',
  'error.internal':
    '内部エラーのため、Floatplan はこのファイルをインポートできませんでした ({detail})。Floatplan のバグです。ファイルを添えて報告してください。',
  'budget.steps': '評価が {limit} ステップを超えた',
  'budget.elements': '作成した値の要素が {limit} 個を超えた',
  'budget.characters': '作成した値の文字数が {limit} 文字を超えた',
  'budget.value': '値が {limit} 文字を超えた (Azure は展開後に 4 MB を超えるテンプレートを受け付けません)',
  'budget.depth': '値または式の入れ子が {limit} 段階を超えた',
  'budget.where': ' ({where})',
  'budget.stack': '式または値の入れ子が深すぎて安全に評価できない',
  'error.bicepNoLoadBalancer':
    'ロード バランサーが見つかりません: この Bicep ファイルは Microsoft.Network/loadBalancers リソースを宣言しておらず、ロード バランサーのモジュール ' +
    '(br/public:avm/res/network/load-balancer) も呼び出していません。ロード バランサーを宣言しているファイルをインポートしてください。',

  'holder.appliance':
    'バックエンド プール「{pool}」: すべてのメンバー ({vms}) の NIC で IP 転送が有効なため、転送を行うネットワーク仮想アプライアンスと判断しました ' +
    '(frontendIpHolder「appliance」: 待ち受けはなく、パケットは元の宛先のまま届きます)。',
  'holder.forwardingSome':
    'バックエンド プール「{pool}」: IP 転送が有効な NIC は一部のメンバー ({vms}) だけなので、アプライアンスかどうか判断できません。' +
    'プールは既定 (すべてのメンバーがフロントエンド IP を保持) のままです。アプライアンスなら frontendIpHolder を「appliance」にしてください。',
  'holder.cluster':
    'バックエンド プール「{pool}」: {evidence}ため、フロントエンド IP はアクティブ ノードだけで {cluster} が保持すると判断しました ' +
    '(frontendIpHolder「{holder}」)。すべてのメンバーがアドレスを保持する場合は、インスペクターで変更してください。',
  'holder.wsfc': 'Windows Server フェールオーバー クラスター (WSFC)',
  'holder.pacemaker': 'Pacemaker クラスター',
  'holder.mixedOs':
    'バックエンド プール「{pool}」: {evidence}が、メンバーに Windows と Linux が混在しているためクラスターの種類を判断できません。' +
    'プールは既定のままです。frontendIpHolder を「cluster-windows」(WSFC) または「cluster-pacemaker」にしてください。',
  'holder.haPortsNoForwarding':
    'バックエンド プール「{pool}」はネットワーク仮想アプライアンスでよく使われる HA ポートの規則「{rule}」の背後にありますが、' +
    'IP 転送が有効な NIC を持つメンバーがありません。プールは既定のままです。メンバーがアプライアンスなら、NIC の IP 転送を有効にして frontendIpHolder を「appliance」にしてください。',
  'holder.evidence.sqlImage': 'メンバー {vms} が SQL Server のイメージを使用している',
  'holder.evidence.sqlResource': '定義が SQL Server の可用性グループまたはクラスター ({type}) を宣言している',
  'holder.evidence.sqlPort':
    '規則「{rule}」が Microsoft の可用性グループ リスナーの手順と同じく、SQL Server のポート 1433 を専用のプローブ ポート {port} で分散している',
  'holder.evidence.sapProbe':
    'プローブ ポート {port} が SAP クラスターのプローブ ポート (ASCS は 620nn、ERS は 621nn、HANA は 625nn) である',

  'noun.lbRule': '負荷分散規則',
  'noun.outboundRule': 'アウトバウンド規則',
  'noun.inboundNatPool': '受信 NAT プール',
  'nouns.frontend': 'フロントエンド',
  'nouns.backendPool': 'バックエンド プール',
  'nouns.probe': '正常性プローブ',
  'nouns.lbRule': '負荷分散規則',
  'nouns.inboundNatRule': '受信 NAT 規則',
  'owner.rule': '負荷分散規則「{name}」',
  'owner.natRule': '受信 NAT 規則「{name}」',
  'owner.probe': '正常性プローブ「{name}」',
  'owner.nic': 'NIC「{name}」',
  'field.protocol': 'プロトコル',
  'field.port': 'ポート',
  'field.interval': '間隔',
  'field.floatingIp': 'フローティング IP の設定 (enableFloatingIP)',
  'field.idleTimeout': 'アイドル タイムアウト',
  'field.tcpReset': 'TCP リセットの設定',
  'field.loadDistribution': '分散モード',
  'field.disableOutboundSnat': 'disableOutboundSnat の設定',

  'owner.ipConfig': 'NIC「{nic}」の IP 構成 {n}',
  'owner.backendAddress': 'プール「{pool}」のバックエンド アドレス {n}',
  'noun.poolMember': 'プール メンバー',
  'noun.natTarget': 'NAT 規則のターゲット',

  'word.theDocument': 'ドキュメント',
  'word.theTemplate': 'テンプレート',
  'word.templateOutputs': 'テンプレートの出力',
  'word.jsonEmpty': 'JSON が空です',
  'list.semicolon': '{a}、{b}',
  'shape.notObject': 'JSON オブジェクトではありません',
  'shape.parametersFile': 'パラメーター ファイルです。テンプレートと一緒に --parameters で指定してください',
  'shape.otherResource': '{type} リソースで、ロード バランサーではありません',
  'shape.unknown': 'テンプレート、ロード バランサー リソース、REST 応答、`az network lb show` の出力のいずれでもありません',
  'error.armNoLoadBalancer':
    'ロード バランサーが見つかりません: {skipped}。Microsoft.Network/loadBalancers リソースを含む ARM テンプレート、リソースそのもの、または `az network lb show` の出力をインポートしてください。',
  'error.lbNotFound': 'このファイルにロード バランサー "{name}" はありません。あるのは {names} です。そのどれかの名前を指定してください。',
  'meta.vmsInvalid': 'metadata.floatplanVms は VM の有効なリストではありません ({path}: {detail})。VM は除外しました。',
  'meta.memberUnknown':
    'metadata.floatplanPoolMembers はプール「{pool}」に「{label}」を挙げていますが、その VM はありません。除外しました。',
  'meta.natRuleUnknown':
    'metadata.floatplanNatRuleTargets は受信 NAT 規則「{name}」を挙げていますが、テンプレートにその規則はありません。そのターゲットは除外しました。',
  'meta.natTargetUnknown':
    'metadata.floatplanNatRuleTargets は受信 NAT 規則「{rule}」のターゲットとして「{label}」を挙げていますが、その VM はありません。この規則はターゲットなしでインポートしました。',

  'reason.parameterNoValue': "パラメーター '{name}' に値がありません。--param {name}=value で指定してください",
  'reason.passedNotValue': '\'{name}\' に渡された値が {"value": …} ではありません (Key Vault 参照?)。読み取れるのは Azure だけです',
  'reason.fileEntryNotValue': 'パラメーター ファイルの \'{name}\' のエントリが {"value": …} ではありません',
  'reason.fileKeyVault': "パラメーター '{name}' はパラメーター ファイルで Key Vault から取得されます。読み取れるのは Azure だけです",
  'reason.fileEntryNoValue': 'パラメーター ファイルの \'{name}\' のエントリに "value" がありません',
  'reason.location': 'リソース グループの場所はデプロイ時にしかわかりません',
  'reason.dependsOnItself': "{kind} '{name}' が自分自身に依存しています ({chain})",
  'reason.parameterUndeclared': "パラメーター '{name}' はテンプレートで宣言されていません (宣言済み: {declared})",
  'reason.variableUndeclared': "変数 '{name}' はテンプレートで宣言されていません (宣言済み: {declared})",
  'reason.copyIndexOutside': 'copyIndex() がコピー ループの外で使用されています',
  'reason.copyIndexOutsideNamed': "copyIndex('{loop}') がコピー ループ '{loop}' の外で使用されています",
  'reason.userArity.one': '{name}() の引数は {count} 個 ({params}) ですが、{got} 個指定されています',
  'reason.userArity.many': '{name}() の引数は {count} 個 ({params}) ですが、{got} 個指定されています',
  'reason.userDepth': '{name}() が自分自身を 20 段階を超えて呼び出しています',
  'reason.userNoParameter': "関数 {name}() にはパラメーター '{p}' がありません (あるのは {list})",
  'reason.userVariables':
    "関数 {name}() では variables('{v}') を使用できません。ユーザー定義関数が参照できるのは自分のパラメーターだけです",
  'reason.referenceSelf': '{path} への reference() が自分自身の値に依存しています',
  'reason.referenceUndeclared': 'このテンプレートが宣言していないリソース',
  'reason.referenceMany': "このテンプレートで '{target}' という名前の {count} 個のリソース",
  'reason.reference': "reference('{target}') は{why}のデプロイ後の状態を読み取ります。それを知っているのは Azure だけです",
  'reason.referenceExisting':
    "reference('{target}') はテンプレートが参照するだけのリソース (existing: true) を読み取ります。その状態を知っているのは Azure だけです",
  'reason.nestsDeep': '値の入れ子が {max} 段階を超えています。Floatplan はそこで読み取りを止めます',
  'reason.copyName': 'プロパティのコピー ループには文字列の名前が必要です',
  'reason.copyCount': "コピー ループ '{name}' の数は 0 から 800 である必要がありますが、{got} です",
  'reason.fnError': '{fn}() は値を計算できませんでした ({detail})',
  'reason.tooLong':
    '{fn}() の結果は {length} 文字になり、テンプレートに入る {max} 文字を超えます (Azure は 4 MB を超えるテンプレートを受け付けません)',
  'reason.syntax': '有効なテンプレート式ではありません: {detail}',
  'reason.propertyOf': "{type}のプロパティ '{name}' は読み取れません",
  'reason.notInTemplate': "'{name}' はテンプレートで設定されていないため、デプロイ後の値を知っているのは Azure だけです",
  'reason.noProperty': "オブジェクトにプロパティ '{name}' がありません (あるのは {keys})",
  'reason.deployedOnly': '{what}。これはテンプレートにないため、デプロイ後の値を知っているのは Azure だけです',
  'reason.arrayIndexType': '配列のインデックスには整数が必要ですが、{type}です',
  'reason.indexOutside': 'インデックス {index} が配列の範囲外です (長さ {length})',
  'reason.objectIndexType': 'オブジェクトのインデックスには文字列のキーが必要ですが、{type}です',
  'reason.noKey': "オブジェクトにキー '{key}' がありません (あるのは {keys})",
  'reason.cannotIndex': '{type}にはインデックスを使用できません',
  'reason.ifArity': 'if() の引数は 3 個ですが、{got} 個指定されています',
  'reason.ifCondition': 'if() の条件にはブール値が必要ですが、{type}です',
  'reason.lambdaVariablesArity': 'lambdaVariables() の引数は 1 個ですが、{got} 個指定されています',
  'reason.lambdaVariablesOutside': "lambdaVariables('{name}') がその変数を持つラムダの外で使用されています",
  'reason.lambdaOutside': 'lambda() は map、filter、reduce、sort、toObject、mapValues の引数としてのみ使用できます',
  'reason.noUserFunction': 'テンプレートに関数 {name}() が定義されていません',
  'reason.listFunction': '{name}() は Azure だけが知っているキーまたはシークレットを返します',
  'reason.unsupportedFunction': 'Floatplan は関数 {name}() を評価しません',
  'reason.lambdaExpected': "ここには lambda('name', …, body) が必要です",
  'reason.lambdaNames': 'lambda() の変数名は文字列です',
  'reason.logicArity': '{fn}() には 2 個以上の引数が必要ですが、{got} 個です',
  'reason.logicType': '{fn}() はブール値を組み合わせますが、{type}が指定されています',
  'reason.argType': '{fn}() の引数 {index} には{expected}が必要ですが、{type}{value} です',
  'reason.arity.one': '{fn}() の引数は {expected} 個ですが、{got} 個指定されています',
  'reason.arity.many': '{fn}() の引数は {expected} 個ですが、{got} 個指定されています',
  'reason.arity.atLeast': '{min} 個以上',
  'reason.arity.range': '{min} から {max}',
  'ref.unresolved':
    '{what} はロード バランサー「{loadBalancer}」のフロントエンド「{frontend}」を指していますが、そのロード バランサーはインポートした中にありません。参照は除外しました。そのロード バランサーも一緒に (--lb なしで) インポートするか、キャンバスで参照を引いてください。',
  'ref.unreadable':
    '{what} はロード バランサーのフロントエンドの ID ではありません ({id})。参照は除外しました。フロントエンド IP 構成の ID (…/loadBalancers/<名前>/frontendIPConfigurations/<フロントエンド>) を指定してください。',
  'ref.frontendChain': 'フロントエンド「{name}」のゲートウェイ チェーン (gatewayLoadBalancer)',
  'ref.nicChain': 'NIC「{nic}」のゲートウェイ チェーン (gatewayLoadBalancer)',
  'ref.globalMember': 'グローバル プール「{pool}」のバックエンド アドレス (loadBalancerFrontendIPConfiguration)',
};
