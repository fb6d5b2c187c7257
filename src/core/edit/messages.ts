import { defineMessages } from '../i18n/locale';

/**
 * Texts of the editing rules: wiring refusals and notes, delete impact, rename refusals. English is what the CLI
 * and the tests see, so changing an English text changes their output.
 */
export const messages = defineMessages(
  {
    'kind.frontend': 'frontend',
    'kind.rule': 'rule',
    'kind.backendPool': 'backend pool',
    'kind.vm': 'VM',
    notConnectable: 'Only frontends, rules, backend pools and VMs can be connected.',
    gone: 'That element no longer exists.',
    wrongTarget: 'A {source} connects to a {next}, not to a {target}. The chain is frontend → rule → backend pool → VM.',
    vmIsEnd: 'A VM is the end of the chain: connect a backend pool to it instead (frontend → rule → backend pool → VM).',
    sameFrontend: 'Rule {rule} already uses frontend {frontend}.',
    movesFrontend: 'Rule {rule} moves from frontend {from} to {to}.',
    samePool: 'Rule {rule} already sends to backend pool {pool}.',
    movesPool: 'Rule {rule} moves from backend pool {from} to {to}.',
    alreadyMember: 'VM {vm} is already in backend pool {pool}.',
    'impact.frontend': 'Rule {rule} loses its frontend.',
    'impact.backendPool': 'Rule {rule} loses its backend pool.',
    'impact.vm': 'VM {vm} leaves backend pool {pool}.',
    'rename.empty': 'A name cannot be empty.',
    'rename.spaces': 'A name cannot start or end with spaces.',
    'rename.taken': 'Another {kind} is already named "{name}".',
    'rename.invalid':
      'Use 1-80 letters, digits, underscores, periods or hyphens, starting with a letter or digit and not ending with a period or hyphen (Azure naming rules).',
  },
  {
    'kind.frontend': 'フロントエンド',
    'kind.rule': '負荷分散規則',
    'kind.backendPool': 'バックエンド プール',
    'kind.vm': 'VM',
    notConnectable: '接続できるのはフロントエンド、負荷分散規則、バックエンド プール、VM だけです。',
    gone: 'その要素はもう存在しません。',
    wrongTarget:
      '{source} の接続先は {next} です。{target} には接続できません。接続の順序はフロントエンド → 負荷分散規則 → バックエンド プール → VM です。',
    vmIsEnd: 'VM は接続の終点です。代わりにバックエンド プールから VM へ接続してください (フロントエンド → 負荷分散規則 → バックエンド プール → VM)。',
    sameFrontend: '規則 {rule} は既にフロントエンド {frontend} を使用しています。',
    movesFrontend: '規則 {rule} のフロントエンドが {from} から {to} に変わります。',
    samePool: '規則 {rule} は既にバックエンド プール {pool} に送信しています。',
    movesPool: '規則 {rule} のバックエンド プールが {from} から {to} に変わります。',
    alreadyMember: 'VM {vm} は既にバックエンド プール {pool} に含まれています。',
    'impact.frontend': '規則 {rule} のフロントエンドがなくなります。',
    'impact.backendPool': '規則 {rule} のバックエンド プールがなくなります。',
    'impact.vm': 'VM {vm} がバックエンド プール {pool} から外れます。',
    'rename.empty': '名前を空にすることはできません。',
    'rename.spaces': '名前の先頭と末尾に空白は使用できません。',
    'rename.taken': '「{name}」という名前の{kind}が既にあります。',
    'rename.invalid':
      '英字、数字、アンダースコア、ピリオド、ハイフンを 1 から 80 文字で使用してください。先頭は英字か数字にし、末尾をピリオドやハイフンにすることはできません (Azure の名前付け規則)。',
  },
);

export type EditMessageKey = keyof typeof messages.en;
