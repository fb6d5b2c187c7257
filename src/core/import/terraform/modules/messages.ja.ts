import type { Catalog } from '../../../i18n/catalog';
import type { importTerraformModulesEn } from './messages.en';

/** Texts of the Terraform importer about module calls and network facts (keys `import.tfm.*`), in Japanese. */
export const importTerraformModulesJa: Catalog<typeof importTerraformModulesEn> = {
  'tfm.expanded':
    '{address} はロード バランサー モジュール {module} を呼び出しています。そのモジュールが作成するリソースとしてインポートし、呼び出しで設定されていない値にはモジュール自身の既定値を使いました。',
  'tfm.byShape':
    '{address} のソースはローカル パス「{source}」です。入力が {module} のものと一致するため、そのモジュールとして読み取りました。別のモジュールの場合は、そのモジュール自身のファイルをインポートしてください。',
  'tfm.otherModule':
    '{address} (ソース「{source}」) は別のモジュールです。そのリソースはこのファイルになく、インポートされません。' +
    'Floatplan が展開するのはロード バランサー モジュール Azure/avm-res-network-loadbalancer/azurerm と Azure/loadbalancer/azurerm だけです。ロード バランサーがそのモジュールにある場合は、モジュール自身のファイルをインポートしてください。',
  'tfm.repeated': '{address} は {meta} を使っています。ロード バランサー モジュールは書かれたとおりに 1 回だけ展開しました。',
  'tfm.inputExpression':
    '{path} はファイルに書き出された値ではなく式 ({expression}) のため、含まれる{what}を読み取れず、インポートしませんでした。モジュール呼び出しに値を書き出すか、モジュールのリソースを指定してください。',
  'tfm.what.frontends': 'フロントエンド',
  'tfm.what.pools': 'バックエンド プール',
  'tfm.what.probes': '正常性プローブ',
  'tfm.what.rules': '負荷分散規則',
  'tfm.what.other': '要素',
  'tfm.noPoolKey':
    '{path} はバックエンド プール「{name}」を指定していますが、backend_address_pools のキーではありません。この参照は除外しました。',
  'tfm.noProbeKey':
    '{path} は正常性プローブ「{name}」を指定していますが、lb_probes のキーではありません。規則は正常性プローブなしでインポートしました。',
  'tfm.floatingDefault':
    '規則「{name}」({path}) は enable_floating_ip を設定していないため、フローティング IP はオフです (モジュールの既定値)。SQL Always On リスナーなどの DSR ワークロードではオンにする必要があります。',
  'tfm.classicFloating':
    '{address} は lb_floating_ip_enabled を設定していないため、作成されるすべての規則でフローティング IP はオフです (モジュールの既定値)。SQL Always On リスナーなどの DSR ワークロードではオンにする必要があります。',
  'tfm.noLoadBalancer':
    'ロード バランサーが見つかりません: このファイルには azurerm_lb も、その規則、正常性プローブ、プールも、ロード バランサー モジュールの呼び出しもありません。呼び出しているのは {modules} です。ロード バランサーがそこで作成される場合は、そのモジュール自身のファイルをインポートしてください。',
  'tfm.onlyDeclarations':
    'ロード バランサーが見つかりません: このファイルにはリソースもモジュール呼び出しもなく、変数 {variables} 個、出力 {outputs} 個、その他のブロック {other} 個 (provider、terraform、locals) だけがあります。' +
    'リソースがほかの .tf ファイルにある構成の 1 ファイルです。ディレクトリごと、またはすべての .tf ファイルをまとめてインポートしてください。',
  'tfm.nicGatewayChain':
    'IP 構成 {path} はゲートウェイ ロード バランサー ({target}) にチェーンされていますが、NIC のプライマリ IP 構成ではありません。トポロジの VM はプライマリ IP 構成に 1 つのチェーンだけを持つため、このチェーンは除外しました。VM に必要であればキャンバスで描いてください。',
  'tfm.tunnels':
    'バックエンド プール「{name}」にはトンネル インターフェイスが {count} 個あります (種類/プロトコル/ポート/識別子: {list})。Floatplan はゲートウェイのプールを VXLAN でカプセル化されたフローを受け取るアプライアンスとして計画しますが、インターフェイス自体は保持しません。',
  'tfm.natGatewaySubnet':
    'NAT ゲートウェイの関連付け {address} を読み取れませんでした: subnet_id: {why}そのサブネットの VM は NAT ゲートウェイを使うものとして設定されていません。Floatplan で natGateway を設定してください。',
};
