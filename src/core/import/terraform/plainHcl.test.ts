// plainHcl on the cases a generated file meets only by chance: each is compared with hcl2json's own parse.
import { describe, expect, it } from 'vitest';
import { loadHclParser } from './hclParser';
import { plainHcl } from './plainHcl';

const hcl2json = async (text: string) =>
  (await loadHclParser()).parse('main.tf', text).catch((e: unknown) => `error: ${e instanceof Error ? e.message : String(e)}`);

describe('plainHcl', () => {
  it('reads a resource, its nested blocks and its references as hcl2json does', async () => {
    const text = [
      'resource "azurerm_lb" "lb" {',
      '  name = "lb"',
      '  sku  = var.sku',
      '  frontend_ip_configuration {',
      '    name      = "fe"',
      '    subnet_id = azurerm_subnet.s[0].id',
      '  }',
      '  frontend_ip_configuration { name = "fe2" }',
      '  tags = { "floatplan-vm" = "vm0", b = 2, c: [true, null] }',
      '}',
      '',
    ].join('\n');
    const json = plainHcl(text);
    expect(json).toEqual({
      resource: {
        azurerm_lb: {
          lb: [
            {
              frontend_ip_configuration: [{ name: 'fe', subnet_id: '${azurerm_subnet.s[0].id}' }, { name: 'fe2' }],
              name: 'lb',
              sku: '${var.sku}',
              tags: { b: 2, c: [true, null], 'floatplan-vm': 'vm0' },
            },
          ],
        },
      },
    });
    expect(JSON.stringify(json)).toBe(JSON.stringify(await hcl2json(text)));
  });

  it('keeps repeated blocks in file order, and maps’ keys in hcl2json’s order', async () => {
    const text =
      'locals { q = 1 }\nresource "a" "b" { x = 2 }\nresource "a" "b" { x = 1 }\nlocals { m = { "10" = 1, z = 2, "2" = 3, A = 4 } }\n';
    const json = plainHcl(text)!;
    expect(JSON.stringify(json)).toBe(JSON.stringify(await hcl2json(text)));
    expect((json.resource as { a: { b: { x: number }[] } }).a.b.map((b) => b.x)).toEqual([2, 1]);
    expect(Object.keys((json.locals as { m: object }[])[1]!.m)).toEqual(['2', '10', 'A', 'z']);
  });

  it('reads escapes, tabs, CRLF and comments as hcl2json does', async () => {
    for (const text of [
      'a = "x\\ty\\n\\"q\\" \\\\ \\u00e9 ${ var.a } $ % {}"\n',
      'a\t=\t"é日本"\r\nb = 1 // c\r\n# d\r\n',
      'a = [\n  1, # one\n  2,\n]\n',
    ]) {
      const json = plainHcl(text);
      expect(json, text).toBeDefined();
      expect(JSON.stringify(json), text).toBe(JSON.stringify(await hcl2json(text)));
    }
  });

  it('leaves to hcl2json what it does not read exactly the same way', async () => {
    for (const text of [
      'a = "\\ud800"\n', // hcl2json refuses a lone surrogate
      'a = "e\u0301"\n', // hcl2json normalises to é (NFC)
      'a = "$${x}"\n', // hcl2json writes the escape back
      'a = "%{ if true }y%{ endif }"\n',
      'a = 1.50\n',
      'a = 007\n',
      'a = -1\n',
      'a = f(1)\n',
      'a = x[*].y\n',
      'a = <<EOT\nx\nEOT\n',
      'a = 1 /* c */\n',
      'a = [for]\n',
      'a = { for = 1 }\n',
      'b {\n  x = 1\n}\nb = 2\n', // hcl2json keeps the attribute; never mind which
      'a = { "__proto__" = 1 }\n',
      'a = { "ü" = 1 }\n',
      'a = 1\na = 2\n', // an error: hcl2json words it
    ])
      expect(plainHcl(text), text).toBeUndefined();
    expect(await hcl2json('a = "e\u0301"\n')).toEqual({ a: 'é' });
    expect(await hcl2json('a = "$${x}"\n')).toEqual({ a: '$${x}' });
  });
});
