import type { Catalog } from '../i18n/catalog';
import type { canvasSvgEn, nodeBadgesEn } from './canvasSvgMessages.en';

/** A node's badges and notes in Japanese, shared by the canvas and its vector SVG. */
export const nodeBadgesJa: Catalog<typeof nodeBadgesEn> = {
  floatingOn: 'フローティング IP 有効',
  floatingOff: 'フローティング IP 無効',
  haPorts: 'HA ポート',
  'members.one': 'メンバー 1 個',
  'members.other': 'メンバー {n} 個',
  'holder.cluster-windows': 'WSFC クラスター',
  'holder.cluster-pacemaker': 'Pacemaker クラスター',
  'holder.appliance': 'アプライアンス',
  'errors.one': 'エラー 1 件',
  'errors.other': 'エラー {n} 件',
  'warnings.one': '警告 1 件',
  'warnings.other': '警告 {n} 件',
};

/** The words of the canvas as a vector SVG in Japanese (Microsoft's terms); a missing or extra key fails the typecheck. */
export const canvasSvgJa: Catalog<typeof canvasSvgEn> = {
  title: 'Floatplan キャンバス: {name}',
  desc: 'ロード バランサー {lb}: 要素 {nodes} 個と接続 {wires} 本、そのエラーと警告。',
  descDesign: 'ロード バランサー {lbs}: 要素 {nodes} 個と接続 {wires} 本 (ロード バランサーごとに枠で囲む)、そのエラーと警告。',
  'kind.frontend': 'フロントエンド',
  'kind.rule': '負荷分散規則',
  'kind.natRule': '受信 NAT 規則',
  'kind.backendPool': 'バックエンド プール',
  'kind.vm': '仮想マシン',
  'kind.probe': '正常性プローブ',
  ...nodeBadgesJa,
};
