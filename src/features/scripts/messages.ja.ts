import type { Translation } from '../../i18n/catalog';
import type { en } from './messages.en';

/** The Japanese texts, fetched when the user picks Japanese; Microsoft's terms from its Japanese floating IP page. */
export const ja: Translation<typeof en> = {
  copy: 'コピー',
  download: 'ダウンロード',
  downloadAll: 'すべてダウンロード (.zip)',
  copied: '{file} をクリップボードにコピーしました。',
  copyRefused: 'ブラウザーがコピーを拒否しました。スクリプトを選択したので Ctrl+C (⌘C) を押してください。',
  downloaded: '{file} をダウンロードしました。',
  zipping: 'ZIP を作成しています…',
  leftOut: ' 含まれていないもの (それぞれの診断を参照): {names}。',
  downloadedAll: '{file} をダウンロードしました (スクリプト {n} 個)。{missing}',
  zipFailed: 'ZIP ライブラリを読み込めませんでした (オフライン?)。スクリプトを 1 つずつダウンロードしてください。',
  vm: '仮想マシン',
  flavour: '種類',
  defaultFor: '{flavor} ({os} の既定)',
  rollback: 'ロールバック',
  rollbackHint: 'スクリプトが追加したものを削除します',
  docExact: 'ドキュメントどおり',
  docExactHint: 'Learn ページのコマンドをそのまま使います',
  docExactUnsupported: 'windows-netsh と ubuntu のみ',
  docExactWarning:
    '警告: ページの /24 マスクでは /24 全体が VM のローカルになり、その範囲の隣接ホストに到達できなくなります。比較用に使用し、展開には使用しないでください。',
  noPersist: '永続化しない',
  noPersistWindows: 'Windows では効果なし (netsh とコマンドレットは永続化されます)',
  noPersistHint: '実行時のみ、ファイルを書き込みません',
  openPorts: '次のポートだけを開く',
  openPortsHint:
    'HA ポート: ロード バランサーはすべてのポートを転送するため、既定ではスクリプトがホスト ファイアウォールですべてのポートを開きます。サービスが待ち受けるポート (tcp/443, udp/53) を書くと、そのポートだけを開きます。',
  openPortsInvalid: '適用されていません: tcp/443, udp/53 のように プロトコル/ポート を書いてください (ポートは 1-65535)。',
  scriptDiagnostics: 'スクリプトの診断',
  severityError: 'エラー',
  severityWarning: '警告',
  severityInfo: '情報',
  behindLbs: '{vm} の前にあるロード バランサー: {names}。',
  behindNone: '{vm} はまだどのロード バランサーの背後にもないため、スクリプトで構成するものはありません。',
  noVm: 'このトポロジにはまだ VM がありません。VM を追加するとゲスト OS のスクリプトが表示されます。',
  loadFailed: 'スクリプト ジェネレーターを読み込めませんでした (オフライン?)。ページを再読み込みしてください。',
  loading: 'スクリプト ジェネレーターを読み込んでいます…',
  noScript: 'スクリプトはありません: 上のエラーがあるため、Floatplan は安全でないスクリプトを書き出しません。',
  waitingForAnalysis: 'このトポロジの分析が終わるとスクリプトが表示されます (タブの上の状態を参照)。',
};
