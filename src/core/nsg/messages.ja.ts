import type { Catalog } from '../i18n/catalog';
import type { nsgEn } from './messages.en';

/** Texts of the NSG diagnostics (keys `nsg.*`), in Japanese. */
export const nsgJa: Catalog<typeof nsgEn> = {
  NsgBlocksLoadBalancerTraffic:
    '{what} {rule} は {vms} に届きません: NSG {nsg} の規則 {nsgRule} (優先度 {priority}) が {source} から {destination} {port} への ' +
    '{protocol} トラフィックを拒否しています。{why}{nsg} に、優先度の数値が {priority} より小さく、{source} から {destination} {port} ' +
    '({protocol}) を許可する受信セキュリティ規則を追加するか、{nsgRule} を変更してください。',
  'NsgBlocksLoadBalancerTraffic.partly':
    '{what} {rule} は {vms} に一部しか届きません: NSG {nsg} の規則 {nsgRule} (優先度 {priority}) が {source} から {destination} {port} ' +
    'への {protocol} トラフィックの一部 (一部のクライアント、ポート、またはプロトコル) を拒否しています。{why}クライアントが通れることを確認するか、' +
    '優先度の数値が {priority} より小さく {source} から {destination} {port} を許可する受信セキュリティ規則を追加してください。',
  NsgBlocksHealthProbe:
    '正常性プローブ {probe} はポート {port} で {vms} に届きません: NSG {nsg} の規則 {nsgRule} (優先度 {priority}) が ' +
    'AzureLoadBalancer サービス タグ (168.63.129.16) からのトラフィックを拒否しているため、Azure はそれらを異常とみなし、新しいフローを送りません。' +
    '{nsg} に、優先度の数値が {priority} より小さく AzureLoadBalancer からポート {port} を許可する受信セキュリティ規則を追加するか、{nsgRule} を変更してください。',
  'NsgBlocksHealthProbe.partly':
    '正常性プローブ {probe} はポート {port} で {vms} に届かない可能性があります: NSG {nsg} の規則 {nsgRule} (優先度 {priority}) が ' +
    'AzureLoadBalancer サービス タグ (168.63.129.16) からのトラフィックの一部を拒否しています。{nsg} に、優先度の数値が {priority} より小さく ' +
    'AzureLoadBalancer からポート {port} を許可する受信セキュリティ規則を追加してください。',
  'what.rule': '負荷分散規則',
  'what.natRule': '受信 NAT 規則',
  'port.one': 'ポート {port}',
  'port.all': 'のすべてのポート',
  'why.floating':
    'フローティング IP では、NSG が見る宛先は NIC の IP ではなくフロントエンド IP {frontendIp} なので、NIC の IP に対する規則は一致しません。',
};
