import { describe, expect, it } from 'vitest';
import { parseBicep } from './parser';
import { bicepToArm } from './template';

// tree-sitter-bicep 1.1.0 parses `a + b.c` as `(a + b).c`; these are the groupings Bicep means.
async function vars(lines: string[]): Promise<Record<string, unknown>> {
  const parsed = await parseBicep(['param a object', 'param b object', 'param c bool', ...lines, ''].join('\n'));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
  try {
    return bicepToArm(parsed.tree.root).template.variables as Record<string, unknown>;
  } finally {
    parsed.tree.dispose();
  }
}

describe('operator precedence around . [] and method calls', () => {
  it('applies a member access to the operand beside it', async () => {
    expect(await vars(['var v1 = a.n + b.m', 'var v2 = !a.enabled', 'var v3 = -a.n', 'var v4 = a.n * b.m.k'])).toEqual({
      v1: "[add(parameters('a').n, parameters('b').m)]",
      v2: "[not(parameters('a').enabled)]",
      v3: "[sub(0, parameters('a').n)]",
      v4: "[mul(parameters('a').n, parameters('b').m.k)]",
    });
  });

  it('keeps the looser operator outside after regrouping', async () => {
    expect(await vars(["var v1 = c || a.name == 'x'", 'var v2 = c ? a.n : b.m + 1', "var v3 = a.n == 1 && b.list[0] == 'y'"])).toEqual({
      v1: "[or(parameters('c'), equals(parameters('a').name, 'x'))]",
      v2: "[if(parameters('c'), parameters('a').n, add(parameters('b').m, 1))]",
      v3: "[and(equals(parameters('a').n, 1), equals(parameters('b').list[0], 'y'))]",
    });
  });

  it('regroups subscripts and namespaced calls, and leaves parentheses alone', async () => {
    expect(await vars(['var v1 = c ? a.list : b.list[1]', 'var v2 = c ? 1 : sys.max(2, 3)', 'var v3 = (c ? a : b).n'])).toEqual({
      v1: "[if(parameters('c'), parameters('a').list, parameters('b').list[1])]",
      v2: "[if(parameters('c'), 1, max(2, 3))]",
      v3: "[if(parameters('c'), parameters('a'), parameters('b')).n]",
    });
  });
});
