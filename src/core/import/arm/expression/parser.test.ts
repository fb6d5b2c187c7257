import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Expr } from './ast';
import { isExpressionString, parseTemplateString } from './parser';
import { tokenize } from './tokenizer';

function expr(text: string): Expr {
  const r = parseTemplateString(text);
  if (!r.ok || r.kind !== 'expression') throw new Error(`not an expression: ${JSON.stringify(r)}`);
  return r.expr;
}

function error(text: string): { message: string; position: number } {
  const r = parseTemplateString(text);
  if (r.ok) throw new Error(`parsed: ${JSON.stringify(r)}`);
  return r;
}

describe('tokenize', () => {
  it('splits calls, strings with doubled quotes, numbers and punctuation, with offsets', () => {
    const tokens = tokenize("concat('it''s', -12)[0].x", 1);
    expect(tokens.map((t) => [t.kind, t.text, t.pos])).toEqual([
      ['identifier', 'concat', 1],
      ['(', '(', 7],
      ['string', "it's", 8],
      [',', ',', 15],
      ['number', '-12', 17],
      [')', ')', 20],
      ['[', '[', 21],
      ['number', '0', 22],
      [']', ']', 23],
      ['.', '.', 24],
      ['identifier', 'x', 25],
      ['eof', '', 26],
    ]);
  });
});

describe('parseTemplateString', () => {
  it('treats strings without brackets as text, and [[ as an escaped literal [', () => {
    expect(parseTemplateString('Standard')).toEqual({ ok: true, kind: 'text', value: 'Standard' });
    expect(parseTemplateString("[[parameters('x')]")).toEqual({ ok: true, kind: 'text', value: "[parameters('x')]" });
    expect(parseTemplateString('[no closing')).toEqual({ ok: true, kind: 'text', value: '[no closing' });
    expect(isExpressionString('[x()]')).toBe(true);
    expect(isExpressionString('[[x()]')).toBe(false);
  });

  it('parses nested calls with string and integer arguments', () => {
    expect(expr("[add(30015, mul(parameters('n'), 100))]")).toEqual({
      kind: 'call',
      name: 'add',
      pos: 1,
      args: [
        { kind: 'number', value: 30015, pos: 5 },
        {
          kind: 'call',
          name: 'mul',
          pos: 12,
          args: [
            { kind: 'call', name: 'parameters', pos: 16, args: [{ kind: 'string', value: 'n', pos: 27 }] },
            { kind: 'number', value: 100, pos: 33 },
          ],
        },
      ],
    });
  });

  it('parses property and index access chains, including an expression as the index', () => {
    const e = expr("[variables('rules')[parameters('stack')][0].properties.port]");
    expect(e.kind).toBe('property');
    if (e.kind !== 'property') return;
    expect(e.name).toBe('port');
    expect(e.object.kind).toBe('property');
    if (e.object.kind !== 'property') return;
    const idx0 = e.object.object;
    expect(idx0).toMatchObject({ kind: 'index', index: { kind: 'number', value: 0 } });
    if (idx0.kind !== 'index') return;
    expect(idx0.object).toMatchObject({
      kind: 'index',
      object: { kind: 'call', name: 'variables' },
      index: { kind: 'call', name: 'parameters' },
    });
  });

  it("unescapes '' inside strings and keeps ] and , inside strings", () => {
    expect(expr("[concat('a'']', ',b')]")).toMatchObject({ args: [{ value: "a']" }, { value: ',b' }] });
  });

  it('parses zero-argument calls, bare true/false/null and namespaced user functions', () => {
    expect(expr('[resourceGroup().location]')).toMatchObject({
      kind: 'property',
      name: 'location',
      object: { kind: 'call', name: 'resourceGroup', args: [] },
    });
    expect(expr('[if(true, null, false)]')).toMatchObject({
      args: [
        { kind: 'literal', value: true },
        { kind: 'literal', value: null },
        { kind: 'literal', value: false },
      ],
    });
    expect(expr("[contoso.uniqueName('x')]")).toMatchObject({ kind: 'call', name: 'contoso.uniqueName' });
  });

  it('reports what was expected and where', () => {
    expect(error("[concat('a' 'b')]")).toMatchObject({
      message: expect.stringContaining('expected "," or ")" in the arguments of concat()'),
      position: 12,
    });
    expect(error("[concat('a']")).toMatchObject({ position: 11 });
    expect(error("[concat('a)]").message).toContain('unterminated string');
    expect(error('[foo]').message).toContain(`expected "(" after the function name 'foo'`);
    expect(error('[add(1, 2)) ]').message).toContain('expected the end of the expression');
    expect(error('[add(1, 2).]').message).toContain('expected a property name after "."');
    expect(error('[add(1 # 2)]')).toMatchObject({ position: 7, message: expect.stringContaining("unexpected character '#'") });
    expect(error('[]').message).toContain('expected a function call');
  });

  it('refuses absurdly deep nesting with an error instead of exhausting the stack', () => {
    const deep = `[${'add(1, '.repeat(3000)}1${')'.repeat(3000)}]`;
    expect(error(deep).message).toContain('nests deeper than 100 levels');
    expect(parseTemplateString(`[${'add(1, '.repeat(50)}1${')'.repeat(50)}]`).ok).toBe(true);
  });

  it('counts a chain of .x and [i] as nesting (the evaluator recurses once per link)', () => {
    expect(error(`[variables('v')${'.a'.repeat(5000)}]`).message).toContain('nests deeper than 100 levels');
    expect(error(`[variables('v')${'[0]'.repeat(5000)}]`).message).toContain('nests deeper than 100 levels');
    expect(parseTemplateString(`[variables('v')${'.a'.repeat(50)}]`).ok).toBe(true);
  });

  it("refuses an expression longer than Azure's 24,576 characters", () => {
    expect(error(`[concat('${'x'.repeat(24_576)}')]`).message).toContain('more than the 24576 Azure allows');
    expect(parseTemplateString(`[concat('${'x'.repeat(24_000)}')]`).ok).toBe(true);
  });

  it('never throws on arbitrary strings, and returns an error or a result', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const r = parseTemplateString(`[${s}]`);
        expect(typeof r.ok).toBe('boolean');
        if (!r.ok) expect(r.position).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z(),'[\]. 0-9]*$/), (s) => {
        expect(() => parseTemplateString(`[${s}]`)).not.toThrow();
      }),
      { numRuns: 500 },
    );
  });
});
