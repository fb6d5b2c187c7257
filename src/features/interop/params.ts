/** Why one line of the parameter box was refused; the dialog turns it into a translated sentence. */
export type ParamLineError =
  | { kind: 'missingEquals'; line: number; text: string }
  | { kind: 'emptyName'; line: number }
  | { kind: 'badName'; line: number; name: string }
  | { kind: 'duplicate'; line: number; name: string; first: number }
  | { kind: 'alsoInForm'; line: number; name: string };

export type ParsedParams = { ok: true; params: Record<string, string> } | { ok: false; errors: ParamLineError[] };

// ARM parameter names are identifiers; dots, dashes and $ appear in real templates, spaces and quotes do not.
const NAME = /^[A-Za-z0-9_.$-]+$/;

/**
 * Reads `name=value` lines (blank lines and `#` comments skipped; the value is everything after the first `=`,
 * trimmed, and may be empty). Every bad line is reported with its 1-based number, not just the first.
 * @example parseParamLines('sqlLBName=sql-lb\n# note\nport = 1433') // { ok: true, params: { sqlLBName: 'sql-lb', port: '1433' } }
 */
export function parseParamLines(text: string): ParsedParams {
  const params: Record<string, string> = {};
  const firstLine = new Map<string, number>();
  const errors: ParamLineError[] = [];
  text.split(/\r\n|\r|\n/).forEach((raw, index) => {
    const line = index + 1;
    const trimmed = raw.trim();
    if (trimmed === '' || trimmed.startsWith('#')) return;
    const eq = trimmed.indexOf('=');
    if (eq < 0) {
      errors.push({ kind: 'missingEquals', line, text: trimmed });
      return;
    }
    const name = trimmed.slice(0, eq).trim();
    if (name === '') {
      errors.push({ kind: 'emptyName', line });
      return;
    }
    if (!NAME.test(name)) {
      errors.push({ kind: 'badName', line, name });
      return;
    }
    const first = firstLine.get(name);
    if (first !== undefined) {
      errors.push({ kind: 'duplicate', line, name, first });
      return;
    }
    firstLine.set(name, line);
    params[name] = trimmed.slice(eq + 1).trim();
  });
  return errors.length ? { ok: false, errors } : { ok: true, params };
}
