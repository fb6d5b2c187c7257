import type { Translation } from '../../../i18n/catalog';
import type { en } from './messages.en';

/** The Japanese texts of a VM's guest summary. */
export const ja: Translation<typeof en> = {
  guestTitle: '{vm} のゲスト OS に必要な構成',
  guestHolds: '保持するアドレス',
  guestListens: '待ち受け',
  guestProbes: 'プローブ ポート',
  guestScript: 'スクリプト',
  guestNothing: '{vm} に届く規則はまだありません。規則が使うバックエンド プールに追加すると、必要な構成がここに表示されます。',
  guestMixed:
    '{vm} のバックエンド プール間でフロントエンド IP の保持者が異なるため、スクリプトは作成されません。保持者を 1 つにそろえてください。',
  guestWaiting: 'この大きなトポロジを分析中です。完了するとここに表示されます。',
  heldLoopback: 'ループバック ({iface}) 上 · {rules}',
  heldCluster: 'クラスターがアクティブ ノードの NIC ({iface}) に追加 · {rules}',
  holdsNic: '追加するものはありません。フローティング IP が無効なので、パケットは NIC のアドレス {ip} に届きます。',
  holdsAppliance: 'ありません。元の宛先のままのパケットを転送します。',
  holdsGateway: 'ありません。フローはトンネル インターフェイスを通って VXLAN でカプセル化されて届きます。',
  listenNic: 'NIC 上 · {protocol} · {rules}',
  listenLoopback: 'ループバック上 · {protocol} · {rules}',
  listenCluster: 'アクティブなクラスター ノード上 · {protocol} · {rules}',
  listenNone: '転送のみ、待ち受けなし · {protocol} · {rules}',
  allPorts: '{ip}、全ポート',
  everyProtocol: '全プロトコル',
  probeLine: '正常性プローブ {probe} に応答 · {protocol}',
  noProbePorts: '届く正常性プローブはありません。',
  scriptLine: '{flavor} ({file})',
  getScript: 'スクリプトを表示',
};
