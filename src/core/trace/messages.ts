import { defineMessages } from '../i18n/locale';
import { traceEn } from './messages.en';
import { traceJa } from './messages.ja';

// Every sentence a trace carries (hop notes, probe and outbound notes, what-if reasons and fixes, errors), in
// English and Japanese. Japanese follows Microsoft's page: フロントエンド, バックエンド プール, 負荷分散規則,
// 正常性プローブ, フローティング IP, ループバック インターフェイス, 弱いホスト モデル, プライマリ IP 構成.

/** The trace's sentences; `{name}` placeholders are filled by `fill`. */
export const traceMessages = defineMessages(traceEn, traceJa);
