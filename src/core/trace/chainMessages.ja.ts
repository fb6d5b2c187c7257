import type { Catalog } from '../i18n/catalog';
import type { chainEn } from './chainMessages.en';

/** Japanese texts of a trace through several load balancers (see chainMessages.en.ts). */
export const chainJa: Catalog<typeof chainEn> = {
  noLoadBalancer: 'ロード バランサー "{lb}" はありません。ロード バランサー: {lbs}。',
  clientToGlobal:
    'クライアントはグローバル ロード バランサー {lb} のフロントエンド {frontend} に送信します。このアドレスは多くのリージョンから公開されるエニーキャスト アドレスで、最も近い参加リージョンがフローを受け取ります。',
  globalToRegional:
    'グローバル ロード バランサー {lb} はフローをリージョン ロード バランサー {regional} のフロントエンド {frontend} に転送し、そこで規則 {rule} が適用されます。フローティング IP が無効のため、宛先はリージョンのフロントエンドと規則のバックエンド ポートになり、クライアントのアドレスは保持されます (クライアント IP の保持)。',
  globalToRegionalFloating:
    'グローバル ロード バランサー {lb} はフローをリージョン ロード バランサー {regional} (フロントエンド {frontend}) に転送し、そこで規則 {rule} が適用されます。フローティング IP が有効のため、宛先はグローバル フロントエンド IP {globalIp} のままです。VM は {globalIp} をループバック インターフェイスに構成する必要があります。',
  globalFloatingAtVm:
    'グローバル規則のフローティング IP が有効のため、リージョン規則のフローティング IP 設定にかかわらず、宛先はグローバル フロントエンド IP {globalIp} のままで、ポートはリージョン規則のバックエンド ポートです。{vm} は {globalIp} をループバックに構成する必要があります。',
  replyFromGlobal: 'クライアントには、応答が送信先のグローバル フロントエンド {ip}:{port} から届きます。',
  noRegional:
    'グローバル ロード バランサー {lb} の規則 {rule} は、どのリージョン ロード バランサーを経由しても VM "{vm}" に届きません。{frontends} のいずれにも、ポート {port} の規則で VM をプールに含むものがありません (validate を実行してください)。',
  noSuchRegional:
    'グローバル ロード バランサー {lb} のプール {pool} にリージョンのフロントエンド "{regional}" はありません。リージョンのフロントエンド: {frontends}。',
  regionalMissesVm:
    'グローバル ロード バランサー {lb} の規則 {rule} は、{regional} を経由しても VM "{vm}" に届きません。届く経路: {frontends}。',
  frontendToGateway:
    '{lb} のフロントエンド {frontend} はゲートウェイ ロード バランサー {gateway} (フロントエンド {gatewayFrontend}) にチェーンされています。規則 {rule} が適用される前に、すべてのパケットが変更されずにまずそこへ送られます。',
  gatewayToAppliance:
    'ゲートウェイ ロード バランサー {gateway} は、パケットをプールの外部トンネル インターフェイス経由で VXLAN カプセル化してアプライアンス {vm} ({ip}) に送ります。内側の元のパケットは変わりません。',
  applianceToGateway:
    'アプライアンス {vm} は検査したパケットを内部トンネル インターフェイス経由で VXLAN カプセル化して返します。その後 {lb} は、パケットが届いたばかりのように規則 {rule} を適用します。',
  gatewayReply: '応答は同じアプライアンス {vm} を通って戻ります。ゲートウェイ ロード バランサーは各フローの固定性と対称性を保ちます。',
  gatewayMissing:
    '{lb} のフロントエンド {frontend} は {gateway}/{gatewayFrontend} にチェーンされていますが、これはこの設計のゲートウェイ ロード バランサーのフロントエンドではありません (validate を実行してください)。',
  noAppliance: 'ゲートウェイ ロード バランサー {gateway} のプールにアプライアンス "{vm}" はありません。アプライアンス: {vms}。',
};
