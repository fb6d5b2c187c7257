import type { Translation } from '../../i18n/catalog';
import type { en } from './messages.en';

/** The Japanese texts, fetched when the user picks Japanese. */
export const ja: Translation<typeof en> = {
  region: 'ようこそ',
  lead: 'Floatplan は Azure Load Balancer のフローティング IP を設計します: 各 VM が受け取る宛先、Azure が拒否する構成、ゲスト OS のスクリプト。',
  starts: '始め方',
  example: '例を試す',
  empty: '空の状態から始める',
  lesson: 'レッスンを受ける',
  dismiss: 'ようこそを閉じる',
  emptyTitle: 'キャンバスは空です',
  emptyBody: 'パレットからフロントエンド、規則、バックエンド プール、VM を追加するか、始め方を選んでください:',
};
