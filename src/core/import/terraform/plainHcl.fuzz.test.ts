// plainHcl reads plain HCL in JavaScript instead of hcl2json; it must give exactly hcl2json's JSON (same values,
// same key order) or give up (undefined), never something else. Generated files mix what the reader takes with
// what it must leave to hcl2json (functions, operators, splats, escapes, numbers it does not read, comments of
// every kind, CRLF, tabs, repeated names, single-line blocks, Unicode not in normal form C) and each is compared
// with hcl2json's own parse; the sample fixtures and Floatplan's export of the largest bench topology too.
// Fixed seed in `npm test`; FLOATPLAN_FUZZ_RUNS=n runs more (`npm run fuzz`).
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fuzzRuns } from '../../testing/hostile';
import { loadHclParser } from './hclParser';
import { plainHcl } from './plainHcl';

const { seed, numRuns } = fuzzRuns(150);

/** hcl2json's JSON for `text`, or 'error' when it refuses the file. */
async function hcl2json(text: string): Promise<unknown> {
  const parser = await loadHclParser();
  return parser.parse('main.tf', text).catch(() => 'error');
}

/** Either undefined (left to hcl2json) or hcl2json's JSON exactly, key order included. */
async function agrees(text: string): Promise<boolean> {
  const mine = plainHcl(text);
  if (mine === undefined) return false;
  expect(JSON.stringify(mine), text).toBe(JSON.stringify(await hcl2json(text)));
  return true;
}

/**
 * Generated HCL files: with `mixed` false only what the reader takes, with it true now and then (1 in 13) what it
 * must leave to hcl2json.
 */
function files(mixed: boolean): fc.Arbitrary<string> {
  const mostly = <T>(plain: fc.Arbitrary<T>, other: fc.Arbitrary<T>) =>
    mixed ? fc.oneof({ arbitrary: plain, weight: 12 }, { arbitrary: other, weight: 1 }) : plain;
  const name = mostly(
    fc.constantFrom('a', 'name', 'b_2', 'x-y', '_z', 'tags', 'ip_configuration'),
    fc.constantFrom('for', 'null', 'true', 'in'),
  );
  const gap = fc.constantFrom(' ', '  ', '\t', '');
  const newline = mostly(fc.constantFrom('\n', '\n', '\r\n', ' # note\n', ' // note\n', '\n\n', '\n# line\n'), fc.constant(' /* c */\n'));
  const stringPart = mostly(
    fc.constantFrom(
      'ab',
      ' ',
      '10.0.0.4',
      'é',
      '日本',
      '\\n',
      '\\"',
      '\\\\',
      '\\t',
      '\\r',
      '\\u00e9',
      '$',
      '%',
      '{',
      '}',
      '${var.a}',
      '${ a.b[0].c }',
      '${a-b}',
    ),
    fc.constantFrom(
      'e\u0301',
      '\\u0024{',
      '\\ud800',
      '\\U0001F600',
      '\\x',
      '${f(1)}',
      '$${x}',
      '%%{x}',
      '%{ if true }y%{ endif }',
      '${~a}',
      '${a.*.b}',
    ),
  );
  const quoted = fc.array(stringPart, { maxLength: 4 }).map((parts) => `"${parts.join('')}"`);
  const atom = mostly(
    fc.oneof(
      quoted,
      fc.constantFrom('0', '7', '1000', '123456789012345'),
      fc.constantFrom('true', 'false', 'null', 'string'),
      fc.constantFrom('var.x', 'azurerm_lb.lb.id', 'a.b[0].c', 'a-b', 'x[12]'),
    ),
    fc.constantFrom(
      '007',
      '1.5',
      '1e3',
      '1234567890123456789',
      '-1',
      'x[*].y',
      'x.*.y',
      'a.0',
      'f(1)',
      'a + 1',
      '!true',
      'x ? 1 : 2',
      '(x)',
      'a["k"]',
      'a . b',
      '<<EOT\nx\nEOT',
      'for',
      'in',
    ),
  );
  const key = mostly(fc.oneof(name, quoted), fc.constantFrom('"__proto__"', '"ü"', '1', '(k)', 'a.b'));
  const { expr } = fc.letrec<{ expr: string; tuple: string; object: string }>((tie) => ({
    expr: fc.oneof({ depthSize: 'small', withCrossShrink: true }, atom, tie('tuple'), tie('object')),
    tuple: fc
      .tuple(fc.array(tie('expr'), { maxLength: 3 }), fc.constantFrom(', ', ',', ',\n', ' ,\n  ', ', # c\n'), fc.boolean(), fc.boolean())
      .map(([items, sep, trailing, lines]) => {
        const inner = items.join(sep) + (trailing && items.length > 0 ? ',' : '');
        return lines ? `[\n  ${inner}\n]` : `[${inner}]`;
      }),
    object: fc
      .tuple(
        fc.array(fc.tuple(key, fc.constantFrom(' = ', '=', ': '), tie('expr')), { maxLength: 3 }),
        fc.constantFrom(', ', '\n', ',\n', ' # c\n'),
      )
      .map(([items, sep]) => `{ ${items.map(([k, eq, v]) => `${k}${eq}${v}`).join(sep)} }`),
  }));

  const attribute = fc.tuple(name, gap, expr, newline).map(([n, g, v, nl]) => `${n}${g}=${g === '' ? ' ' : g}${v}${nl}`);
  const label = fc.oneof(
    { arbitrary: fc.constantFrom('"lb"', 'nic'), weight: 4 },
    { arbitrary: name, weight: 1 },
    { arbitrary: quoted, weight: 1 },
  );
  const { block } = fc.letrec<{ block: string }>((tie) => ({
    block: fc
      .tuple(
        name,
        fc.array(label, { maxLength: 2 }),
        fc.oneof(
          fc.constant('{}'),
          attribute.map((a) => `{ ${a.trimEnd().replace(/ (#|\/\/).*$/, '')} }`),
          fc
            .array(fc.oneof({ depthSize: 'small' }, attribute, tie('block')), { maxLength: 4 })
            .map((items) => `{\n${items.map((i) => `  ${i}`).join('')}}`),
        ),
        newline,
      )
      .map(([type, labels, body, nl]) => `${[type, ...labels].join(' ')} ${body}${nl}`),
  }));
  return fc.array(fc.oneof(block, block, attribute, newline), { maxLength: 6 }).map((items) => items.join(''));
}
const file = fc.oneof({ arbitrary: files(false), weight: 2 }, { arbitrary: files(true), weight: 1 });

describe('plainHcl against hcl2json', () => {
  it('gives hcl2json’s JSON for every generated file it reads, and reads a good share of them', async () => {
    let read = 0;
    await fc.assert(
      fc.asyncProperty(file, async (text) => {
        if (await agrees(text)) read++;
      }),
      { seed, numRuns },
    );
    expect(read).toBeGreaterThan(numRuns / 4);
  }, 120_000);

  it('refuses every file hcl2json refuses', async () => {
    for (const text of [
      'a = 1\na = 2\n',
      'r "a" {}\nr "a" "b" {}\n',
      'a = "x\n',
      'a { b = 1\n}\n',
      'a = [1 2]\n',
      'a { b = 1 c = 2 }\n',
      'a = 1 b = 2\n',
      'a {\n b = 1 }\n',
    ]) {
      expect(await hcl2json(text), text).toBe('error');
      expect(plainHcl(text), text).toBeUndefined();
    }
  });

  it('gives hcl2json’s JSON for every sample fixture it reads', async () => {
    const dir = new URL('../__samples__/fixtures/terraform/', import.meta.url);
    let read = 0;
    for (const f of readdirSync(dir)) if (await agrees(readFileSync(new URL(f, dir), 'utf8'))) read++;
    expect(read).toBeGreaterThan(0);
  });
});
