// Loads the tree-sitter Bicep grammar (a prebuilt WebAssembly file shipped in tree-sitter-bicep) on first use,
// so neither the runtime nor the grammar is in the app's initial download.
import type { Node, Parser, Point, Tree } from 'web-tree-sitter';
import { IMPORT_LIMITS } from '../budget';

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

let parserPromise: Promise<Parser> | undefined;

function runsInNode(): boolean {
  return typeof globalThis.process?.versions?.node === 'string';
}

// Node reads the grammar from disk (web-tree-sitter calls fs.readFile on a path); the browser fetches the
// URL Vite gives the asset. import.meta.resolve finds the package the same way `import` would.
function filePath(url: string): string {
  const path = decodeURIComponent(new URL(url).pathname);
  return /^\/[A-Za-z]:\//.test(path) ? path.slice(1) : path;
}

async function wasmLocations(): Promise<{ runtime?: string; grammar: string }> {
  if (runsInNode()) return { grammar: filePath(import.meta.resolve('tree-sitter-bicep/tree-sitter-bicep.wasm')) };
  const [runtime, grammar] = await Promise.all([
    import('web-tree-sitter/web-tree-sitter.wasm?url'),
    import('tree-sitter-bicep/tree-sitter-bicep.wasm?url'),
  ]);
  return { runtime: runtime.default, grammar: grammar.default };
}

async function loadParser(): Promise<Parser> {
  const [{ Parser: ParserClass, Language }, wasm] = await Promise.all([import('web-tree-sitter'), wasmLocations()]);
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
  return !statement.text.split('\n').slice(1).some((line) => DECLARATION_START.test(line));
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
  parserPromise ??= loadParser().catch((e: unknown) => {
    parserPromise = undefined;
    throw e;
  });
  const parser = await parserPromise;
  const tree: Tree | null = parser.parse(text.replace(/^\uFEFF/, ''));
  if (!tree) return { ok: false, error: { line: 1, column: 1, message: 'the Bicep parser gave no result' } };
  // Everything after the parser walks the tree recursively: refuse a nesting no file has before any of it runs.
  const deep = tooDeep(tree, IMPORT_LIMITS.depth);
  if (deep) {
    tree.delete();
    return { ok: false, error: { line: deep.row + 1, column: deep.column + 1, message: `the expression nests deeper than ${IMPORT_LIMITS.depth} levels here` } };
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
