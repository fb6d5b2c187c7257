import type { Catalog } from '../i18n/catalog';
import type { validationAcrossEn } from './acrossMessages.en';

/** Japanese texts of the rules between load balancers and of the Global tier (see acrossMessages.en.ts). */
export const validationAcrossJa: Catalog<typeof validationAcrossEn> = {
  'lbType.Internal': '内部',
  'lbType.Public': 'パブリック',
  'owner.globalPool': 'グローバル ロード バランサー {lb} のバックエンド プール {pool}',
  'owner.frontend': 'ロード バランサー {lb} のフロントエンド {frontend}',
  'owner.nic': 'VM {vm} の NIC {nic}',
  'delivery.rule': '{lb} の負荷分散規則 {rule}',
  'delivery.natRule': '{lb} の受信 NAT 規則 {rule}',
  AnotherInternalLoadBalancerExists:
    'VM {vms} は内部ロード バランサー {lbs} のバックエンド プールに入っています。Azure はこのデプロイを拒否します (AnotherInternalLoadBalancerExists: ' +
    '同じ VM やネットワーク インターフェイスを参照できる内部ロード バランサーは 1 つだけです)。これらの VM を 1 つの内部ロード バランサーにまとめ、' +
    'もう一方のフロントエンドと規則をそちらへ移すか、別の VM を使用してください。',
  AnotherPublicLoadBalancerExists:
    'VM {vms} はパブリック ロード バランサー {lbs} のバックエンド プールに入っています。1 つの IP 構成を入れられるのは、パブリック ロード バランサー 1 つと' +
    '内部ロード バランサー 1 つのプールまでなので、Azure はこれを拒否します (パブリックの場合の Azure のエラー コードは文書化されておらず、このコードは Floatplan のものです)。' +
    'これらの VM を 1 つのパブリック ロード バランサーにまとめ、もう一方のフロントエンドと規則をそちらへ移してください。',
  RulesOfSameLoadBalancerTypeUseSameBackendPortProtocolAndIPConfig:
    '{first} と {second} はどちらも{type}ロード バランサーにあり、フローティング IP なしで {vms} のバックエンド ポート {port} に {protocol} を送ります。' +
    'Azure はこのデプロイを拒否します (RulesOfSameLoadBalancerTypeUseSameBackendPortProtocolAndIPConfig: 同じ種類のロード バランサーの規則は、' +
    '1 つの IP 構成で同じバックエンド ポートとプロトコルを使用できません)。一方の規則のバックエンド ポートを変えるか、両方の規則を 1 つのロード バランサーにまとめてください。',
  SameDestinationFromTwoLoadBalancers:
    '{vms} は {first} と {second} の両方から同じアドレスの {protocol} ポート {port} を受け取りますが、クライアントが送るポートは異なるため、2 つのサービスのように見えます。' +
    'ゲストは 2 つのフローを区別できず、1 つのリスナーが両方を受け取ります。一方の規則のバックエンド ポートを変えるか、一方の規則でフローティング IP を有効にして、' +
    'そのパケットが自分のフロントエンド IP を保つようにしてください。',
  LoadBalancerSkusMixedOnVm:
    'VM {vms} は Basic ロード バランサー {basic} と Standard ロード バランサー {standard} の背後にあります。VM、可用性セット、スケール セットが参照できるのは' +
    '1 つの SKU のロード バランサーだけで、両方は参照できません。{basic} を Standard にアップグレードしてください (Basic は 2025 年 9 月 30 日に廃止されました)。',
  GlobalTierRequiresPublicStandard:
    'ロード バランサー {lb} はグローバル レベルですが、{sku} {type} です。グローバル (リージョン間) ロード バランサーは Standard かつパブリックのみです。' +
    'Standard かつ Public にするか、リージョン レベルにしてください。',
  'GlobalTierRequiresPublicStandard.gateway':
    'ロード バランサー {lb} はグローバル レベルのゲートウェイ ロード バランサーですが、ゲートウェイ ロード バランサーはグローバル レベルでは動作しません。' +
    'リージョン レベルにし、リージョン ロード バランサーのパブリック フロントエンドからチェーンしてください。',
  GlobalPoolMemberNotRegionalFrontend:
    'グローバル ロード バランサー {lb} のバックエンド プール {pool} に VM {vms} がありますが、グローバル ロード バランサーのプールに入るのは VM ではなく' +
    'リージョン ロード バランサーのフロントエンドです。VM を削除し、それらの VM の前にあるリージョン ロード バランサーのパブリック フロントエンドを追加してください。',
  GlobalProbeNotSupported:
    'グローバル ロード バランサー {lb} に正常性プローブ {probes} がありますが、グローバル ロード バランサーは独自のプローブを持てません。各リージョン ロード バランサーを' +
    '自動で確認します。プローブ (と規則のプローブ設定) を削除し、プローブはリージョン ロード バランサーに置いてください。',
  'CrossLoadBalancerReferenceUnresolved.lb':
    '{owner} はロード バランサー {target} を指定していますが、この設計にはありません。ロード バランサー {target} を追加するか、存在するロード バランサーを指定してください。',
  'CrossLoadBalancerReferenceUnresolved.frontend':
    '{owner} はロード バランサー {target} のフロントエンド {frontend} を指定していますが、{target} にその名前のフロントエンドはありません ({frontends} があります)。' +
    'そのロード バランサーにフロントエンドを追加するか、既存のフロントエンドを指定してください。',
  GlobalPoolFrontendNotPublicStandardRegional:
    'グローバル ロード バランサー {lb} のバックエンド プール {pool} に {target} のフロントエンド {frontend} がありますが、このロード バランサーは {tier} レベルの {sku} {type} です。' +
    'グローバル ロード バランサーのプールに入れられるのは Standard リージョン ロード バランサーのパブリック フロントエンドだけで、内部ロード バランサーは入れられません。' +
    'パブリックな Standard リージョン フロントエンドを指定してください。',
  GlobalBackendPortUnmatched:
    'グローバル ロード バランサー {lb} の規則 {rule} は {target} のフロントエンド {frontend} のポート {port} に {protocol} を送りますが、{target} にはそのフロントエンドと' +
    'ポートで受ける規則も受信 NAT 規則もないため、リージョン ロード バランサーはフローの送り先がありません。グローバル規則のバックエンド ポートはリージョン規則の' +
    'フロントエンド ポートと一致する必要があります。どちらかを変更してください。',
  GatewayChainTargetNotGateway:
    '{owner} は {target} のフロントエンド {frontend} にチェーンされていますが、このロード バランサーは {sku} であり Gateway ではありません。チェーン先はゲートウェイ ロード バランサーの' +
    'フロントエンドだけです。ゲートウェイ ロード バランサーのフロントエンドを指定するか、チェーンを削除してください。',
  'GatewayChainSourceNotPublicStandard.frontend':
    'ロード バランサー {lb} のフロントエンド {frontend} はゲートウェイ ロード バランサーにチェーンされていますが、{lb} は {tier} レベルの {sku} {type} です。' +
    'チェーンできるのは Standard パブリック リージョン ロード バランサーのフロントエンド (または VM のパブリック IP 構成) だけです。チェーンを削除するか、' +
    'その前にあるパブリック フロントエンドをチェーンしてください。',
  'GatewayChainSourceNotPublicStandard.nic':
    'VM {vm} の NIC {nic} はゲートウェイ ロード バランサーにチェーンされていますが、インスタンス パブリック IP がありません。チェーンできるのは VM のパブリック IP 構成' +
    '(または Standard パブリック ロード バランサーのフロントエンド) だけです。NIC に Standard パブリック IP を割り当てるか、チェーンを削除してください。',
};
