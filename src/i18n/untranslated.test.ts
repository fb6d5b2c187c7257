import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import allowList from './untranslated.allow.json';
import { findUntranslated } from './untranslated.testing';

const ROOT = join(import.meta.dirname, '../..');
const SCANNED = ['src/app', 'src/features'];

function tsxFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    // Tests (DOM tests render components with made-up texts) are not shown to users.
    return statSync(path).isDirectory() ? tsxFiles(path) : name.endsWith('.tsx') && !name.endsWith('.test.tsx') ? [path] : [];
  });
}

const allowed = new Set((allowList as { file: string; text: string }[]).map((a) => `${a.file}\u0000${a.text}`));

describe('findUntranslated', () => {
  it('finds JSX text and visible attributes, not t() calls, class names or symbols', () => {
    const source = [
      'export const A = () => (',
      '  <div className="x" aria-label="Close dialog" title={t("ok")}>',
      '    Hello {t("world")} {ok ? "Yes" : t("no")} {kind !== "vm" && "Shown"}',
      '    <input placeholder={`Type ${n} things`} data-x="not visible" />',
      '    <span aria-hidden="true">↶</span> {"→"}',
      '  </div>',
      ');',
    ].join('\n');
    expect(findUntranslated('a.tsx', source)).toEqual([
      { line: 2, text: 'Close dialog' },
      { line: 3, text: 'Hello' },
      { line: 3, text: 'Yes' },
      { line: 3, text: 'Shown' },
      { line: 4, text: 'Type things' },
    ]);
  });
});

describe('every user-visible string in src/app and src/features comes from a catalog', () => {
  const files = SCANNED.flatMap((dir) => tsxFiles(join(ROOT, dir)));

  it.each(files.map((f) => [relative(ROOT, f), f]))('%s', (name, path) => {
    const bare = findUntranslated(path, readFileSync(path, 'utf8')).filter((f) => !allowed.has(`${name}\u0000${f.text}`));
    expect(bare.map((f) => `${name}:${f.line} "${f.text}"`)).toEqual([]);
  });

  it('the allow-list names only strings that still exist', () => {
    for (const entry of allowList as { file: string; text: string }[]) {
      const found = findUntranslated(entry.file, readFileSync(join(ROOT, entry.file), 'utf8')).map((f) => f.text);
      expect(found, `${entry.file}: "${entry.text}" is no longer there; remove it from untranslated.allow.json`).toContain(entry.text);
    }
  });
});
