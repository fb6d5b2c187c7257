// The core's English catalogs only the import dialog, the Scripts and Export tabs and the CLI show. The app fetches
// them with those features (src/i18n/lateEnglish.ts registers them); the CLI and the tests have them through en.ts.
import { checkEn } from '../check/messages.en';
import { importArmEn } from '../import/arm/messages.en';
import { importBicepEn } from '../import/bicep/messages.en';
import { importSharedEn } from '../import/messages.en';
import { importTerraformEn } from '../import/terraform/messages.en';
import { importTerraformModulesEn } from '../import/terraform/modules/messages.en';
import { scriptEn } from '../scripts/messages.en';
import { prefixed } from './catalog';

/** The import, script and check English texts by full key (`import.…`, `script.…`, `check.…`). */
export const enLate = {
  // The importers share one namespace; catalogs.test.ts checks that their keys never collide.
  ...prefixed('import', importSharedEn),
  ...prefixed('import', importArmEn),
  ...prefixed('import', importTerraformEn),
  ...prefixed('import', importTerraformModulesEn),
  ...prefixed('import', importBicepEn),
  ...prefixed('script', scriptEn),
  ...prefixed('check', checkEn),
};
