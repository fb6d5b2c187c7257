// The build's on-demand Japanese chunk (vite.config.ts, group messages-ja) against the catalogs in the tree: every
// catalog the Japanese table gathers and every UI catalog is in it, and no catalog imported statically is.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isLazyJapanese } from '../../vite.config';

const SRC = resolve(import.meta.dirname, '..');
const japanese = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? japanese(join(dir, e.name)) : /\.ja\.ts$/.test(e.name) && !e.name.includes('.test.') ? [join(dir, e.name)] : [],
  );
const CORE_JA = join(SRC, 'core/i18n/ja.ts');
const gathered = [...readFileSync(CORE_JA, 'utf8').matchAll(/from '(\.\.\/[^']+\.ja)'/g)].map((m) =>
  resolve(SRC, 'core/i18n', `${m[1]}.ts`),
);

describe('the messages-ja chunk', () => {
  it('holds the core Japanese table and every catalog it gathers', () => {
    expect(gathered.length).toBeGreaterThan(5);
    expect(isLazyJapanese(CORE_JA)).toBe(true);
    for (const file of gathered) expect(isLazyJapanese(file), file).toBe(true);
  });

  it('holds every UI catalog and the app wording', () => {
    const ui = japanese(SRC).filter((f) => /\/src\/(app|features|lib)\//.test(f));
    expect(ui.length).toBeGreaterThan(5);
    for (const file of [...ui, join(SRC, 'i18n/appWording.ja.ts')]) expect(isLazyJapanese(file), file).toBe(true);
  });

  it('leaves out the core catalogs imported statically (diagram, lesson, trace, documents), which would pull it into the first load', () => {
    const core = japanese(join(SRC, 'core')).filter((f) => f !== CORE_JA && !gathered.includes(f));
    expect(core.length).toBeGreaterThan(0);
    for (const file of core) expect(isLazyJapanese(file), file).toBe(false);
  });
});
