import type { Catalog } from '../../i18n/catalog';
import type { importBicepEn } from './messages.en';

/** The Bicep importer's texts in Japanese; a missing or extra key fails the typecheck. */
export const importBicepJa: Catalog<typeof importBicepEn> = {
  'bicep.module':
    "モジュール '{symbol}' ({source}) は別のファイルで、Floatplan は読み取りません。その出力から取得される値はプレースホルダーとしてインポートしました。" +
    'そのファイルがロード バランサーを定義している場合は、単独でインポートしてください。',
  'bicep.unsupported': 'Floatplan は{what}を読み取りません。それに依存する値はプレースホルダーとしてインポートしました。',
  'bicep.avmNotWritten':
    "モジュール '{symbol}' の {key} はこのファイルに書かれていない ({text}) ため、その要素はインポートしません。モジュールの呼び出しに配列を書くか、それを定義するファイルをインポートしてください。",
  'bicep.avmLoop':
    "モジュール '{symbol}' は for ループの項目ごとにデプロイされます ({source} の {count})。Floatplan は最初の項目のロード バランサーをインポートしました。",
  'bicep.items.one': '{n} 項目',
  'bicep.items.many': '{n} 項目',
  'bicep.items.each': '各項目',
  'bicep.avmNoParams': "モジュール '{symbol}' の params はこのファイルに書かれていないため、ロード バランサーには要素がありません。",
  'bicep.avmLocal':
    "モジュール '{symbol}' ({source}) はパラメーターの形がロード バランサー用の Azure Verified Module (avm/res/network/load-balancer) と同じため、そのモジュールとして読み取り、" +
    'その既定値を適用しました (例: disableOutboundSnat true)。そのファイルが別のモジュールである場合は、単独でインポートしてください。',
  'bicep.what.function': '関数 {name}()',
  'bicep.what.import': '別のファイルからのインポート',
  'bicep.what.assert': 'assert ステートメント',
  'bicep.what.test': 'test ブロック',
  'bicep.typeSyntax':
    'Floatplan の Bicep パーサー (tree-sitter-bicep) はここの型の構文を認識しません ({detail})。型の宣言は値を変えないため、スキップしました。',
};
