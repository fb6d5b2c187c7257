// Every Japanese catalog of the core, reachable through this one module so the app can load Japanese on demand
// (`await import('…/core/i18n/ja')`). Importing it registers the table; the CLI and the test setup import it eagerly.
import { checkJa } from '../check/messages.ja';
import { messages as editMessages } from '../edit/messages';
import { editJa } from '../edit/messages.ja';
import { importArmJa } from '../import/arm/messages.ja';
import { importBicepJa } from '../import/bicep/messages.ja';
import { importSharedJa } from '../import/messages.ja';
import { importTerraformJa } from '../import/terraform/messages.ja';
import { importTerraformModulesJa } from '../import/terraform/modules/messages.ja';
import { nsgJa } from '../nsg/messages.ja';
import { placeholderJa } from '../placeholders/messages.ja';
import { scriptJa } from '../scripts/messages.ja';
import { loadJa } from '../topology/messages.ja';
import { validationAcrossJa } from '../validation/acrossMessages.ja';
import { validationJa } from '../validation/messages.ja';
import { validationOutboundJa } from '../validation/outboundMessages.ja';
import { validationPlatformJa } from '../validation/platformMessages.ja';
import { prefixed, type Catalog } from './catalog';
import type { en } from './en';
import { registerLocale } from './text';

/** The core's Japanese texts by full key; the type refuses a table that misses a key of `en`. */
export const ja: Catalog<typeof en> = {
  ...prefixed('validation', validationJa),
  ...prefixed('validation', validationOutboundJa),
  ...prefixed('validation', validationPlatformJa),
  ...prefixed('validation', validationAcrossJa),
  ...prefixed('import', importSharedJa),
  ...prefixed('import', importArmJa),
  ...prefixed('import', importTerraformJa),
  ...prefixed('import', importTerraformModulesJa),
  ...prefixed('import', importBicepJa),
  ...prefixed('load', loadJa),
  ...prefixed('script', scriptJa),
  ...prefixed('placeholder', placeholderJa),
  ...prefixed('nsg', nsgJa),
  ...prefixed('check', checkJa),
};

registerLocale('ja', ja);
// The editing rules' own table (core/edit/messages.ts) reads Japanese from here on.
Object.assign(editMessages.ja, editJa);
