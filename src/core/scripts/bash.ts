// Building blocks shared by the bash flavours (ubuntu, rhel, linux-networkd).
import type { Opening, VmPlan } from './plan';
import { posixQuote } from './quote';

/**
 * A whole bash script: shebang, header comments, fail-fast, the names it prints (quoted), root check, body. With
 * `nicIp`, also NIC_IP, the VM's own address, which the tables of bashTables.ts name.
 * @example bashScript(['Floatplan ...'], plan, ['lo_add 203.0.113.10/32'])
 */
export function bashScript(header: readonly string[], plan: VmPlan, body: readonly string[], nicIp = false): string {
  const head = [
    '#!/usr/bin/env bash',
    ...header.map((l) => `# ${l}`.trimEnd()),
    'set -euo pipefail',
    '',
    '# Names from the topology, single-quoted so no character in them is special to the shell.',
    `readonly TOPOLOGY=${posixQuote(plan.topology)}`,
    `readonly VM=${posixQuote(plan.vm.name)}`,
    ...(nicIp ? [`readonly NIC_IP=${posixQuote(plan.vm.nic.ip)}`] : []),
    '',
    'if [[ "$(id -u)" -ne 0 ]]; then',
    '  echo "floatplan: run this script as root (for example: sudo bash $0); nothing was changed." >&2',
    '  exit 1',
    'fi',
    'echo "floatplan: VM $VM of topology $TOPOLOGY"',
    '',
  ];
  // One join, and the body searched where it lies in the text: a script is tens of kilobytes, 2,000 of them in
  // `script --all`, and joining the body on its own first copied each one twice.
  const text = [...head, ...body, ''].join('\n');
  TYPOGRAPHIC_FROM.lastIndex = head.reduce((n, l) => n + l.length + 1, 0);
  // A typographic quote in a name is plain text inside single quotes; shellcheck asks whether it was meant.
  const typographic = TYPOGRAPHIC.test(plan.topology) || TYPOGRAPHIC.test(plan.vm.name) || TYPOGRAPHIC_FROM.test(text);
  if (!typographic) return text;
  const shebang = head[0]!.length + 1;
  return `${text.slice(0, shebang)}# shellcheck disable=SC1110,SC1111,SC1112 # typographic quotes in names are literal text\n${text.slice(shebang)}`;
}

const TYPOGRAPHIC = /[\u2018-\u201f]/;
// The same, searching from lastIndex.
const TYPOGRAPHIC_FROM = new RegExp(TYPOGRAPHIC.source, 'g');

/** `203.0.113.10/32` for the loopback. */
export function withPrefix(ip: string, family: 4 | 6, prefix: { 4: number; 6: number }): string {
  return `${ip}/${prefix[family]}`;
}

// The test reads `ip -o addr` into a string instead of piping to `grep -q`: with pipefail, grep -q exiting
// early makes `ip` die of SIGPIPE and the whole test reads as false.
export const LO_FUNCTIONS = [
  '# Adds an address to lo unless it is already there, so a second run changes nothing.',
  'lo_add() {',
  '  if [[ "$(ip -o addr show dev lo)" == *" $1 "* ]]; then',
  '    echo "floatplan: $1 already on lo"',
  '  else',
  '    ip addr add "$1" dev lo "${@:2}"',
  '    echo "floatplan: added $1 to lo"',
  '  fi',
  '}',
  '# Removes an address from lo if it is there.',
  'lo_del() {',
  '  if [[ "$(ip -o addr show dev lo)" == *" $1 "* ]]; then',
  '    ip addr del "$1" dev lo',
  '    echo "floatplan: removed $1 from lo"',
  '  else',
  '    echo "floatplan: $1 is not on lo"',
  '  fi',
  '}',
];

/** One readable line per opening, e.g. `tcp 80 to 203.0.113.10 (rule1)`. */
export function describeOpening(o: Opening): string {
  const what = o.protocol === 'any' ? 'every protocol and port' : o.port === 0 ? `${o.protocol} every port` : `${o.protocol} ${o.port}`;
  return `${what} to ${o.address} (${o.kind === 'probe' ? 'health probe ' : ''}${o.reasons.join(', ')})`;
}

/** `printf` of fixed lines, each single-quoted: the way rule and probe names reach a bash script's output. */
export function printLines(lines: readonly string[]): string[] {
  if (!lines.length) return [];
  return [`printf '%s\\n' \\`, ...lines.map((l, i) => `  ${posixQuote(l)}${i < lines.length - 1 ? ' \\' : ''}`)];
}
