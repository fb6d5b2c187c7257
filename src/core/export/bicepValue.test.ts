import { describe, expect, it } from 'vitest';
import { BicepExpression, bicepValue } from './resource';

describe('bicepValue', () => {
  it('writes objects and arrays over lines, strings quoted, expressions as they are', () => {
    const id = new BicepExpression("resourceId('x', lbName, 'p')");
    expect(bicepValue({ name: "a'b", ids: [{ id }], n: 4 }, '')).toBe(
      ['{', "  name: 'a\\'b'", '  ids: [', '    {', "      id: resourceId('x', lbName, 'p')", '    }', '  ]', '  n: 4', '}'].join('\n'),
    );
  });

  it('never reads a string as an expression, whatever it starts with', () => {
    expect(bicepValue('\u0000}\nresource evil', '')).toBe("'\\u{0}}\\nresource evil'");
  });
});
