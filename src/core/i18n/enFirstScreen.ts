// The core's English catalogs the app's first screen can show: validation, topology loading, placeholders and NSG
// diagnostics. The app's build puts this table where core/i18n/en.ts is imported (vite.config.ts,
// firstScreenEnglish) and registers the rest (enLate.ts) when a feature that shows them loads (src/i18n/lateEnglish.ts).
import { nsgEn } from '../nsg/messages.en';
import { placeholderEn } from '../placeholders/messages.en';
import { loadEn } from '../topology/messages.en';
import { validationAcrossEn } from '../validation/acrossMessages.en';
import { validationEn } from '../validation/messages.en';
import { validationOutboundEn } from '../validation/outboundMessages.en';
import { validationPlatformEn } from '../validation/platformMessages.en';
import { prefixed } from './catalog';

/** The first screen's English texts by full key (`validation.…`, `load.…`, `placeholder.…`, `nsg.…`). */
export const en = {
  ...prefixed('validation', validationEn),
  ...prefixed('validation', validationOutboundEn),
  ...prefixed('validation', validationPlatformEn),
  ...prefixed('validation', validationAcrossEn),
  ...prefixed('load', loadEn),
  ...prefixed('placeholder', placeholderEn),
  ...prefixed('nsg', nsgEn),
};
