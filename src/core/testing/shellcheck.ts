// Test-only: runs shellcheck and bash -n over generated scripts (guest OS scripts, Azure CLI export).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A scratch folder for script files, and a cleanup for afterAll. */
export function scriptDir(prefix: string): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Writes the scripts, runs one `shellcheck -S warning` over all and `bash -n` on each; returns the findings ('' when clean). */
export function shellcheckBash(dir: string, texts: readonly string[], tag: string): string {
  const files = texts.map((text, i) => {
    const f = join(dir, `${tag}-${i}.sh`);
    writeFileSync(f, text);
    return f;
  });
  const sc = spawnSync('shellcheck', ['-S', 'warning', '-s', 'bash', ...files], { encoding: 'utf8' });
  const syntax = files.map((f) => spawnSync('bash', ['-n', f], { encoding: 'utf8' }).stderr).join('');
  return `${sc.stdout}${syntax}`;
}
