import type { Translation } from '../../i18n/catalog';
import type { en } from './messages.en';

/** The Japanese texts, fetched when the user picks Japanese; Microsoft's terms from its Japanese floating IP page. */
export const ja: Translation<typeof en> = {
  panel: 'フローティング IP のレッスン',
  introTitle: '5 つのステップでフローティング IP を学ぶ',
  introBody:
    '各ステップはキャンバスに例を読み込み、プランナーの計算結果を表示します: Azure が返す診断、各 VM が受け取る宛先、パケットのトレース。最後に短いクイズがあります。',
  introReplace:
    'レッスンはキャンバスのトポロジを置き換えます。作業内容は保持されます: 「レッスンを終了」で元に戻り、「元に戻す」でも戻れます。',
  start: 'レッスンを開始',
  cancel: 'キャンセル',
  stepOf: 'ステップ {n} / {total}',
  steps: 'レッスンのステップ',
  back: '戻る',
  next: '次へ',
  leave: 'レッスンを終了',
  leaveHint: 'レッスンを終了すると、自分のトポロジがキャンバスに戻ります。',
  error: 'エラー',
  showOnCanvas: 'キャンバスで表示',
  noConflict: 'キャンバスには現在 {code} エラーはありません。',
  switchOn: '{rules} でフローティング IP を有効にする',
  switchOff: 'フローティング IP を無効に戻す',
  switchIsOff: '{rules} のフローティング IP は無効です: キャンバスに {code} エラーがあります。',
  switchIsOn: '{rules} のフローティング IP は有効です: {code} エラーは解消しました。',
  switchMissing: 'キャンバスにレッスンの規則がありません。ステップ 1 に戻ると再び読み込まれます。',
  mappingCaption: 'レッスンの規則で各 VM が受け取る宛先',
  rule: '規則',
  vm: 'VM',
  destination: 'VM での宛先',
  listensOn: '待ち受け場所',
  loopback: 'ループバック インターフェイス',
  nic: 'NIC',
  clusterNic: 'アクティブ ノードの NIC (クラスター)',
  forwarded: 'なし: 転送のみ',
  noRows: 'VM に配信する規則がキャンバスにありません。',
  quizIntro: 'すべての答えは、プランナーがレッスンのトポロジから計算しています。',
  question: '問題 {n}',
  score: 'スコア: {total} 問中 {score} 問正解',
  answered: '{total} 問中 {answered} 問回答済み',
  retry: 'クイズをやり直す',
  resumeTitle: 'レッスンが開いたままでした',
  resumeBody:
    'レッスン中にページが閉じられたため、キャンバスにはレッスンのトポロジが表示されています。レッスン前のトポロジは保持されています。',
  resumeRestore: '自分のトポロジに戻す',
  resumeDiscard: 'キャンバスをこのままにする',
};
