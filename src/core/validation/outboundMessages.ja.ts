import type { Catalog } from '../i18n/catalog';
import type { validationOutboundEn } from './outboundMessages.en';

/** Japanese outbound texts (see outboundMessages.en.ts). */
export const validationOutboundJa: Catalog<typeof validationOutboundEn> = {
  'outbound.natGateway':
    '{vm} はサブネットの NAT ゲートウェイを経由し、ゲートウェイのパブリック IP からインターネットに接続します。NAT ゲートウェイは他のすべての送信方法 (インスタンス パブリック IP、アウトバウンド規則、負荷分散規則) より優先されます。',
  'outbound.publicIp':
    '{vm} は自身のパブリック IP {publicIp} からインターネットに接続します。インスタンス レベルのパブリック IP は、ロード バランサーのアウトバウンド規則と SNAT より優先されます。',
  'outbound.publicIpUnknown':
    '{vm} は自身のインスタンス レベルのパブリック IP からインターネットに接続します。これはロード バランサーのアウトバウンド規則と SNAT より優先されます。',
  'outbound.outboundRule':
    '{vm} はロード バランサー {lb} のアウトバウンド規則 {rule} ({protocol}) により、プール {pool} として {publicIp} からインターネットに接続します。',
  'outbound.ruleSnat':
    '{vm} は負荷分散規則 {rule} の暗黙的な SNAT ({protocol} のみ) により {publicIp} としてインターネットに接続します。この規則は disableOutboundSnat をオフのままにしています。Microsoft は負荷分散規則を送信に使うことを推奨していません。規則で disableOutboundSnat を設定し、アウトバウンド規則または NAT ゲートウェイを追加してください。',
  'outbound.basicPublic':
    '{vm} は Basic パブリック ロード バランサー {lb} (既定の SNAT) により {publicIp} としてインターネットに接続します。Basic Load Balancer は 2025 年 9 月 30 日に廃止されました。',
  'outbound.defaultAccess':
    '{vm} は既定の送信アクセスだけでインターネットに接続します。これは Azure が所有・選択し、変更される可能性があるアドレスです。Microsoft は運用環境での使用を推奨していません。サブネットに NAT ゲートウェイを関連付けてください。',
  'outbound.none.internal':
    '{vm} にはインターネットへの送信経路がありません。内部 Standard ロード バランサー {lb} はバックエンドに送信経路を提供せず、{vm} には NAT ゲートウェイもパブリック IP もありません。修正: サブネットに NAT ゲートウェイを関連付ける (Microsoft の推奨) か、パブリック IP を割り当ててください。',
  'outbound.none.public':
    '{vm} にはインターネットへの送信経路がありません。ロード バランサー {lb} のアウトバウンド規則はそのプールを対象とせず、SNAT を提供する負荷分散規則もありません (すべて disableOutboundSnat を設定しているか、規則がありません)。修正: そのプールのアウトバウンド規則を追加するか、サブネットに NAT ゲートウェイを関連付けてください。',
  'outbound.none.private':
    '{vm} にはインターネットへの送信経路がありません。NAT ゲートウェイ、パブリック IP、ロード バランサーの経路がなく、サブネットは既定の送信アクセスを提供しません (2026 年 3 月 31 日以降、新しい仮想ネットワークのサブネットは既定でプライベートです)。修正: サブネットに NAT ゲートウェイを関連付けてください。サブネットにまだ既定の送信アクセスがある場合は、VM に defaultOutboundAccess を設定してください。',
  NoOutboundPath:
    '{vms}: インターネットへの送信経路がありません。内部 Standard ロード バランサー {lb} はバックエンドに送信経路を提供せず、これらの VM には NAT ゲートウェイもパブリック IP もありません。修正: サブネットに NAT ゲートウェイを関連付ける (Microsoft の推奨) か、各 VM にパブリック IP を割り当ててください。',
  'NoOutboundPath.public':
    '{vms}: インターネットへの送信経路がありません。ロード バランサー {lb} のアウトバウンド規則はそのプールを対象とせず、SNAT を提供する負荷分散規則もありません (すべて disableOutboundSnat を設定しているか、規則がありません)。修正: そのプールのアウトバウンド規則を追加するか、サブネットに NAT ゲートウェイを関連付けてください。',
  'NoOutboundPath.private':
    '{vms}: インターネットへの送信経路がありません。NAT ゲートウェイ、パブリック IP、ロード バランサーの経路がなく、サブネットは既定の送信アクセスを提供しません (2026 年 3 月 31 日以降、新しい仮想ネットワークのサブネットは既定でプライベートです)。修正: サブネットに NAT ゲートウェイを関連付けてください。まだ既定の送信アクセスがある場合は、VM に defaultOutboundAccess を設定してください。',
  LoadBalancingRuleMustDisableSNATSinceSameFrontendIPConfigurationIsReferencedByOutboundRule:
    '規則 {rule} は disableOutboundSnat をオフのままにしていますが、そのフロントエンド {frontend} はアウトバウンド規則 {outboundRule} でも使用されています。Azure はこのロード バランサーを拒否します。修正: 規則 {rule} で disableOutboundSnat を設定し、{frontend} の送信 SNAT をアウトバウンド規則だけで決めてください。',
  MoreThanOneOutboundRuleUsingSameFrontendIPConfigurationAndProtocolIsNotSupported:
    'アウトバウンド規則 {rules} は、重複するプロトコルでフロントエンド {frontend} を使用しています。Azure では、フロントエンドとプロトコルごとにアウトバウンド規則は 1 つだけです。修正: 一方に別のフロントエンドを指定するか、プロトコル All の 1 つの規則にまとめてください。',
  OutboundRuleRequiresPublicStandard:
    'アウトバウンド規則 {rule} は {sku} {type} のロード バランサー {lb} にありますが、アウトバウンド規則はパブリック Standard ロード バランサーにしかありません。修正: パブリック Standard ロード バランサーに置くか、代わりにプールに NAT ゲートウェイを使用してください。',
  'UnknownReference.outboundRule':
    'アウトバウンド規則 {rule} は存在しない{what} "{name}" を参照しています。修正: 既存のものを選ぶか、アウトバウンド規則を削除してください。',
  'outbound.what.frontend': 'フロントエンド',
  'outbound.what.backendPool': 'バックエンド プール',
};
