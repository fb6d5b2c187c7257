// format(): .NET composite formatting as ARM uses it ({0}, {1,-5}, {0:D3}, {{ and }}).
import type { Resolved } from '../resolved';
import { checkTextLength, EvalFailure, toArmString } from './values';

/**
 * Fills `{index[,alignment][:format]}` holes with the values.
 * @example formatString('{0}-vm{1:D2}', ['web', 3]) // 'web-vm03'
 */
export function formatString(template: string, values: Resolved[]): string {
  let out = '';
  let i = 0;
  while (i < template.length) {
    const c = template.charAt(i);
    if (c === '{' && template.charAt(i + 1) === '{') {
      out += '{';
      i += 2;
    } else if (c === '}' && template.charAt(i + 1) === '}') {
      out += '}';
      i += 2;
    } else if (c === '{') {
      const end = template.indexOf('}', i);
      const m = end < 0 ? null : /^(\d+)(?:,(-?\d+))?(?::([^}]*))?$/.exec(template.slice(i + 1, end));
      if (!m) throw new EvalFailure(`format() found a malformed placeholder at ${i} in '${template}': expected {0}, {0,5} or {0:D2}`);
      const index = Number(m[1]);
      if (index >= values.length)
        throw new EvalFailure(
          `format() placeholder {${index}} has no value: only ${values.length} value${values.length === 1 ? ' was' : 's were'} given`,
        );
      let text = applyFormat(values[index] as Resolved, m[3]);
      const width = m[2] === undefined ? 0 : Number(m[2]);
      checkTextLength('format', out.length + Math.abs(width));
      text = width < 0 ? text.padEnd(-width) : text.padStart(width);
      out += text;
      i = end + 1;
    } else if (c === '}') {
      throw new EvalFailure(`format() found an unmatched '}' at ${i} in '${template}': write '}}' for a literal brace`);
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

function applyFormat(value: Resolved, spec: string | undefined): string {
  if (!spec) return toArmString(value);
  const m = /^([DdXxNn])(\d*)$/.exec(spec);
  if (!m || typeof value !== 'number')
    throw new EvalFailure(
      `format() does not support the format '${spec}' for ${toArmString(value)}; supported: D<n>, X<n>, N<n> on integers`,
    );
  const digits = m[2] === '' ? 0 : Number(m[2]);
  checkTextLength('format', digits);
  const letter = m[1] as string;
  if (letter === 'D' || letter === 'd') return (value < 0 ? '-' : '') + String(Math.abs(value)).padStart(digits, '0');
  if (letter === 'X' || letter === 'x') {
    const hex = value.toString(16).padStart(digits, '0');
    return letter === 'X' ? hex.toUpperCase() : hex;
  }
  return value.toLocaleString('en-US', {
    minimumFractionDigits: digits || (m[2] === '' ? 2 : 0),
    maximumFractionDigits: digits || (m[2] === '' ? 2 : 0),
  });
}
