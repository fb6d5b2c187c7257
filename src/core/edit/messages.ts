import { defineMessages } from '../i18n/locale';

/**
 * Texts of the editing rules: wiring refusals and notes, delete impact, rename refusals. English is what the CLI
 * and the tests see, so changing an English text changes their output.
 */
export const messages = defineMessages(
  {
    'kind.frontend': 'frontend',
    'kind.rule': 'rule',
    'kind.natRule': 'inbound NAT rule',
    'kind.backendPool': 'backend pool',
    'kind.vm': 'VM',
    'kind.probe': 'health probe',
    // A kind with its article, for "not to {target}".
    'a.frontend': 'a frontend',
    'a.rule': 'a rule',
    'a.natRule': 'an inbound NAT rule',
    'a.backendPool': 'a backend pool',
    'a.vm': 'a VM',
    notConnectable: 'Only frontends, rules, inbound NAT rules, backend pools and VMs can be connected.',
    gone: 'That element no longer exists.',
    'wrongTarget.frontend':
      'A frontend connects to a rule or an inbound NAT rule, not to {target}. The chains are frontend → rule → backend pool → VM and frontend → inbound NAT rule → VM.',
    'wrongTarget.rule': 'A rule connects to a backend pool, not to {target}. The chain is frontend → rule → backend pool → VM.',
    'wrongTarget.natRule': 'An inbound NAT rule connects to a VM, not to {target}. The chain is frontend → inbound NAT rule → VM.',
    'wrongTarget.backendPool': 'A backend pool connects to a VM, not to {target}. The chain is frontend → rule → backend pool → VM.',
    vmIsEnd:
      'A VM is the end of the chain: connect a backend pool or an inbound NAT rule to it instead (frontend → rule → backend pool → VM, frontend → inbound NAT rule → VM).',
    sameFrontend: 'Rule {rule} already uses frontend {frontend}.',
    movesFrontend: 'Rule {rule} moves from frontend {from} to {to}.',
    samePool: 'Rule {rule} already sends to backend pool {pool}.',
    movesPool: 'Rule {rule} moves from backend pool {from} to {to}.',
    alreadyMember: 'VM {vm} is already in backend pool {pool}.',
    'nat.sameFrontend': 'Inbound NAT rule {rule} already uses frontend {frontend}.',
    'nat.movesFrontend': 'Inbound NAT rule {rule} moves from frontend {from} to {to}.',
    'nat.sameVm': 'Inbound NAT rule {rule} already forwards to VM {vm}.',
    'nat.movesVm': 'Inbound NAT rule {rule} moves from VM {from} to {to}: a NAT rule forwards to one VM.',
    'impact.frontend': 'Rule {rule} loses its frontend.',
    'impact.backendPool': 'Rule {rule} loses its backend pool.',
    'impact.vm': 'VM {vm} leaves backend pool {pool}.',
    'impact.natFrontend': 'Inbound NAT rule {rule} loses its frontend.',
    'impact.natTarget': 'Inbound NAT rule {rule} loses its target VM {vm}.',
    'probe.inUse': 'Health probe {probe} is used by {rules}; Azure refuses to delete a probe a rule uses. Give those rules another probe (or none) first.',
    'rename.empty': 'A name cannot be empty.',
    'rename.spaces': 'A name cannot start or end with spaces.',
    'rename.taken': 'Another {kind} is already named "{name}".',
    'rename.invalid':
      'Use 1-80 letters, digits, underscores, periods or hyphens, starting with a letter or digit and not ending with a period or hyphen (Azure naming rules).',
  },
  {
    'kind.frontend': 'フロントエンド',
    'kind.rule': '負荷分散規則',
    'kind.natRule': '受信 NAT 規則',
    'kind.backendPool': 'バックエンド プール',
    'kind.vm': 'VM',
    'kind.probe': '正常性プローブ',
    'a.frontend': 'フロントエンド',
    'a.rule': '負荷分散規則',
    'a.natRule': '受信 NAT 規則',
    'a.backendPool': 'バックエンド プール',
    'a.vm': 'VM',
    notConnectable: '接続できるのはフロントエンド、負荷分散規則、受信 NAT 規則、バックエンド プール、VM だけです。',
    gone: 'その要素はもう存在しません。',
    'wrongTarget.frontend':
      'フロントエンドの接続先は負荷分散規則か受信 NAT 規則です。{target} には接続できません。接続の順序はフロントエンド → 負荷分散規則 → バックエンド プール → VM、またはフロントエンド → 受信 NAT 規則 → VM です。',
    'wrongTarget.rule':
      '負荷分散規則の接続先はバックエンド プールです。{target} には接続できません。接続の順序はフロントエンド → 負荷分散規則 → バックエンド プール → VM です。',
    'wrongTarget.natRule': '受信 NAT 規則の接続先は VM です。{target} には接続できません。接続の順序はフロントエンド → 受信 NAT 規則 → VM です。',
    'wrongTarget.backendPool':
      'バックエンド プールの接続先は VM です。{target} には接続できません。接続の順序はフロントエンド → 負荷分散規則 → バックエンド プール → VM です。',
    vmIsEnd:
      'VM は接続の終点です。代わりにバックエンド プールか受信 NAT 規則から VM へ接続してください (フロントエンド → 負荷分散規則 → バックエンド プール → VM、フロントエンド → 受信 NAT 規則 → VM)。',
    sameFrontend: '規則 {rule} は既にフロントエンド {frontend} を使用しています。',
    movesFrontend: '規則 {rule} のフロントエンドが {from} から {to} に変わります。',
    samePool: '規則 {rule} は既にバックエンド プール {pool} に送信しています。',
    movesPool: '規則 {rule} のバックエンド プールが {from} から {to} に変わります。',
    alreadyMember: 'VM {vm} は既にバックエンド プール {pool} に含まれています。',
    'nat.sameFrontend': '受信 NAT 規則 {rule} は既にフロントエンド {frontend} を使用しています。',
    'nat.movesFrontend': '受信 NAT 規則 {rule} のフロントエンドが {from} から {to} に変わります。',
    'nat.sameVm': '受信 NAT 規則 {rule} は既に VM {vm} に転送しています。',
    'nat.movesVm': '受信 NAT 規則 {rule} の転送先が VM {from} から {to} に変わります。受信 NAT 規則の転送先は 1 台の VM です。',
    'impact.frontend': '規則 {rule} のフロントエンドがなくなります。',
    'impact.backendPool': '規則 {rule} のバックエンド プールがなくなります。',
    'impact.vm': 'VM {vm} がバックエンド プール {pool} から外れます。',
    'impact.natFrontend': '受信 NAT 規則 {rule} のフロントエンドがなくなります。',
    'impact.natTarget': '受信 NAT 規則 {rule} の転送先 VM {vm} がなくなります。',
    'probe.inUse': '正常性プローブ {probe} は {rules} で使われています。規則が使っているプローブは Azure で削除できません。先にそれらの規則に別のプローブを指定してください (またはプローブなし)。',
    'rename.empty': '名前を空にすることはできません。',
    'rename.spaces': '名前の先頭と末尾に空白は使用できません。',
    'rename.taken': '「{name}」という名前の{kind}が既にあります。',
    'rename.invalid':
      '英字、数字、アンダースコア、ピリオド、ハイフンを 1 から 80 文字で使用してください。先頭は英字か数字にし、末尾をピリオドやハイフンにすることはできません (Azure の名前付け規則)。',
  },
);

export type EditMessageKey = keyof typeof messages.en;
