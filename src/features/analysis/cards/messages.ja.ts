import type { Translation } from '../../../i18n/catalog';
import type { en } from './messages.en';

/** The Japanese texts of the phone's per-VM cards. */
export const ja: Translation<typeof en> = {
  cardsLabel: '各 VM に必要な構成',
  cardLb: '{lb}: {sentence}',
  cardNothing: '{vm} に届く規則はまだありません。',
  cardHoldsLoopback: '{vm} はループバックに {ips} を保持します',
  cardHoldsCluster: '{vm} はクラスター経由でアクティブ ノードに {ips} を保持します',
  cardNic: '{vm} は NIC のアドレス {ip} で受信します',
  cardForwards: '{vm} は元の宛先のまま転送します',
  cardGateway: '{vm} はトンネル インターフェイス経由で VXLAN を受信します',
  cardListens: '待ち受け: {ports}',
  cardProbes: 'プローブ: {ports}',
  cardAllPorts: '全ポート',
  cardComma: '。',
  cardGetScript: 'スクリプトを表示',
  cardGetScriptFor: '{vm} のスクリプトを表示',
  cardsMore: '{n} 台の VM のうち {shown} 台を表示しています。',
  cardsShowMore: 'さらに {n} 台を表示',
  cardsNoMatch: '“{query}” に一致する VM はありません。',
  cardJoin1: '{a}。',
  cardJoin2: '{a}。{b}。',
  cardJoin3: '{a}。{b}。{c}。',
};
