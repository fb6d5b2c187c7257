import type { Catalog } from '../i18n/catalog';
import type { loadEn } from './messages.en';

/** The load error texts in Japanese; a missing or extra key fails the typecheck. */
export const loadJa: Catalog<typeof loadEn> = {
  json: 'JSON として正しくありません ({detail})',
  notObject: '"version": {version} を含む JSON オブジェクトが必要ですが、{got} でした',
  versionMissing: 'ありません。Floatplan のトポロジは "version": {version} で始まります',
  versionUnsupported:
    'バージョン {got} には対応していません。この Floatplan が読み込めるのはバージョン {version} のファイルです。' +
    'そのファイルを書き出した Floatplan のリリースで開くか、バージョン 1 に変換してください。',
  unknownField: '不明なフィールドです。削除するか、つづりを確認してください',
  missing: 'ありません。{expected}',
  wrong: '{expected}が、{got} でした',
  'got.list': 'リスト',
  'got.undefined': '値なし',
  tooLarge:
    '大きすぎます: {count} 文字ありますが、Floatplan が読み込めるトポロジは {max} 文字までです (Azure のすべての上限に達する構成でも十分に収まる大きさです)。' +
    '何も開いていません。より小さいトポロジを開くか、不要なもの (レイアウト、使っていない VM) を取り除いてください。',
  tooMany:
    '{what}が多すぎます: {count} 個ありますが、Floatplan が読み込めるのは {max} 個までで、1 つの Azure ロード バランサーで使える数を超えています。' +
    '何も開いていません。計画をいくつかの小さな計画に分けてください。',
  fetch: '{url} を取得できませんでした ({detail})',
  fetchStatus: '{url} を取得できませんでした: HTTP {status}',
  moreErrors: 'ほかに {count} 件の問題があります。これらを直してもう一度開くと、残りが表示されます',
  moreErrorsUncounted: 'ほかにも問題があるかもしれません。文書が大きすぎてすべては挙げられません。この問題を直してもう一度開いてください',
  'what.frontends': 'フロントエンド',
  'what.rules': '規則 (負荷分散規則と受信 NAT 規則の合計)',
  'what.poolMembers': '1 つのバックエンド プールのメンバー',
  'what.backendPools': 'バックエンド プール',
  'what.probes': '正常性プローブ',
  'what.vms': 'VM',
  'got.object': 'オブジェクト',
  required: 'このフィールドは必須です',
  'expected.object': 'オブジェクトが必要です',
  'expected.array': 'リストが必要です',
  'expected.value': '別の値が必要です',
  'expected.integer': '整数が必要です',
  'expected.string': '文字列が必要です',
  'expected.boolean': 'true または false が必要です',
  'expected.name': '名前が必要です',
  'expected.nonEmptyName': '空でない名前が必要です',
  'expected.ip': 'IP アドレスが必要です',
  'expected.sku': '"Standard"、"Basic"、"Gateway" のいずれかが必要です',
  'expected.frontendIpHolder': '"every-member"、"cluster-windows"、"cluster-pacemaker"、"appliance" のいずれかが必要です',
  'expected.lbType': '"Public" または "Internal" が必要です',
  'expected.member': 'VM 名または { "vm": "<name>", "ip": "<address>" } が必要です',
  'expected.members': 'メンバーのリストが必要です',
  'expected.probeProtocol': '"Tcp"、"Http"、"Https" のいずれかが必要です',
  'expected.reference': '名前 (まだ接続していない場合は "") が必要です',
  'expected.ruleProtocol': '"Tcp"、"Udp"、"All" のいずれかが必要です',
  'expected.distribution': '"Default"、"SourceIP"、"SourceIPProtocol" のいずれかが必要です',
  'expected.ips': 'IP アドレスのリストが必要です',
  'expected.os': 'windows、ubuntu、rhel、suse、debian、linux のいずれかが必要です',
  'expected.number': '数値が必要です',
  'expected.one': '1 が必要です',
  'expected.frontends': 'フロントエンドのリストが必要です',
  'expected.backendPools': 'バックエンド プールのリストが必要です',
  'expected.probes': '正常性プローブのリストが必要です',
  'expected.rules': '負荷分散規則のリストが必要です',
  'expected.inboundNatRules': '受信 NAT 規則のリストが必要です',
  'expected.vms': 'VM のリストが必要です',
  'expected.positions': '位置のオブジェクトが必要です',
};
