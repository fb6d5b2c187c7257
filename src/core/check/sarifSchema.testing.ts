// Test-only: validates a SARIF log against the SARIF 2.1.0 JSON schema (draft-04) as Microsoft's SARIF SDK ships it.
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import schema from '@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json';

// The schema's language pattern is no valid Unicode-mode regular expression; Ajv's default would refuse it.
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validateLog = ajv.compile(schema);

/** The schema's complaints about a SARIF log (empty when it is valid). */
export function sarifErrors(log: unknown): string[] {
  return validateLog(log) ? [] : (validateLog.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`);
}
