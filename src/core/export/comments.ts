// The planner's notes as comment lines, shared by the formats that have comments (bash `#`, Bicep `//`,
// HCL `#`). Control characters are shown escaped so a hostile name cannot end a comment early.
import { commentText } from '../scripts/quote';
import type { ExportNote } from './types';

/**
 * The header lines (without the comment marker) every export starts with: what it is, a prominent
 * warning when the topology has errors, then every error and warning.
 * @example headerLines('Azure CLI script', plan) // ['Floatplan export: Azure CLI script …', …]
 */
export function headerLines(what: string, topologyName: string, notes: readonly ExportNote[]): string[] {
  const errors = notes.filter((n) => n.severity === 'error').length;
  const lines = [
    `Floatplan export: ${what} for the topology ${JSON.stringify(topologyName)}.`,
    'Generated text; deterministic for the same topology.',
  ];
  if (errors > 0) {
    lines.push(
      '',
      '!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!',
      `!!! THIS TOPOLOGY HAS ${errors} ERROR${errors === 1 ? '' : 'S'}: Azure will refuse or misroute parts of this`,
      '!!! definition. Fix them in Floatplan before deploying (listed below).',
      '!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!',
    );
  }
  const shown = notes.filter((n) => n.severity !== 'info');
  if (shown.length > 0) {
    lines.push('', 'Planner diagnostics:');
    for (const n of shown) lines.push(`  ${n.severity.toUpperCase()} ${n.code}: ${n.message}`);
  }
  return lines.map(commentText);
}

/** Prefixes each line with a comment marker; empty lines get the bare marker. @example comment(['a', ''], '#') // ['# a', '#'] */
export function comment(lines: readonly string[], marker: string): string[] {
  return lines.map((l) => (l === '' ? marker : `${marker} ${commentText(l)}`));
}
