// Building blocks of the bash scripts for clusters and appliances: the --node-only switch, idempotent sysctl
// settings and their persistent file. No loopback here: the cluster or the routing table places addresses.
import { removeFileLines, writeFileLines } from './persistFile';
import type { ScriptFile } from './types';

/** Parses the script's one argument, `--node-only`, which skips the cluster part on every node but one. */
export const NODE_ONLY_ARGS = [
  'NODE_ONLY=0',
  'for arg in "$@"; do',
  '  case "$arg" in',
  '    --node-only) NODE_ONLY=1 ;;',
  '    *) echo "floatplan: unknown argument $arg (the only one is --node-only); nothing was changed." >&2; exit 2 ;;',
  '  esac',
  'done',
];

/** `sysctl_set KEY VALUE`: writes the runtime value only when it differs, so a second run changes nothing. */
export const SYSCTL_FUNCTIONS = [
  '# Sets a kernel parameter unless it already has the value.',
  'sysctl_set() {',
  '  if [[ "$(sysctl -n "$1")" == "$2" ]]; then',
  '    echo "floatplan: $1 is already $2"',
  '  else',
  '    sysctl -qw "$1=$2"',
  '    echo "floatplan: set $1 = $2"',
  '  fi',
  '}',
];

/** A sysctl.d file of our own holding `settings` (key, value), so the values survive a reboot. */
export function sysctlFile(path: string, note: string, settings: readonly (readonly [string, string])[]): ScriptFile {
  return { path, mode: '644', content: [`# ${note}`, ...settings.map(([k, v]) => `${k} = ${v}`), ''].join('\n') };
}

/**
 * Runtime values, then (persist) the file; rollback removes the file first and sets the `undo` values, so no file
 * re-applies a value after the script put it back.
 */
export function sysctlSteps(
  file: ScriptFile,
  settings: readonly (readonly [string, string])[],
  o: { persist: boolean; rollback: boolean; undo: readonly (readonly [string, string])[] },
): string[] {
  const runtime = (list: readonly (readonly [string, string])[]) => list.map(([k, v]) => `sysctl_set ${k} ${v}`);
  if (o.rollback) return [...(o.persist ? removeFileLines(file.path, []) : []), ...runtime(o.undo)];
  return [
    ...runtime(settings),
    ...(o.persist ? ['', `# Persistence: ${file.path}, read at boot by systemd-sysctl.`, ...writeFileLines(file, [])] : []),
  ];
}
