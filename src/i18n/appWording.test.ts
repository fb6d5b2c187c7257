import { describe, expect, it } from 'vitest';
import { en as core } from '../core/i18n/en';
import { render, type TextKey } from '../core/i18n/text';
import { unresolvedHintText } from '../core/import/arm/placeholders';
import { unresolved } from '../core/import/arm/resolved';
import { appWordingEn } from './appWording.en';
import { appWordingJa } from './appWording.ja';
import './catalog'; // registers the app's English words

const OPTION = /(^|[\s(“"'])--[a-z]/;
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
// Parameters the code gives a text beyond those its English uses (the app's words use the names, not the options).
const ALSO_GIVEN: Partial<Record<TextKey, string[]>> = { 'import.arm.hintFix': ['names'] };

describe("the app's words for texts that name command-line options", () => {
  const naming = Object.entries(core)
    .filter(([key, text]) => key.startsWith('import.') && OPTION.test(text))
    .map(([key]) => key);

  it('cover every import text that names an option, in English and Japanese', () => {
    expect(naming.length).toBeGreaterThan(10);
    expect(naming.filter((k) => !(k in appWordingEn))).toEqual([]);
    expect(Object.keys(appWordingJa).sort()).toEqual(Object.keys(appWordingEn).sort());
  });

  it('name no option themselves, and use only the values the text is given', () => {
    for (const [key, words] of Object.entries(appWordingEn) as [TextKey, string][]) {
      for (const w of [words, appWordingJa[key as keyof typeof appWordingJa]]) {
        expect(w, key).not.toMatch(OPTION);
        const given = new Set([...placeholders(core[key]), ...(ALSO_GIVEN[key] ?? [])]);
        expect(
          placeholders(w).filter((p) => !given.has(p)),
          key,
        ).toEqual([]);
      }
      expect(placeholders(appWordingJa[key as keyof typeof appWordingJa]), key).toEqual(placeholders(words));
    }
  });

  it('render in the app: an unresolved address names its parameters, not --param', () => {
    const hint = unresolvedHintText(unresolved('no value', "[parameters('sqlLBIPAddress')]"));
    const shown = render(hint, 'en');
    expect(shown).toContain('sqlLBIPAddress');
    expect(shown).toContain('parameter form');
    expect(shown).not.toMatch(OPTION);
  });
});
