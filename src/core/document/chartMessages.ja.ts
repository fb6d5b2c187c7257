import type { Catalog } from '../i18n/catalog';
import type { chartEn } from './chartMessages.en';

/** The words of the draw.io and Mermaid diagrams, in Japanese (Microsoft's terms from the Japanese floating IP page). */
export const chartJa: Catalog<typeof chartEn> = {
  'label.frontend': 'フロントエンド {name}',
  'label.rule': '負荷分散規則 {name}',
  'label.natRule': '受信 NAT 規則 {name}',
  'label.backendPool': 'バックエンド プール {name}',
  'label.vm': '仮想マシン {name}',
  'label.probe': '正常性プローブ {name}',
  floatingOn: 'フローティング IP 有効',
  floatingOff: 'フローティング IP 無効',
  haPorts: 'HA ポート',
  'holder.every-member': '全メンバーが IP を保持',
  'holder.cluster-windows': 'WSFC クラスター',
  'holder.cluster-pacemaker': 'Pacemaker クラスター',
  'holder.appliance': 'アプライアンス',
  title: 'ロード バランサー {name}',
  designTitle: '設計 {name}',
  'ref.gateway': 'ゲートウェイ チェーン',
  'ref.nic': 'ゲートウェイ チェーン',
  'ref.global': 'グローバル プールのメンバー',
};
