// tree-sitter-bicep 1.1.0 binds `.x`, `[i]` and `.f()` more loosely than operators on their left:
// `a + b.c` comes out as `(a + b).c`, `!x.enabled` as `(!x).enabled`, `c ? a : b.name` as `(c ? a : b).name`.
// Bicep (like every C-family language) applies them to the operand next to them. This pushes such an
// access back onto the rightmost operand, producing nodes shaped exactly like the parser's own.
import type { Node, Point } from 'web-tree-sitter';

/** The operand field a postfix access really belongs to, per operator node type (`#last`: the last named child). */
const RIGHTMOST: Record<string, string> = {
  binary_expression: 'right',
  unary_expression: 'argument',
  ternary_expression: 'alternative',
  lambda_expression: '#last',
};

function fieldOf(node: Node, field: string): Node | null {
  if (field !== '#last') return node.childForFieldName(field);
  const named = node.namedChildren.filter((c): c is Node => c !== null);
  return named[named.length - 1] ?? null;
}
/** The field holding what a postfix access applies to. */
const TARGET: Record<string, string> = { member_expression: 'object', subscript_expression: 'object', call_expression: 'function' };

/** A parser-shaped node with one field replaced (the rest of its children and fields as parsed). */
class Rebuilt {
  private static nextId = -1;
  readonly isNamed = true;
  readonly isError = false;
  readonly isMissing = false;
  readonly hasError = false;
  readonly id: number;
  readonly children: Node[];

  constructor(
    private readonly original: Node,
    private readonly fieldName: string,
    private readonly replacement: Node,
    private readonly start: Node,
    private readonly end: Node,
    private readonly source: string,
  ) {
    const replaced = fieldOf(original, fieldName);
    this.children = original.children.filter((c): c is Node => c !== null).map((c) => (replaced && c.id === replaced.id ? replacement : c));
    // Negative ids stay clear of tree-sitter's (which are addresses).
    this.id = Rebuilt.nextId--;
  }
  get type(): string {
    return this.original.type;
  }
  get startIndex(): number {
    return this.start.startIndex;
  }
  get endIndex(): number {
    return this.end.endIndex;
  }
  get startPosition(): Point {
    return this.start.startPosition;
  }
  get endPosition(): Point {
    return this.end.endPosition;
  }
  get text(): string {
    return this.source.slice(this.startIndex, this.endIndex);
  }
  get namedChildren(): Node[] {
    return this.children.filter((c) => c.isNamed);
  }
  get childCount(): number {
    return this.children.length;
  }
  childForFieldName(name: string): Node | null {
    return name === this.fieldName ? this.replacement : this.original.childForFieldName(name);
  }
}

function rebuild(original: Node, field: string, replacement: Node, start: Node, end: Node, source: string): Node {
  return new Rebuilt(original, field, replacement, start, end, source) as unknown as Node;
}

/** Puts `postfix` (whose target is an operator node) onto that operator's rightmost operand. */
function pushInto(operator: Node, postfix: Node, source: string): Node {
  const field = RIGHTMOST[operator.type]!;
  const operand = fieldOf(operator, field);
  if (!operand) return postfix;
  const targetField = TARGET[postfix.type]!;
  const inner = RIGHTMOST[operand.type]
    ? pushInto(operand, postfix, source)
    : rebuild(postfix, targetField, operand, operand, postfix, source);
  return rebuild(operator, field, inner, operator, postfix, source);
}

// Bicep's binding strengths (as in the grammar's own table); ternary and ?? bind loosest.
const BINARY_PREC: Record<string, number> = {
  '??': 0,
  '||': 1,
  '&&': 2,
  '==': 6,
  '!=': 6,
  '=~': 6,
  '!~': 6,
  '<': 7,
  '<=': 7,
  '>': 7,
  '>=': 7,
  '+': 10,
  '-': 10,
  '*': 11,
  '/': 11,
  '%': 11,
};

function precedence(node: Node): number {
  if (node.type === 'ternary_expression' || node.type === 'lambda_expression') return 0;
  if (node.type === 'binary_expression') return BINARY_PREC[node.childForFieldName('operator')?.text ?? ''] ?? 0;
  return 100;
}

/**
 * A binary operation whose left operand was just regrouped into a looser operation (`(a || b.c) == d`)
 * is moved inside that operation's right end (`a || (b.c == d)`), as Bicep's precedence says.
 */
function fixBinary(node: Node, source: string): Node {
  const left = node.childForFieldName('left');
  if (!left) return node;
  const fixed = fixPrecedence(left, source);
  if (fixed === left) return node;
  if (!(RIGHTMOST[fixed.type] && fixed.type !== 'unary_expression' && precedence(fixed) < precedence(node))) {
    return rebuild(node, 'left', fixed, fixed, node, source);
  }
  const field = RIGHTMOST[fixed.type]!;
  const operand = fieldOf(fixed, field);
  if (!operand) return node;
  const inner = fixBinary(rebuild(node, 'left', operand, operand, node, source), source);
  return rebuild(fixed, field, inner, fixed, node, source);
}

/**
 * The node as Bicep means it: a postfix access whose target the parser took to be a whole operator
 * expression is moved onto that expression's rightmost operand (and operators regrouped around it).
 * Anything else comes back unchanged.
 * @example text of fixPrecedence(<(a + b).c>) // still "a + b.c", now shaped binary(a, +, member(b, c))
 */
export function fixPrecedence(node: Node, source: string): Node {
  if (node.type === 'binary_expression') return fixBinary(node, source);
  const targetField = TARGET[node.type];
  if (!targetField) return node;
  const target = node.childForFieldName(targetField);
  if (!target) return node;
  const fixed = fixPrecedence(target, source);
  // `(a + b).c` is a parenthesized_expression target, so an operator node here is always the misparse.
  if (RIGHTMOST[fixed.type]) return pushInto(fixed, node, source);
  return fixed === target ? node : rebuild(node, targetField, fixed, fixed, node, source);
}
