import type { Translation } from '../../i18n/catalog';
import type { en } from './messages.en';

/** The Japanese texts of this catalog. */
export const ja: Translation<typeof en> = {
  intro:
    'Standard ロード バランサーは、ネットワーク セキュリティ グループ (NSG) が許可しない限り受信トラフィックを通しません。次の受信規則がそのトラフィックに必要です。' +
    'フローティング IP では NSG が見る宛先は VM の NIC の IP ではなくフロントエンド IP です。正常性プローブは AzureLoadBalancer サービス タグ (168.63.129.16) から NIC の IP に届きます。',
  clientRange: 'クライアントの範囲',
  clientRangePlaceholder: '例: 203.0.113.0/24',
  clientRangeHint:
    '省略可能: クライアント トラフィックのソースとして、Internet または VirtualNetwork タグの代わりに使うアドレスまたは CIDR。',
  clientRangeInvalid: 'IP アドレスまたは CIDR 範囲ではありません。サービス タグを使います。',
  basic: 'Basic ロード バランサーは既定で開いています。VM またはそのサブネットに NSG を関連付けると、これらの規則が必要になります。',
  nothing: 'まだ VM に届く規則がないため、NSG 規則は不要です。理由は [診断] タブに表示されます。',
  caption: 'NSG {nsg} の受信セキュリティ規則 ({vms} の NIC に関連付け)',
  captionLb: 'ロード バランサー {lb} に必要な NSG {nsg} の受信セキュリティ規則 ({vms} の NIC に関連付け)',
  loadBalancer: 'ロード バランサー',
  perVmCaption: '各 VM に必要な規則',
  priority: '優先度',
  name: '名前',
  source: 'ソース',
  destination: '宛先',
  ports: 'ポート',
  protocol: 'プロトコル',
  for: '用途',
  vm: 'VM',
  rules: '規則',
  allPorts: 'すべて',
  forRule: '負荷分散規則 {name}',
  forNatRule: '受信 NAT 規則 {name}',
  forProbe: '正常性プローブ {name}',
  floating: 'フローティング IP: フロントエンド IP',
  leftOut: 'さらに {n} 個の規則が優先度 100～4096 に収まりません。ロード バランサーを分割してください。',
  yoursTitle: 'トポロジの NSG',
  yoursFine: 'トポロジの NSG ({names}) はこのトラフィックを通します。',
  yoursNone: 'トポロジに独自の NSG はありません。NSG を含むテンプレートをインポートすると確認できます。',
  findingsLabel: 'NSG がトラフィックを遮断している箇所',
  severityWarning: '警告',
  exportHint: 'NSG をデプロイするには、NSG を含めてエクスポートします: floatplan export <file> --format … --nsg',
};
