import { describe, expect, it } from 'vitest';
import { parseBicep } from './parser';

describe('parseBicep', () => {
  it('parses a declaration into a tree-sitter tree', async () => {
    const r = await parseBicep('param port int = 443\n');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.tree.root.type).toBe('infrastructure');
    expect(r.tree.root.namedChildren.map((n) => n.type)).toEqual(['parameter_declaration']);
    r.tree.dispose();
  });

  it('reports the line and column of a syntax error', async () => {
    // Line 3 opens an array that is never closed: the missing "]" belongs right after the "[" (column 10).
    const r = await parseBicep("param a string\nresource lb 'Microsoft.Network/loadBalancers@2024-05-01' = {\n  name: [\n}\n");
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toEqual({ line: 3, column: 10, message: '"]" is missing here' });
  });

  it('reports a stray token where it stands', async () => {
    // "    port: 80 +": the dangling "+" is the 14th character of line 4.
    const r = await parseBicep("resource x 'a@b' = {\n  name: 'x'\n  properties: {\n    port: 80 +\n  }\n}\n");
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toEqual({ line: 4, column: 14, message: 'unexpected "+"' });
  });

  it('skips a type declaration whose syntax the grammar does not know, and says where', async () => {
    // resourceInput<'…'>.tags is newer than tree-sitter-bicep 1.1.0; the stumble is at the "." (column 68).
    const text =
      "type t = {\n  tags: resourceInput<'Microsoft.Network/loadBalancers@2024-10-01'>.tags?\n  b: string\n}\nparam x string = 'a'\n";
    const r = await parseBicep(text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.skippedTypes).toEqual([{ line: 2, column: 68, message: 'unexpected "."' }]);
    expect(r.tree.root.namedChildren.map((n) => n?.type)).toEqual(['type_declaration', 'parameter_declaration']);
    r.tree.dispose();
  });

  it('refuses a type stumble that ran into the next declaration, and any stumble outside a type', async () => {
    const swallowed = await parseBicep("type u = lockType?\nparam x string = 'a'\n");
    expect(swallowed).toMatchObject({ ok: false, error: { line: 2, column: 1 } });
    const inParam = await parseBicep("param lock lockType?\nparam x string = 'a'\n");
    expect(inParam).toMatchObject({ ok: false, error: { line: 2, column: 1 } });
  });
});
