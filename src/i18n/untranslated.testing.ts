// Test-only helper: finds user-visible strings written straight into JSX instead of coming from a catalog.
import ts from 'typescript';

/** Attributes whose value a user sees or hears. */
const VISIBLE_ATTRIBUTES = new Set(['aria-label', 'title', 'placeholder', 'alt', 'label', 'aria-description', 'aria-roledescription']);

export interface Finding {
  line: number;
  text: string;
}

const hasLetters = (s: string) => /\p{L}/u.test(s);

/**
 * JSX text and string literals in visible attributes that contain letters, with their line numbers.
 * @example findUntranslated('a.tsx', '<b title="Close">x</b>') // [{ line: 1, text: 'Close' }, { line: 1, text: 'x' }]
 */
export function findUntranslated(fileName: string, source: string): Finding[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: Finding[] = [];
  const add = (node: ts.Node, text: string) => {
    const clean = text.replace(/\s+/g, ' ').trim();
    if (hasLetters(clean)) found.push({ line: file.getLineAndCharacterOfPosition(node.getStart()).line + 1, text: clean });
  };
  const literalsIn = (expr: ts.Expression | undefined): void => {
    if (!expr) return;
    if (ts.isStringLiteral(expr) || ts.isNoSubstitutionTemplateLiteral(expr)) add(expr, expr.text);
    else if (ts.isTemplateExpression(expr)) add(expr, [expr.head.text, ...expr.templateSpans.map((s) => s.literal.text)].join(' '));
    else if (ts.isConditionalExpression(expr)) {
      literalsIn(expr.whenTrue);
      literalsIn(expr.whenFalse);
    } else if (ts.isBinaryExpression(expr)) {
      // `cond && 'text'` renders the right side; `a || 'b'`, `a ?? 'b'` and `'a' + b` either; comparisons render nothing.
      const op = expr.operatorToken.kind;
      if (op === ts.SyntaxKind.AmpersandAmpersandToken) literalsIn(expr.right);
      else if (op === ts.SyntaxKind.BarBarToken || op === ts.SyntaxKind.QuestionQuestionToken || op === ts.SyntaxKind.PlusToken) {
        literalsIn(expr.left);
        literalsIn(expr.right);
      }
    } else if (ts.isParenthesizedExpression(expr)) literalsIn(expr.expression);
  };
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node)) add(node, node.text);
    else if (ts.isJsxExpression(node) && node.parent && (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent))) {
      literalsIn(node.expression);
    } else if (ts.isJsxAttribute(node) && VISIBLE_ATTRIBUTES.has(node.name.getText(file))) {
      const init = node.initializer;
      if (init && ts.isStringLiteral(init)) add(init, init.text);
      else if (init && ts.isJsxExpression(init)) literalsIn(init.expression);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}
