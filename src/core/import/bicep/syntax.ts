// Small readers over tree-sitter-bicep nodes: the grammar gives the structure, these give the values.
import type { Node } from 'web-tree-sitter';

/** A Bicep file that parses but cannot mean anything (an undeclared name, a loop over nothing…). */
export class BicepMeaningError extends Error {
  readonly line: number;
  readonly column: number;
  constructor(message: string, node: Node) {
    super(message);
    this.line = node.startPosition.row + 1;
    this.column = node.startPosition.column + 1;
  }
}

const TRIVIA = new Set(['comment', 'diagnostic_comment']);

/** Named children without comments. @example kids(objectNode).map((p) => p.type) // ['object_property', …] */
export function kids(node: Node): Node[] {
  return node.namedChildren.filter((n): n is Node => n !== null && !TRIVIA.has(n.type));
}

/** 1-based line of a node, for messages. */
export function lineOf(node: Node): number {
  return node.startPosition.row + 1;
}

/** One piece of a Bicep string: literal text, or an interpolated `${…}` expression. */
export type StringPart = { text: string } | { expr: Node };

const ESCAPES: Record<string, string> = { '\\': '\\', "'": "'", n: '\n', r: '\r', t: '\t', $: '$' };

/** Decodes Bicep's escapes (`\\`, `\'`, `\n`, `\r`, `\t`, `\$`, `\u{…}`). @example unescapeBicep("it\\'s") // "it's" */
export function unescapeBicep(raw: string): string {
  let out = '';
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (c !== '\\' || i + 1 >= raw.length) {
      out += c;
      continue;
    }
    const next = raw[i + 1] ?? '';
    if (next === 'u' && raw[i + 2] === '{') {
      const end = raw.indexOf('}', i + 3);
      const code = end > 0 ? Number.parseInt(raw.slice(i + 3, end), 16) : Number.NaN;
      if (Number.isFinite(code)) {
        out += String.fromCodePoint(code);
        i = end;
        continue;
      }
    }
    out += ESCAPES[next] ?? `\\${next}`;
    i += 1;
  }
  return out;
}

/**
 * The literal text and `${}` expressions of a `string` node, in order.
 * @example stringParts(node of 'lb-${env}') // [{ text: 'lb-' }, { expr: <identifier env> }]
 */
export function stringParts(node: Node): StringPart[] {
  const text = node.text;
  if (text.startsWith("'''")) {
    // Multi-line strings are verbatim; a newline right after the opening quotes is not part of the value.
    return [{ text: text.slice(3, -3).replace(/^\r?\n/, '') }];
  }
  const parts: StringPart[] = [];
  const base = node.startIndex;
  let cursor = 1;
  const flush = (end: number) => {
    if (end > cursor) parts.push({ text: unescapeBicep(text.slice(cursor, end)) });
  };
  for (const child of kids(node)) {
    if (child.type !== 'interpolation') continue;
    flush(child.startIndex - base);
    const inner = kids(child)[0];
    if (!inner) throw new BicepMeaningError('This ${} has no expression inside; write the value or remove the ${}.', child);
    parts.push({ expr: inner });
    cursor = child.endIndex - base;
  }
  flush(text.length - 1);
  const merged: StringPart[] = [];
  for (const p of parts) {
    const last = merged[merged.length - 1];
    if ('text' in p && last && 'text' in last) last.text += p.text;
    else merged.push(p);
  }
  return merged;
}

/** The value of a string without `${}`; undefined when it interpolates. @example plainString(node of 'Tcp') // 'Tcp' */
export function plainString(node: Node): string | undefined {
  if (node.type !== 'string') return undefined;
  const parts = stringParts(node);
  if (parts.length === 0) return '';
  return parts.length === 1 && parts[0] && 'text' in parts[0] ? parts[0].text : undefined;
}

/** The key of an `object_property` (identifier or quoted) and its value node (undefined for a nested resource). */
export function propertyOf(prop: Node): { key: string; keyNode: Node; value: Node | undefined } | undefined {
  const [keyNode, ...rest] = kids(prop);
  if (!keyNode || keyNode.type === 'resource_declaration') return undefined;
  const key = keyNode.type === 'string' ? plainString(keyNode) : keyNode.text;
  if (key === undefined) throw new BicepMeaningError('Property names built with ${} are not supported; write the name out.', keyNode);
  return { key, keyNode, value: rest[rest.length - 1] };
}

/** The `object_property` children of an `object` node as [key, value] pairs, in source order. */
export function objectEntries(node: Node): { key: string; keyNode: Node; value: Node }[] {
  const out: { key: string; keyNode: Node; value: Node }[] = [];
  for (const prop of kids(node)) {
    if (prop.type !== 'object_property') continue;
    const p = propertyOf(prop);
    if (p?.value) out.push({ key: p.key, keyNode: p.keyNode, value: p.value });
  }
  return out;
}

/** Nested `resource` declarations written inside an object body. */
export function nestedResources(node: Node): Node[] {
  return kids(node)
    .filter((p) => p.type === 'object_property')
    .map((p) => kids(p)[0])
    .filter((n): n is Node => n?.type === 'resource_declaration');
}

/** A node's named field, or a meaning error saying which part is missing. */
export function fieldOf(node: Node, name: string): Node {
  const f = node.childForFieldName(name);
  if (!f) throw new BicepMeaningError(`This ${node.type.replace(/_/g, ' ')} is missing its ${name}.`, node);
  return f;
}

/** The one expression inside parentheses (or a non-null assertion `x!`). */
export function onlyChild(node: Node): Node {
  const inner = kids(node)[0];
  if (!inner) throw new BicepMeaningError('Empty parentheses.', node);
  return inner;
}

/** One element of a Bicep array: a node, or a one-argument call the grammar split in two (see `arrayItems`). */
export interface ArrayItem {
  node: Node;
  /** Set when `node` is the function's name and this is its `( … )`: the element is the call `name(arg)`. */
  callArg?: Node;
}

/**
 * The elements of an `array` node. tree-sitter-bicep 1.1.0 reads a one-argument call as the first element of a
 * multi-line array as two elements, a name and a parenthesised expression (`[\n  string(i)\n]` → `string`, `(i)`).
 * Bicep separates elements by a new line or a comma, so a name followed on the same line by `( … )` is a call.
 * @example arrayItems(node of "[\n  string(i)\n]") // [{ node: <identifier string>, callArg: <parenthesized (i)> }]
 */
export function arrayItems(node: Node): ArrayItem[] {
  const elements = kids(node);
  const items: ArrayItem[] = [];
  for (let i = 0; i < elements.length; i++) {
    const el = elements[i]!;
    const next = elements[i + 1];
    const between = next ? node.text.slice(el.endIndex - node.startIndex, next.startIndex - node.startIndex) : '';
    if (el.type === 'identifier' && next?.type === 'parenthesized_expression' && /^[ \t]*$/.test(between)) {
      items.push({ node: el, callArg: next });
      i++;
    } else items.push({ node: el });
  }
  return items;
}
