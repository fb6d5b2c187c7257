// The core's English catalogs the app's first screen can show: topology loading and placeholders. The app's build
// puts this table where core/i18n/en.ts is imported (vite.config.ts, firstScreenEnglish) and registers the rest when
// what shows them loads: the analysis's (enAnalysis.ts) with the page's analysis code (src/store/pageAnalysis.ts),
// the import, script and check ones (enLate.ts) with their features (src/i18n/lateEnglish.ts).
import { placeholderEn } from '../placeholders/messages.en';
import { loadEn } from '../topology/messages.en';
import { prefixed } from './catalog';

/** The first screen's English texts by full key (`load.…`, `placeholder.…`). */
export const en = {
  ...prefixed('load', loadEn),
  ...prefixed('placeholder', placeholderEn),
};
