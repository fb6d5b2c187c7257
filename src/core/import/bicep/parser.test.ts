import { describe, expect, it } from 'vitest';
import { parseBicep } from './parser';

describe('parseBicep', () => {
  it('parses a declaration into a tree-sitter tree', async () => {
    const r = await parseBicep("param port int = 443\n");
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
});
