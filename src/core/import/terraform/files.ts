// A Terraform configuration is every .tf file of a directory (main.tf, variables.tf, …); Terraform reads them as
// one. The import does the same: the files are joined into one text, each under a comment naming it, so the
// parser's line numbers can be traced back to the file they come from.

/** One file of a configuration. */
export interface SourceFile {
  name: string;
  text: string;
}

const MARKER = '# floatplan: file ';

/**
 * The files as one Terraform text, in the order given, each after a `# floatplan: file <name>` comment line.
 * @example joinTerraformFiles([{ name: 'variables.tf', text: 'variable "x" {}' }, { name: 'main.tf', text: '…' }])
 */
export function joinTerraformFiles(files: readonly SourceFile[]): string {
  // A byte-order mark (Windows editors) is fine at the start of a file, not in the middle of the joined text.
  const body = (t: string) => t.replace(/^\uFEFF/, '');
  return files.map((f) => `${MARKER}${f.name.replace(/[\r\n]/g, ' ')}\n${body(f.text)}${f.text.endsWith('\n') ? '' : '\n'}`).join('');
}

/**
 * Where line `line` (1-based) of a joined text comes from: the file and its own line; no file for a text that
 * was not joined.
 * @example locateLine(joined, 7) // { file: 'main.tf', line: 3 }
 */
export function locateLine(text: string, line: number): { file?: string; line: number } {
  const lines = text.split('\n');
  for (let i = Math.min(line, lines.length) - 1; i >= 0; i--) {
    if (lines[i]!.startsWith(MARKER)) return { file: lines[i]!.slice(MARKER.length), line: line - i - 1 };
  }
  return { line };
}

/** True for the name of a Terraform file in HCL (`.tf`); `.tf.json` files are read one at a time. */
export const isTerraformFile = (name: string) => /\.tf$/i.test(name);

/** True for a file Terraform itself skips in a directory: editor lock files and macOS metadata (`.#main.tf`, `._main.tf`). */
export const isHiddenFile = (name: string) => (name.split('/').pop() ?? name).startsWith('.');
