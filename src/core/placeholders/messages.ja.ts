import type { Catalog } from '../i18n/catalog';
import type { placeholderEn } from './messages.en';

/** プレースホルダー値についての文言(キー `placeholder.*`)。 */
export const placeholderJa: Catalog<typeof placeholderEn> = {
  value:
    '{element} の {field} は実際の値ではなくプレースホルダーです: {reason}(出所: {source})。プランを開くためだけに {value} になっています。' +
    '実際の値に置き換えてください: {fix}',
  'reason.unresolved': '定義はインポート時に与えられなかった値からこれを計算します',
  'reason.allocatedByAzure': 'Azure がデプロイ時に割り当てます',
  'reason.missing': '定義に書かれていません',
  'reason.invalid': '定義の値が有効ではありません',
  'fix.unresolved': 'パラメーターか変数に値を与えて再インポートするか、インスペクターで値を入力してください。',
  'fix.allocatedByAzure':
    'Azure が割り当てたアドレスを調べ(Azure portal、`az network lb frontend-ip list` または `az network nic ip-config list`)、インスペクターで入力してください。',
  'fix.missing': 'インスペクターで入力してください。',
  'fix.invalid': 'インスペクターで有効な値を入力してください。',
  'element.frontend': 'フロントエンド "{name}"',
  'element.backendPool': 'バックエンドプール "{name}"',
  'element.probe': 'プローブ "{name}"',
  'element.rule': 'ルール "{name}"',
  'element.natRule': 'インバウンド NAT ルール "{name}"',
  'element.vm': 'VM "{name}"',
  scriptRefused:
    'VM "{vm}" のスクリプトは作成しません: プレースホルダーの値を実際の値としてゲストに書き込んでしまうためです: {values}(値 = 要素.フィールド ← 出所)。' +
    '実際の値に置き換えると(診断の PlaceholderValue を参照)スクリプトが作成されます。',
  exportInput:
    '{element} の {field} はプレースホルダー({value})です。エクスポートはこれを書き込まず、必須の入力 {input} として求めます。' +
    'デプロイ時に実際の値を与えるか、先に Floatplan で置き換えてください。',
  nodeBadge: 'プレースホルダー',
  nodeLabel: 'インポートで分からなかったプレースホルダーの値があります: {fields}',
  nodeField: '{field}({reason})',
};
