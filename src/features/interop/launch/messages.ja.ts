import type { Translation } from '../../../i18n/catalog';
import type { en } from './messages.en';

/** The Japanese texts, fetched when the user picks Japanese. */
export const ja: Translation<typeof en> = {
  importButton: 'インポート…',
  importButtonTitle: 'ロード バランサーを定義する ARM テンプレート、Terraform、Bicep ファイルをインポートします',
  dialogTitle: 'ロード バランサーの定義をインポート',
  droppedSeveral:
    '複数のファイルがドロップされました。まとめて読み込めるのは 1 つの Terraform 構成の .tf ファイルだけなので、「{file}」だけを開きます。',
  readFailed: '“{file}” を読み取れませんでした ({reason})。もう一度選択するか、テキストを貼り付けてください。',
  tooLargeFile: '{size} MB あり、インポートで読み込める定義は {max} 文字までです (Azure は 4 MB を超えるテンプレートを受け付けません)',
  tooLargeText: '{size} 文字あり、インポートで読み込める定義は {max} 文字までです (Azure は 4 MB を超えるテンプレートを受け付けません)',
  loadFailed: 'インポーターを読み込めませんでした (オフライン?)。接続を確認してもう一度お試しください。テキストは保持されています。',
  cancel: 'キャンセル',
  dropHint: 'トポロジの .json ファイルをドロップすると開き、ARM、Terraform、Bicep ファイルをドロップするとインポートします',
  exportTab: 'エクスポート',
};
