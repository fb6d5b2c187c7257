// The syntax tree of a template that is one plain reference (`${azurerm_lb.lb.id}`, `${var.names[0]}`), made in
// JavaScript exactly as hcl2json's getExpressionAst makes it (less the byte ranges, which the evaluator reads only
// for bare object keys). After plainHcl, parsing the template strings was most of what hcl2json still did in a large
// import: these need no call into the wasm. plainAst.test.ts compares the two on generated references.
import type { ExpressionAst } from './hclParser';

// `${name(.name|[index])*}`: names as HCL writes them (ASCII), indexes as plain integers.
const REFERENCE = /^\$\{([A-Za-z_][A-Za-z0-9_-]*(?:\.[A-Za-z_][A-Za-z0-9_-]*|\[(?:0|[1-9][0-9]{0,8})\])*)\}$/;
const STEP = /\.([A-Za-z_][A-Za-z0-9_-]*)|\[([0-9]+)\]/gy;
// Literals, not references: their trees are literalValue nodes, left to hcl2json.
const LITERALS = new Set(['true', 'false', 'null']);

/**
 * hcl2json's tree of a template that is a single plain reference, or undefined for any other template.
 * @example plainTemplateAst('${var.port}')?.children[0]?.meta.fullAccessor // 'var.port'
 */
export function plainTemplateAst(template: string): ExpressionAst | undefined {
  const m = REFERENCE.exec(template);
  if (!m) return undefined;
  const accessor = m[1]!;
  const root = /^[A-Za-z0-9_-]+/.exec(accessor)![0];
  if (LITERALS.has(root)) return undefined;
  const traversal: { type: 'nameTraversal' | 'indexTraversal'; segment: string }[] = [{ type: 'nameTraversal', segment: root }];
  STEP.lastIndex = root.length;
  for (let s = STEP.exec(accessor); s; s = STEP.exec(accessor))
    traversal.push(s[1] !== undefined ? { type: 'nameTraversal', segment: s[1] } : { type: 'indexTraversal', segment: s[2]! });
  return {
    type: 'templateWrap',
    meta: { value: `"${template}"` },
    children: [{ type: 'scopeTraversal', meta: { fullAccessor: accessor, traversal, value: accessor }, children: [] }],
  };
}
