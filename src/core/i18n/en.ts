// Every English catalog of the core in one table: English is always loaded (the CLI, exports and JSON print it).
// Adding a catalog: a messages.en.ts beside its code, one line here and one in ja.ts.
import { checkEn } from '../check/messages.en';
import { importArmEn } from '../import/arm/messages.en';
import { importBicepEn } from '../import/bicep/messages.en';
import { importSharedEn } from '../import/messages.en';
import { importTerraformEn } from '../import/terraform/messages.en';
import { importTerraformModulesEn } from '../import/terraform/modules/messages.en';
import { nsgEn } from '../nsg/messages.en';
import { placeholderEn } from '../placeholders/messages.en';
import { scriptEn } from '../scripts/messages.en';
import { loadEn } from '../topology/messages.en';
import { validationEn } from '../validation/messages.en';
import { validationOutboundEn } from '../validation/outboundMessages.en';
import { validationPlatformEn } from '../validation/platformMessages.en';
import { prefixed } from './catalog';

/** The core's English texts by full key (`validation.…`, `import.…`, `load.…`, `script.…`). */
export const en = {
  ...prefixed('validation', validationEn),
  ...prefixed('validation', validationOutboundEn),
  ...prefixed('validation', validationPlatformEn),
  // The importers share one namespace; catalogs.test.ts checks that their keys never collide.
  ...prefixed('import', importSharedEn),
  ...prefixed('import', importArmEn),
  ...prefixed('import', importTerraformEn),
  ...prefixed('import', importTerraformModulesEn),
  ...prefixed('import', importBicepEn),
  ...prefixed('load', loadEn),
  ...prefixed('script', scriptEn),
  ...prefixed('placeholder', placeholderEn),
  ...prefixed('nsg', nsgEn),
  ...prefixed('check', checkEn),
};

/** A key of any core catalog. */
export type TextKey = keyof typeof en;
