import { defineMessages } from '../i18n/locale';

/**
 * Texts of topology load errors. The `expected.*` English texts are the schema's own messages, word for word:
 * the loader finds the key of a schema message by its English text (see load.ts), so keep the two in step.
 */
export const messages = defineMessages(
  {
    json: 'not valid JSON ({detail})',
    notObject: 'expected a JSON object with "version": {version}, got {got}',
    versionMissing: 'missing; a Floatplan topology starts with "version": {version}',
    versionUnsupported:
      'unsupported version {got}: this Floatplan reads version {version} files. ' +
      'Open it with the Floatplan release that wrote it, or convert it to version 1.',
    unknownField: 'unknown field; remove it or check its spelling',
    missing: 'missing; {expected}',
    wrong: '{expected}, got {got}',
    'got.list': 'a list',
    'got.undefined': 'nothing (undefined)',
    tooLarge:
      'too large: {count} characters, and Floatplan reads topologies of up to {max} characters (far more than a plan at every Azure limit needs). ' +
      'Nothing was opened; open a smaller topology, or remove what the plan does not need (layout, unused VMs).',
    tooMany:
      'too many {what}: {count}, and Floatplan reads at most {max}, more than one Azure load balancer can use. ' +
      'Nothing was opened; split the plan into several smaller ones.',
    moreErrors: 'and {count} more problems; fix these and open it again to see the rest',
    moreErrorsUncounted: 'and perhaps more problems: the document is too large to list them all; fix this one and open it again',
    'what.frontends': 'frontends',
    'what.rules': 'rules (load-balancing and inbound NAT together)',
    'what.poolMembers': 'members in one backend pool',
    'what.backendPools': 'backend pools',
    'what.probes': 'health probes',
    'what.vms': 'VMs',
    'got.object': 'an object',
    required: 'this field is required',
    // Fallbacks for a message of the validation library itself, by the kind of value it wanted.
    'expected.object': 'expected an object',
    'expected.array': 'expected a list',
    'expected.value': 'expected a different value',
    // The schema's messages.
    'expected.integer': 'expected an integer',
    'expected.string': 'expected a string',
    'expected.boolean': 'expected true or false',
    'expected.name': 'expected a name',
    'expected.nonEmptyName': 'expected a non-empty name',
    'expected.ip': 'expected an IP address',
    'expected.sku': 'expected "Standard", "Basic" or "Gateway"',
    'expected.frontendIpHolder': 'expected "every-member", "cluster-windows", "cluster-pacemaker" or "appliance"',
    'expected.lbType': 'expected "Public" or "Internal"',
    'expected.member': 'expected a VM name or { "vm": "<name>", "ip": "<address>" }',
    'expected.members': 'expected a list of members',
    'expected.probeProtocol': 'expected "Tcp", "Http" or "Https"',
    'expected.reference': 'expected a name, or "" when not connected yet',
    'expected.ruleProtocol': 'expected "Tcp", "Udp" or "All"',
    'expected.distribution': 'expected "Default", "SourceIP" or "SourceIPProtocol"',
    'expected.ips': 'expected a list of IP addresses',
    'expected.os': 'expected one of windows, ubuntu, rhel, suse, debian, linux',
    'expected.number': 'expected a number',
    'expected.one': 'expected 1',
    'expected.frontends': 'expected a list of frontends',
    'expected.backendPools': 'expected a list of backend pools',
    'expected.probes': 'expected a list of probes',
    'expected.rules': 'expected a list of rules',
    'expected.inboundNatRules': 'expected a list of inbound NAT rules',
    'expected.vms': 'expected a list of VMs',
    'expected.positions': 'expected an object of positions',
  },
  {
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
  },
);

export type LoadMessageKey = keyof typeof messages.en;
