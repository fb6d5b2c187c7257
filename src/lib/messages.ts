import { defineMessages } from '../core/i18n/locale';

/** The shared pieces' texts: what a failed panel says (PanelBoundary). */
export const messages = defineMessages(
  {
    failedTitle: '{area} stopped working',
    failedBody: 'Something went wrong while showing this part of Floatplan, so it is hidden. The rest of the app still works and your topology is kept.',
    failedError: 'Details: {message}',
    tryAgain: 'Try again',
    copyReport: 'Copy error report',
    copied: 'Copied. Paste it into a bug report.',
    copyFailed: 'Could not copy: select the report text below and copy it.',
    reportDetails: 'Show the error report',
    reportLabel: 'Error report',
    includeTopology: 'Include the whole topology (names and addresses) in the report',
    reportNote: 'The report has the error, the app version and the shape of your topology (counts, no names or addresses).',
  },
  {
    failedTitle: '{area}が動作を停止しました',
    failedBody: 'Floatplan のこの部分を表示中に問題が発生したため、非表示にしています。アプリのほかの部分は引き続き使え、トポロジも保持されています。',
    failedError: '詳細: {message}',
    tryAgain: '再試行',
    copyReport: 'エラー レポートをコピー',
    copied: 'コピーしました。バグ報告に貼り付けてください。',
    copyFailed: 'コピーできませんでした。下のレポートのテキストを選択してコピーしてください。',
    reportDetails: 'エラー レポートを表示',
    reportLabel: 'エラー レポート',
    includeTopology: 'トポロジ全体 (名前とアドレス) をレポートに含める',
    reportNote: 'レポートには、エラー、アプリのバージョン、トポロジの構成 (数のみで、名前やアドレスは含みません) が入ります。',
  },
);
