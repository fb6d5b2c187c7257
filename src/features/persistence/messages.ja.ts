import type { Translation } from '../../i18n/catalog';
import type { en } from './messages.en';

/** The Japanese texts, fetched when the user picks Japanese; Microsoft's terms from its Japanese floating IP page. */
export const ja: Translation<typeof en> = {
  started: '新しい空のトポロジを開始しました。元に戻す (Ctrl+Z) で以前の作業に戻れます。',
  saved: '「{name}」を {file} として保存しました。',
  notJson: '「{file}」を開けませんでした: Floatplan で開けるのはトポロジの .json ファイルです。作業内容は変更されていません。',
  unreadable: '「{file}」を読み取れませんでした ({reason})。作業内容は変更されていません。',
  invalid: '「{file}」を開けませんでした: 有効な Floatplan トポロジではありません。作業内容は変更されていません。',
  opened: '{file} から「{name}」を開きました。元に戻す (Ctrl+Z) で以前の作業に戻れます。',
  tooLarge: 'このトポロジはリンクにするには大きすぎます ({length} 文字。リンクは {max} 文字未満です)。ファイルに保存してください。',
  copied: '共有リンクをクリップボードにコピーしました。リンクを開いた人はこのトポロジを受け取ります。',
  openedShared: '共有リンクから「{name}」を開きました。元に戻す (Ctrl+Z) で以前の作業に戻れます。',
  unrestorable: '保存されていた作業を復元できませんでした: {reason}。データは残してあります。ダウンロードしてください。',
  brokenLink: 'この共有リンクを開けませんでした: {reason}。作業内容は変更されていません。新しいリンクかファイルを依頼してください。',
  autosaveBroken: '自動保存が機能していません ({reason})。作業を残すにはファイルに保存してください (Ctrl+S)。',
  otherTab:
    '別のタブで Floatplan が変更され、保存されているのはそのタブの「{name}」になりました。応答するまで、このタブはそれを上書きしません。ここに読み込むか、この通知を閉じてこのタブの作業を残してください (そのとき保存されます)。',
  loadOtherTab: 'ここに読み込む',
  noStorage: 'このブラウザーではここでローカル ストレージを使用できません',
  dropHint: 'トポロジの .json ファイルをドロップして開きます',
  sharedTitle: '共有されたトポロジを開きますか?',
  keepWork: '自分の作業を残す',
  openShared: '共有されたトポロジを開く',
  sharedCounts: 'フロントエンド {frontends} 個、規則 {rules} 個、VM {vms} 台',
  sharedBody: 'このリンクには {name} ({counts}) が含まれています。開くと現在の画面の内容が置き換わります。元に戻すで作業内容に戻れます。',
  copyTitle: '共有リンクをコピー',
  done: '完了',
  copyHelp: 'ここではクリップボードを使用できません。リンクを手動でコピーしてください (Ctrl+C または ⌘C):',
  shareLink: '共有リンク',
  linkEmpty: 'リンクにトポロジが含まれていません',
  linkDamaged: 'リンクが途中で切れているか、変更されています (展開できません)',
  setAside: '以前に退避されたデータです',
  linkTooLarge:
    '展開すると {max} 文字を超え、Floatplan で開ける大きさを超えています (Azure の上限内の計画にこれほどの大きさは必要ありません)',
  fileTooLarge:
    '「{file}」を開けませんでした: {size} MB あり、Floatplan で開けるトポロジ ファイルは {max} MB までです。作業内容は変更されていません。より小さいトポロジを開いてください。',
  storageFull: 'このサイト用のブラウザーのストレージがいっぱいです',
  kept: '以前の作業「{name}」はこのブラウザーに保管されており、再読み込みしても残ります。[復元] で戻せます (後からでもツール バーの [以前の作業] から戻せます)。',
  restore: '復元',
  keepFailed:
    '何も置き換えていません: 作業「{name}」を先にこのブラウザーに保管できませんでした ({reason})。ダウンロードしてから [それでも置き換える] を選んでください。',
  replaceAnyway: 'それでも置き換える',
  tooMany: '何も置き換えていません: {reason}',
  restored: '「{name}」を復元しました。画面にあった作業は代わりに [以前の作業] に保管されています。',
  unrestorableInPlace:
    '保存されていた作業を復元できませんでした: {reason}。ブラウザーのストレージがいっぱいで退避できないため、データはそのまま残し、自動保存を止めています。ダウンロードしてからこの通知を閉じると、保存を再開します。',
  previous: '以前の作業',
  previousTitle: 'このブラウザーに保管されている以前の作業',
  previousHelp:
    'リンク、ファイル、インポート、例、または [新規] で作業が置き換わる前に、Floatplan はその作業をここに保管します (最新の {count} 件)。復元すると、画面にある作業が代わりに保管されます。',
  previousNone: 'まだ何も置き換えられていません。',
  previousItem: '「{name}」、{when}、{because} ({counts})',
  close: '閉じる',
  download: 'ダウンロード',
  'because.link': '共有リンクを開く前',
  'because.file': 'ファイルを開く前',
  'because.import': 'インポートの前',
  'because.example': '例を開く前',
  'because.new': '[新規] の前',
  'because.restore': '復元の前',
  'because.otherTab': '別のタブの作業を読み込む前',
};
