// The core's English catalogs of the analysis: validation and NSG diagnostics. The app fetches them with its
// main-thread analysis code (src/store/pageAnalysis.ts registers them), so the first load leaves them out; the CLI,
// the workers and the tests have them through en.ts.
import { nsgEn } from '../nsg/messages.en';
import { validationAcrossEn } from '../validation/acrossMessages.en';
import { validationEn } from '../validation/messages.en';
import { validationOutboundEn } from '../validation/outboundMessages.en';
import { validationPlatformEn } from '../validation/platformMessages.en';
import { prefixed } from './catalog';

/** The analysis's English texts by full key (`validation.…`, `nsg.…`). */
export const enAnalysis = {
  ...prefixed('validation', validationEn),
  ...prefixed('validation', validationOutboundEn),
  ...prefixed('validation', validationPlatformEn),
  ...prefixed('validation', validationAcrossEn),
  ...prefixed('nsg', nsgEn),
};
