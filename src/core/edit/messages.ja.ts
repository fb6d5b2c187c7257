import type { Catalog } from '../i18n/catalog';
import type { editEn } from './messages.en';

/** The texts of editing notices in Japanese; a missing or extra key fails the typecheck. */
export const editJa: Catalog<typeof editEn> = {
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
  'wrongTarget.natRule':
    '受信 NAT 規則の接続先は VM です。{target} には接続できません。接続の順序はフロントエンド → 受信 NAT 規則 → VM です。',
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
  'probe.inUse':
    '正常性プローブ {probe} は {rules} で使われています。規則が使っているプローブは Azure で削除できません。先にそれらの規則に別のプローブを指定してください (またはプローブなし)。',
  'rename.empty': '名前を空にすることはできません。',
  'rename.spaces': '名前の先頭と末尾に空白は使用できません。',
  'rename.taken': '「{name}」という名前の{kind}が既にあります。',
  'rename.invalid':
    '英字、数字、アンダースコア、ピリオド、ハイフンを 1 から 80 文字で使用してください。先頭は英字か数字にし、末尾をピリオドやハイフンにすることはできません (Azure の名前付け規則)。',
  'kind.loadBalancer': 'ロードバランサー',
  'lb.last': '設計にはロードバランサーが少なくとも 1 つ必要です。{name} を削除する前に別のロードバランサーを追加してください。',
  'lb.gone': '{name} という名前のロードバランサーはありません。',
  'across.wrong':
    'ロードバランサー間の接続は、パブリック フロントエンドからゲートウェイ ロードバランサーのフロントエンドへ、またはリージョンのフロントエンドからグローバル ロードバランサーのバックエンド プールへのどちらかです。規則と受信 NAT 規則は同じロードバランサーの中で接続してください。',
  'across.notGateway':
    'ロードバランサー {lb} はゲートウェイ ロードバランサーではありません。フロントエンドはゲートウェイ ロードバランサーのフロントエンドにだけチェーンできます。',
  'across.notPublic':
    'ゲートウェイ ロードバランサーにチェーンできるのはパブリック フロントエンドだけですが、{lb} は内部ロードバランサーです。',
  'across.sameChain': 'フロントエンド {frontend} は既に {target} にチェーンされています。',
  'across.movesChain': 'フロントエンド {frontend} のチェーン先が {from} から {to} に変わります。',
  'across.notGlobal':
    'ロードバランサー {lb} はリージョンのロードバランサーです。他のロードバランサーのフロントエンドを持てるのはグローバル (リージョン間) ロードバランサーのバックエンド プールだけです。',
  'across.fromGlobal':
    'フロントエンド {frontend} はグローバル ロードバランサーのものです。グローバルのプールにはリージョンのロードバランサーのフロントエンドを入れます。',
  'across.alreadyMember': '{lb} のフロントエンド {frontend} は既にバックエンド プール {pool} にあります。',
  'move.probeInUse':
    '正常性プローブ {probe} は {rules} で使われています。規則は同じロードバランサーのプローブだけを使えます。先にそれらの規則に別のプローブを指定してください (またはプローブなし)。',
};
