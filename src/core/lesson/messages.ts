import { defineMessages } from '../i18n/locale';
import { lessonEn } from './messages.en';
import { lessonJa } from './messages.ja';

// The lesson's prose and quiz, in English and in Japanese with the terms of Microsoft's Japanese Floating IP page
// (フロントエンド, バックエンド プール, 負荷分散規則, 正常性プローブ, フローティング IP, ループバック インターフェイス).
// Values computed from the topology come in through {placeholders}.
export const lessonMessages = defineMessages(lessonEn, lessonJa);

/** A key of the lesson's catalog. */
export type LessonMessageKey = keyof typeof lessonMessages.en;
