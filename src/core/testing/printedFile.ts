// The content a bash script writes to one of its persistence files when the file is printed by a loop over the
// script's LOOPBACK table (core/scripts/persistLoops.ts): the table and that one printing block, run by bash alone.
import { execFileSync } from 'node:child_process';

/**
 * What the printing block of `path` in `script` writes: the block is the `{ … } >"$floatplan_new"` right before the
 * script compares the new content with `path`; it runs after the script's LOOPBACK table, and nothing else.
 * @example printedFile(generateScript(t, 'VM2', { flavor: 'ubuntu' }).text, NETPLAN_FILE) === files[0].content
 */
export function printedFile(script: string, path: string): string {
  const lines = script.split('\n');
  const cmp = lines.findIndex((l) => l.trim() === `if [[ -f ${path} ]] && cmp -s "$floatplan_new" ${path}; then`);
  if (cmp < 1 || lines[cmp - 1]!.trim() !== '} >"$floatplan_new"') throw new Error(`no printing block for ${path}`);
  let open = cmp - 1;
  while (open > 0 && lines[open]!.trim() !== '{') open--;
  const table = /^readonly -a LOOPBACK=\(\n(?: {2}\S+\n)*\)$/m.exec(script)?.[0];
  if (!table) throw new Error('no LOOPBACK table');
  const block = [...lines.slice(open, cmp - 1), '}'].join('\n');
  return execFileSync('bash', ['-c', `set -euo pipefail\n${table}\n${block}`], { encoding: 'utf8' });
}
