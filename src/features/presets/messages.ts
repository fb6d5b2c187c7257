import { defineMessages } from '../../core/i18n/locale';

/** Texts of the examples picker, with each shipped example's name. */
export const messages = defineMessages(
  {
    example: 'Example',
    exampleHidden: ' topology',
    choose: 'Choose an example…',
    loading: 'Loading {name}…',
    failed: 'Could not load “{name}” ({file}). Still showing {showing}.',
    showingPreset: '“{name}”',
    yourTopology: 'your topology',
    'type2-floating-ip.json': 'Rule type 2: two frontends, floating IP on',
    'type1-no-port-reuse.json': 'Rule type 1: two frontends, floating IP off',
    'sql-always-on.json': 'SQL Server Always On listener',
    'sap-ascs-ers.json': 'SAP ASCS/ERS on a Pacemaker cluster',
    'tls-endpoints.json': 'Several TLS endpoints on the same VMs',
    'nva-ha-ports.json': 'Network virtual appliances behind HA ports',
  },
  {
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
  },
);
