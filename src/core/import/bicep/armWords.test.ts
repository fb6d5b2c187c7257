// ArmWords must replace exactly as "sort all expressions longest first, replace each everywhere it occurs" does:
// generated expressions (nested, overlapping, sharing prefixes, some not of the form `[…]`, Bicep texts that
// contain other expressions) and texts made of them are run through both.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fuzzRuns } from '../../testing/hostile';
import { ArmWords } from './armWords';

const { seed, numRuns } = fuzzRuns(300);

/** The replacement as written before ArmWords: every expression, longest first, searched for in the text. */
function reference(expressions: readonly (readonly [string, string])[], text: string): string {
  const map = new Map<string, string>();
  for (const [arm, bicep] of expressions) map.set(arm, bicep);
  let out = text;
  for (const [arm, bicep] of [...map].sort((a, b) => b[0].length - a[0].length)) if (out.includes(arm)) out = out.split(arm).join(bicep);
  return out;
}

const piece = fc.constantFrom('[', ']', "parameters('p')", "variables('v')", 'x', ', ', '(', ')', '[0]', ' ');
const arm = fc.oneof(
  { arbitrary: fc.array(piece, { minLength: 1, maxLength: 6 }).map((p) => `[${p.join('')}]`), weight: 5 },
  { arbitrary: fc.array(piece, { minLength: 1, maxLength: 4 }).map((p) => `[${p.join('')}`), weight: 1 },
);

describe('ArmWords', () => {
  it('replaces as the longest-first search over every expression does', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(arm, fc.oneof(fc.constantFrom('port', 'p + 1', 'v[0]', ''), arm)), { maxLength: 8 }),
        fc.array(fc.oneof(piece, fc.constantFrom('could not be evaluated; ', 'see ')), { maxLength: 12 }),
        fc.array(fc.nat(), { maxLength: 4 }),
        (expressions, filler, picks) => {
          const words = new ArmWords();
          for (const [a, b] of expressions) words.add(a, b);
          // Texts that hold some of the expressions between filler, and filler alone.
          const chosen = picks.map((n) => expressions[n % Math.max(1, expressions.length)]?.[0] ?? '');
          const text = filler.map((f, i) => f + (chosen[i] ?? '')).join('') + chosen.slice(filler.length).join('');
          expect(words.replace(text)).toBe(reference(expressions, text));
        },
      ),
      { seed, numRuns },
    );
  });

  it('gives the same answer for a text with more brackets than it pairs', () => {
    const words = new ArmWords();
    words.add("[parameters('port')]", 'port');
    words.add("[add(parameters('port'), 1)]", 'port + 1');
    const text = `${'[]'.repeat(100)} [add(parameters('port'), 1)] and [parameters('port')]`;
    expect(words.replace(text)).toBe(`${'[]'.repeat(100)} port + 1 and port`);
  });

  it('replaces an expression that contains another whole, and a later text for an expression wins', () => {
    const words = new ArmWords();
    words.add("[parameters('port')]", 'port');
    words.add("[add(parameters('port'), 1)]", 'port+1');
    words.add("[add(parameters('port'), 1)]", 'port + 1');
    expect(words.replace("[add(parameters('port'), 1)] is not [parameters('port')]")).toBe('port + 1 is not port');
  });
});
