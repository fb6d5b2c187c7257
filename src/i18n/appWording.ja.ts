import type { appWordingEn } from './appWording.en';

/** The app's Japanese for the core texts that name command-line options (same keys as appWording.en.ts). */
export const appWordingJa: { readonly [K in keyof typeof appWordingEn]: string } = {
  'import.shape.parametersFile': 'パラメーター ファイルです。テンプレートの横の「パラメーター ファイル」で選択してください',
  'import.reason.parameterNoValue': "パラメーター '{name}' に値がありません。パラメーター フォームに入力してください",
  'import.arm.parameterNoValue':
    "パラメーター '{name}' に値がありません: テンプレートに defaultValue がなく、値も指定されていません。これから作られるものはすべてマーク付きのプレースホルダーとして残ります。パラメーター フォームに値を入力してください。",
  'import.arm.paramsFileJson':
    'パラメーター ファイルが有効な JSON ではありません ({detail})。その値は使われていません。ファイルを修正するか、パラメーター フォームに値を入力してください。',
  'import.arm.paramUnknown':
    '「{name}」はこのテンプレートのどのパラメーターでもないため、その値は無視しました。テンプレートのパラメーター: {list}。',
  'import.arm.paramType': "値「{text}」はパラメーター '{name}' に合いません: 型が {type} なので、値は {expected} である必要があります。",
  'import.arm.origin.--param': ' (パラメーター フォームから)',
  'import.arm.allowedValues':
    "パラメーター '{name}' は {value}{where} ですが、allowedValues の {allowed} のどれでもありません。Azure はデプロイを拒否します。パラメーター フォームで許可された値を選んでください。",
  'import.arm.copyCount':
    '{path} は回数を評価できないコピー ループです ({why})。コピーは含めていません。不足している値をパラメーター フォームに入力してください。',
  'import.arm.hintFix':
    '実際の値をインポートするには、パラメーター フォームに {names} を入力してください (またはパラメーター ファイルを選択してください)。',
  'import.arm.secondLoadBalancer':
    '"{name}" ({label}) はインポートしていません。ファイルの別のロード バランサーが選ばれています。すべてのロード バランサーを 1 つのトポロジーにするには、上の「ロード バランサー」の一覧で「すべて」を選んでください。',
  'import.tf.secondLoadBalancer':
    '{other} は別のロード バランサーです。インポートしたのは {lb} だけです。すべてのロード バランサーを 1 つのトポロジーにするには、上の「ロード バランサー」の一覧で「すべて」を選んでください。',
  'import.ref.unresolved':
    '{what} はロード バランサー「{loadBalancer}」のフロントエンド「{frontend}」を指していますが、そのロード バランサーはインポートした中にありません。参照は除外しました。上の「ロード バランサー」の一覧で「すべて」を選んで一緒にインポートするか、キャンバスで参照を引いてください。',
  'import.tf.paramUnknown': '「{name}」はこのファイルの変数ではないため、その値は何も変えません。つづりを確認してください{known}。',
  'import.tf.reason.variableNoDefault': '変数 "{name}" には既定値がなく、値も指定されていません。パラメーター フォームに入力してください',
  'import.tf.reason.variableUndeclared':
    '変数 "{name}" はこのファイルで宣言されておらず、値も指定されていません。パラメーター フォームの下に name=value の行で指定するか、宣言しているファイルも一緒にインポートしてください',
};
