// Writing and removing a configuration file idempotently from bash: the file is only replaced (and the
// change applied) when its content differs, so a second run touches nothing.
import type { ScriptFile } from './types';

const EOF_MARK = 'FLOATPLAN_EOF';

/**
 * Lines that install `file` (mode from the file) and run `apply` only when the content changed.
 * The heredoc delimiter is quoted, so the content is taken literally (it only holds addresses anyway).
 */
export function writeFileLines(file: ScriptFile, apply: readonly string[]): string[] {
  if (file.content.split('\n').includes(EOF_MARK)) throw new Error('file content contains the heredoc delimiter');
  return [
    `floatplan_new="$(mktemp)"`,
    `trap 'rm -f "$floatplan_new"' EXIT`,
    `cat >"$floatplan_new" <<'${EOF_MARK}'`,
    ...file.content.replace(/\n$/, '').split('\n'),
    EOF_MARK,
    ...installLines(file, apply),
  ];
}

/**
 * Lines that install `file` as `print` prints it (lines of shell writing the content to stdout, such as a loop over
 * the script's LOOPBACK table) and run `apply` only when the content changed. `print` must print `file.content`.
 */
export function writePrintedFileLines(file: ScriptFile, print: readonly string[], apply: readonly string[]): string[] {
  return [
    `floatplan_new="$(mktemp)"`,
    `trap 'rm -f "$floatplan_new"' EXIT`,
    '{',
    ...print.map((l) => `  ${l}`),
    '} >"$floatplan_new"',
    ...installLines(file, apply),
  ];
}

function installLines(file: ScriptFile, apply: readonly string[]): string[] {
  return [
    `if [[ -f ${file.path} ]] && cmp -s "$floatplan_new" ${file.path}; then`,
    `  echo "floatplan: ${file.path} is already up to date"`,
    'else',
    `  install -m ${file.mode} "$floatplan_new" ${file.path}`,
    `  echo "floatplan: wrote ${file.path}"`,
    ...apply.map((l) => `  ${l}`),
    'fi',
  ];
}

/** Lines that remove `path` and run `apply` only if the file exists. */
export function removeFileLines(path: string, apply: readonly string[]): string[] {
  return [
    `if [[ -f ${path} ]]; then`,
    `  rm -f ${path}`,
    `  echo "floatplan: removed ${path}"`,
    ...apply.map((l) => `  ${l}`),
    'else',
    `  echo "floatplan: ${path} is already absent"`,
    'fi',
  ];
}
