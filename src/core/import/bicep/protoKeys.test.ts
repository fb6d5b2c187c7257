// An object key or declaration named like Object.prototype's own (`__proto__`) is a key like any other: the
// translation keeps it as an own property, so the ARM import sees it, as the Bicep compiler writes it.
import { describe, expect, it } from 'vitest';
import { toArm } from './toArm.testing';

const templateOf = async (text: string) => (await toArm(text)).template;

describe('bicepToArm and __proto__', () => {
  it('keeps an object key, a var, a param and a resource property named __proto__', async () => {
    const template = await templateOf(
      [
        "param __proto__ string = 'p'",
        "var tags = { __proto__: 'x', 'constructor': { __proto__: [1] } }",
        'var __proto__v = 1',
        "resource lb 'Microsoft.Network/loadBalancers@2024-05-01' = {",
        "  name: 'lb'",
        "  __proto__: 'own'",
        '}',
      ].join('\n'),
    );
    expect(JSON.stringify(template.parameters)).toBe('{"__proto__":{"type":"string","defaultValue":"p"}}');
    expect(Object.getPrototypeOf(template.parameters)).toBe(Object.prototype);
    expect(JSON.stringify(template.variables)).toBe('{"tags":{"__proto__":"x","constructor":{"__proto__":[1]}},"__proto__v":1}');
    expect(JSON.stringify(template.resources)).toContain('"__proto__":"own"');
  });
});
