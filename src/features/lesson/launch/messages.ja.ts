import type { Translation } from '../../../i18n/catalog';
import type { en } from './messages.en';

/** The Japanese texts, fetched when the user picks Japanese. */
export const ja: Translation<typeof en> = {
  button: 'レッスン',
  buttonTitle: 'キャンバスで学ぶフローティング IP のガイド付きレッスン (クイズ付き)',
  keepFailed:
    'レッスンを開始しませんでした: レッスンはキャンバスを置き換えますが、トポロジ「{name}」を先にこのブラウザーに保管できませんでした ({reason})。このままではレッスン中に再読み込みすると失われます。ダウンロードしてから [それでも開始する] を選んでください。',
  storageFull: 'このサイト用のブラウザーのストレージがいっぱいです',
  startAnyway: 'それでも開始する',
  loading: 'レッスンを読み込んでいます…',
};
