import { defineMessages } from '../i18n/locale';
import { chainEn } from './chainMessages.en';
import { chainJa } from './chainMessages.ja';

/** The sentences of a trace through several load balancers: a Global tier in front, a Gateway chain at a frontend. */
export const chainMessages = defineMessages(chainEn, chainJa);
