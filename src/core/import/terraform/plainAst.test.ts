// plainTemplateAst must make the tree hcl2json makes of the same template (its byte ranges aside, which it leaves
// out), for every reference it takes; everything else it leaves to hcl2json.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fuzzRuns } from '../../testing/hostile';
import { loadHclParser } from './hclParser';
import { plainTemplateAst } from './plainAst';
import { hclQuote } from './values';

const { seed, numRuns } = fuzzRuns(100);

/** The tree without its byte ranges. */
const withoutRanges = (v: unknown): unknown =>
  Array.isArray(v)
    ? v.map(withoutRanges)
    : typeof v === 'object' && v !== null
      ? Object.fromEntries(
          Object.entries(v)
            .filter(([k]) => k !== 'range')
            .map(([k, x]) => [k, withoutRanges(x)]),
        )
      : v;

const name = fc.constantFrom('var', 'local', 'azurerm_lb', 'lb', 'id', 'a-b', '_x', 'for', 'in', 'true', 'null', 'count', 'index');
const step = fc.oneof(
  { arbitrary: name.map((n) => `.${n}`), weight: 4 },
  { arbitrary: fc.constantFrom('[0]', '[12]'), weight: 2 },
  { arbitrary: fc.constantFrom('[007]', '["k"]', '[*]', '.*', '.0'), weight: 1 },
);
const template = fc
  .tuple(name, fc.array(step, { maxLength: 4 }), fc.constantFrom('', '', '', '', ' ', 'x'))
  .map(([root, steps, around]) => `\${${root}${steps.join('')}}${around}`);

describe('plainTemplateAst', () => {
  it('makes hcl2json’s tree of every plain reference, and takes a good share of the generated ones', async () => {
    const parser = await loadHclParser();
    let made = 0;
    await fc.assert(
      fc.asyncProperty(template, async (t) => {
        const mine = plainTemplateAst(t);
        if (mine === undefined) return;
        made++;
        expect(mine, t).toEqual(withoutRanges(await parser.expressionAst(hclQuote(t))));
      }),
      { seed, numRuns },
    );
    expect(made).toBeGreaterThan(numRuns / 5);
  }, 120_000);

  it('leaves literals, splats, string keys and templates with more than a reference to hcl2json', () => {
    for (const t of ['${true}', '${null}', '${a[*].b}', '${a.*.b}', '${a["k"]}', '${a[007]}', 'x${a}', '${a}${b}', '${ a }', '${f(1)}'])
      expect(plainTemplateAst(t), t).toBeUndefined();
    expect(plainTemplateAst('${azurerm_lb.lb.frontend_ip_configuration[0].name}')?.children[0]?.meta.traversal).toEqual([
      { type: 'nameTraversal', segment: 'azurerm_lb' },
      { type: 'nameTraversal', segment: 'lb' },
      { type: 'nameTraversal', segment: 'frontend_ip_configuration' },
      { type: 'indexTraversal', segment: '0' },
      { type: 'nameTraversal', segment: 'name' },
    ]);
  });
});
