import type { Catalog } from '../i18n/catalog';
import type { validationPlatformEn } from './platformMessages.en';

/** Japanese texts of the SKU, probe and limit rules (see platformMessages.en.ts). */
export const validationPlatformJa: Catalog<typeof validationPlatformEn> = {
  'HaPortsRequiresInternalStandard.natRule':
    '受信 NAT 規則 {rule} はプロトコル All をポート 0/0 で使用しており、すべてのポートをターゲットに転送しますが、ロード バランサー {lb} は {sku} {type} です。' +
    'Azure がこの形式を受け付けるのは、HA ポートがある内部 Standard ロード バランサーだけです。ロード バランサーを Internal かつ Standard にするか、' +
    'NAT 規則を Tcp または Udp の単一ポートにしてください。',
  'MultipleIpConfigsRequestSamePrivateIpAddress.frontends':
    'フロントエンド {frontends} はすべて {ip} を使用しています。Azure はこのデプロイを拒否します (MultipleIpConfigsRequestSamePrivateIpAddress: ' +
    'プライベート IP アドレスは 1 つの IP 構成にしか割り当てられません)。フロントエンドごとにサブネット内の空いているアドレスを割り当てるか、規則を 1 つのフロントエンドにまとめてください。',
  PublicIPReferencedByMultipleIPConfigs:
    'フロントエンド {frontend} のアドレス {ip} は、既に {vms} のインスタンス パブリック IP です。Azure はこのデプロイを拒否します ' +
    '(PublicIPReferencedByMultipleIPConfigs: パブリック IP アドレスは 1 つの IP 構成にしか関連付けられません)。フロントエンドに専用のパブリック IP を割り当てるか、' +
    'VM からパブリック IP を外してください。',
  GatewayRuleNotHaPorts:
    '規則 {rule} はゲートウェイ ロード バランサー {lb} 上の {protocol} {frontendPort}/{backendPort} ですが、ゲートウェイ ロード バランサーの規則は HA ポートの規則だけです。' +
    'プロトコルを All にし、両方のポートを 0 にしてください。アプライアンスはすべてのフローを、バックエンド プールのトンネル インターフェイス経由で VXLAN カプセル化されて受け取ります。',
  GatewayFrontendNotPrivate:
    'ゲートウェイ ロード バランサー {lb} は Public ですが、ゲートウェイ ロード バランサーのフロントエンド IP はプライベートのみです。Internal にし、' +
    'Standard パブリック ロード バランサーのフロントエンドまたは VM のパブリック IP 構成からチェーンしてください。',
  BasicSkuRetired:
    'ロード バランサー {lb} は Basic SKU です。Azure は Basic Load Balancer を 2025 年 9 月 30 日に廃止しました。Microsoft のアップグレード ガイダンスに従って ' +
    'Standard にアップグレードしてください (PowerShell のアップグレード モジュールはフロントエンド、規則、バックエンド プールを引き継ぎます)。' +
    'Standard ロード バランサーは、NSG で許可するまで受信トラフィックを通しません。',
  'BasicSkuUnsupportedFeature.httpsProbe':
    '正常性プローブ {probe} は Https ですが、ロード バランサー {lb} は Basic SKU で、プローブは Tcp と Http だけです。Http または Tcp のプローブを使用するか、' +
    'ロード バランサーを Standard にアップグレードしてください。',
  'BasicSkuUnsupportedFeature.tcpReset':
    '規則 {rule} は TCP リセットを有効にしていますが、ロード バランサー {lb} は TCP リセットのない Basic SKU です。TCP リセットを無効にするか、' +
    'ロード バランサーを Standard にアップグレードしてください。',
  'BasicSkuUnsupportedFeature.natTcpReset':
    '受信 NAT 規則 {rule} は TCP リセットを有効にしていますが、ロード バランサー {lb} は TCP リセットのない Basic SKU です。TCP リセットを無効にするか、' +
    'ロード バランサーを Standard にアップグレードしてください。',
  ProbeIntervalTooShort:
    '正常性プローブ {probe} の間隔は {seconds} 秒ですが、Azure が受け付けるのは 5 秒以上です。間隔を 5 秒以上にしてください (既定値は 15 秒)。',
  ProbeThresholdTooLow:
    '正常性プローブ {probe} のしきい値が {threshold} です。しきい値はインスタンスの状態を変える連続したプローブの回数なので、Azure では 1 以上が必要です。1 以上にしてください。',
  ProbePortNotProbed:
    '正常性プローブ {probe} は {protocol} でポート {port} を使用していますが、Azure の HTTP プローブはこのポート (19、21、25、70、110、119、143、220、993) をプローブしません。' +
    'インスタンスが正常とマークされることはなく、このプローブを使用する規則は新しいフローを配信しません。プローブを別のポートに移すか、Tcp プローブにしてください。',
  BackendIpConfigsAcrossFrontendsExceeded:
    'ロード バランサー {lb} は、すべてのフロントエンドを合わせて {count} 個のバックエンド IP 構成に到達します (負荷分散規則、受信 NAT 規則、送信規則は、到達する IP 構成ごとに 1 つと数えます)。' +
    'Azure の上限は {limit} です。バックエンド プールを小さくするか、規則を減らすか、2 つ目のロード バランサーを使用してください。',
  EmptyBackendPool:
    'バックエンド プール {pool} にはメンバーがないため、{rules} はまだ何も届けません。Azure は空のプールもデプロイし、NIC、IP アドレス、スケール セットが参加すると埋まります。' +
    'これらの規則を処理する VM を {pool} に追加してください (キャンバスで VM をプールにドラッグします)。',
};
