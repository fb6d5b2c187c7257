import type { Translation } from '../../i18n/catalog';
import type { en } from './messages.en';

/** The Japanese texts, fetched when the user picks Japanese; Microsoft's terms from its Japanese floating IP page. */
export const ja: Translation<typeof en> = {
  example: 'サンプル',
  exampleHidden: ' トポロジ',
  choose: 'サンプルを選択…',
  loading: '{name} を読み込んでいます…',
  failed: '「{name}」({file}) を読み込めませんでした。引き続き {showing} を表示しています。',
  showingPreset: '「{name}」',
  yourTopology: '作業中のトポロジ',
  'type2-floating-ip.json': '規則タイプ 2: 2 つのフロントエンド、フローティング IP 有効',
  'type1-no-port-reuse.json': '規則タイプ 1: 2 つのフロントエンド、フローティング IP 無効',
  'sql-always-on.json': 'SQL Server Always On リスナー',
  'sap-ascs-ers.json': 'Pacemaker クラスター上の SAP ASCS/ERS',
  'tls-endpoints.json': '同じ VM 上の複数の TLS エンドポイント',
  'nva-ha-ports.json': 'HA ポートの背後にあるネットワーク仮想アプライアンス',
  'nva-sandwich.json': 'NVA サンドイッチ: 同じアプライアンス上のパブリックと内部のロード バランサー',
  'cross-region.json': 'リージョン間: 2 つのリージョン ロード バランサーの上のグローバル ロード バランサー',
};
