// Loads the tree-sitter Bicep grammar (a prebuilt WebAssembly file shipped in tree-sitter-bicep) on first use,
// so neither the runtime nor the grammar is in the app's initial download. Where the grammar lives comes from
// the entry point's loader (configureParsers).
import type { Node, Parser, Point, Tree } from 'web-tree-sitter';
import { IMPORT_LIMITS } from '../budget';
import { startOnce, type ParserLoaders } from '../parsers';

/** A parsed Bicep file; call `dispose()` when done (the tree lives in WebAssembly memory). */
export interface BicepTree {
  root: Node;
  dispose(): void;
}

/** Where and why the text is not valid Bicep (line and column are 1-based). */
export interface BicepSyntaxError {
  line: number;
  column: number;
  message: string;
}

export type BicepParse = { ok: true; tree: BicepTree; skippedTypes: BicepSyntaxError[] } | { ok: false; error: BicepSyntaxError };

const started = new WeakMap<ParserLoaders, Promise<Parser>>();

// web-tree-sitter runs the same everywhere; only where its WebAssembly lives depends on the platform.
async function startParser(loaders: ParserLoaders): Promise<Parser> {
  const [{ Parser: ParserClass, Language }, wasm] = await Promise.all([import('web-tree-sitter'), loaders.loadBicepGrammar()]);
  const { runtime } = wasm;
  await ParserClass.init(runtime ? { locateFile: () => runtime } : undefined);
  const parser = new ParserClass();
  parser.setLanguage(await Language.load(wasm.grammar));
  return parser;
}

/** Where the tree first goes deeper than `max` levels, walked with a cursor (no recursion), or undefined. */
function tooDeep(tree: Tree, max: number): Point | undefined {
  const cursor = tree.walk();
  try {
    let depth = 0;
    for (;;) {
      if (cursor.gotoFirstChild()) {
        if (++depth > max) return cursor.startPosition;
        continue;
      }
      while (!cursor.gotoNextSibling()) {
        if (!cursor.gotoParent()) return undefined;
        depth--;
      }
    }
  } finally {
    cursor.delete();
  }
}

/** The first node (in source order) that tree-sitter could not fit into the grammar. */
function firstProblem(node: Node): Node | undefined {
  if (node.isError || node.isMissing) return node;
  if (!node.hasError) return undefined;
  for (const child of node.children) {
    const found = firstProblem(child);
    if (found) return found;
  }
  return node;
}

// A type declaration only shapes values. When the grammar stumbles inside one (newer type syntax such as
// `resourceInput<'…'>.tags`), the rest of the file means the same without it, so it is skipped with a note;
// unless the stumble ran on into a following declaration (a later line that starts like one).
const DECLARATION_START = /^\s*(param|var|resource|module|output|type|func|import|metadata|targetScope|using|extension)\b/;

function skippableType(statement: Node): boolean {
  if (statement.type !== 'type_declaration') return false;
  return !statement.text
    .split('\n')
    .slice(1)
    .some((line) => DECLARATION_START.test(line));
}

function describeProblem(node: Node): string {
  if (node.isMissing) return `"${node.type}" is missing here`;
  const text = node.text.trim().split('\n')[0] ?? '';
  const shown = text.length > 40 ? `${text.slice(0, 40)}…` : text;
  return shown ? `unexpected "${shown}"` : 'unexpected text';
}

/**
 * Parses Bicep text with tree-sitter-bicep; a syntax error comes back with its 1-based line and column.
 * @example const r = await parseBicep("param x int = 1"); if (r.ok) { r.tree.root.type; r.tree.dispose(); } // 'infrastructure'
 */
export async function parseBicep(text: string): Promise<BicepParse> {
  const parser = await startOnce(started, startParser);
  const tree: Tree | null = parser.parse(text.replace(/^\uFEFF/, ''));
  if (!tree) return { ok: false, error: { line: 1, column: 1, message: 'the Bicep parser gave no result' } };
  // Everything after the parser walks the tree recursively: refuse a nesting no file has before any of it runs.
  const deep = tooDeep(tree, IMPORT_LIMITS.depth);
  if (deep) {
    tree.delete();
    return {
      ok: false,
      error: {
        line: deep.row + 1,
        column: deep.column + 1,
        message: `the expression nests deeper than ${IMPORT_LIMITS.depth} levels here`,
      },
    };
  }
  const skippedTypes: BicepSyntaxError[] = [];
  for (const statement of [tree.rootNode, ...tree.rootNode.children.filter((c): c is Node => c !== null)]) {
    if (statement.id === tree.rootNode.id ? !(statement.isError || statement.isMissing) : !statement.hasError) continue;
    const problem = firstProblem(statement) ?? statement;
    const { row, column } = problem.startPosition;
    const where = { line: row + 1, column: column + 1, message: describeProblem(problem) };
    if (skippableType(statement)) {
      skippedTypes.push(where);
      continue;
    }
    tree.delete();
    return { ok: false, error: where };
  }
  return { ok: true, tree: { root: tree.rootNode, dispose: () => tree.delete() }, skippedTypes };
}
