import type { Catalog } from '../i18n/catalog';
import type { checkEn } from './messages.en';

/** `floatplan check` の文言(キー `check.*`)。 */
export const checkJa: Catalog<typeof checkEn> = {
  unreadable: '{file} を読めません: {detail}(検査の対象から外すには、floatplan.config.json の "ignore" に書いてください。)',
  noLoadBalancer: '{file} にはロードバランサーがないため、検査するものがありません: {detail}',
  'suppression.noReason':
    'この {codes} の floatplan-ignore コメントには理由がないため、何も抑制しません。コロンの後に理由を書いてください: "floatplan-ignore {codes}: <理由>"。',
  'suppression.unused':
    'この {codes} の floatplan-ignore コメントは何も抑制しませんでした: この行にも次の行にもその指摘はありません。コメントを削除してください(またはコードを直してください)。',
  placeholder:
    '{message}(これはインポートが知り得なかった {elements} のプレースホルダー値に基づきます。--param か --parameters で値を与えるまでは、最大でも警告として報告します。)',
  'summary.problems':
    '{count} 件の問題(エラー {errors} 件、警告 {warnings} 件、情報 {info} 件)、{files} ファイル、{lbs} 個のロードバランサーを検査{suppressed}。',
  'summary.clean': '問題は見つかりませんでした: {files} ファイル({lbs} 個のロードバランサー){suppressed}。',
  'summary.suppressed': '、{count} 件を抑制',
  'config.json': '{file}: JSON として正しくありません: {detail}',
  'config.shape': '{file}: {path}: {detail}',
  'config.unknownKey': '不明なキーです。キーは "rules" と "ignore" です',
  'config.notObject': 'オブジェクトでなければなりません',
  'config.unknownCode': '不明なコードです{hint}。コードは docs/diagnostics.md と docs/check.md にあります',
  'config.didYouMean': '({code} のことですか?)',
  'config.badSeverity': '{value} は重大度ではありません。"off"、"error"、"warning"、"info" のいずれかにしてください',
  'config.badIgnore': 'glob は空でない文字列でなければなりません(例: "generated/**")',
  'config.notList': 'glob のリストでなければなりません(例: ["generated/**"])',
};
