import type { Translation } from '../i18n/catalog';
import type { en } from './messages.en';

/** The Japanese texts, fetched when the user picks Japanese; Microsoft's terms from its Japanese floating IP page. */
export const ja: Translation<typeof en> = {
  failedTitle: '{area}が動作を停止しました',
  failedBody:
    'Floatplan のこの部分を表示中に問題が発生したため、非表示にしています。アプリのほかの部分は引き続き使え、トポロジも保持されています。',
  failedError: '詳細: {message}',
  tryAgain: '再試行',
  copyReport: 'エラー レポートをコピー',
  copied: 'コピーしました。バグ報告に貼り付けてください。',
  copyFailed: 'コピーできませんでした。下のレポートのテキストを選択してコピーしてください。',
  reportDetails: 'エラー レポートを表示',
  reportLabel: 'エラー レポート',
  includeTopology: 'トポロジ全体 (名前とアドレス) をレポートに含める',
  reportNote: 'レポートには、エラー、アプリのバージョン、トポロジの構成 (数のみで、名前やアドレスは含みません) が入ります。',
};
