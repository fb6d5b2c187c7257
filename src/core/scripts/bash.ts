// Building blocks shared by the bash flavours (ubuntu, rhel, linux-networkd).
import type { Opening, VmPlan } from './plan';
import { posixQuote } from './quote';
import { sharedJoin, type ScriptParts } from './scriptParts';

/**
 * A whole bash script: shebang, header comments, fail-fast, the names it prints (quoted), root check, body. With
 * `nicIp`, also NIC_IP, the VM's own address, which the tables of bashTables.ts name.
 * @example bashScript(['Floatplan ...'], plan, ['lo_add 203.0.113.10/32'])
 */
export function bashScript(header: readonly string[], plan: VmPlan, body: readonly string[], nicIp = false): string {
  const { head, tail } = bashParts(header, plan, body, nicIp);
  return head + tail;
}

/**
 * {@link bashScript} as the VM's opening (shebang, header, names) and the rest, which is one string shared by the VMs of a
 * pool whose body lines are the same (scriptParts.ts).
 */
export function bashParts(header: readonly string[], plan: VmPlan, body: readonly string[], nicIp = false): ScriptParts {
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
  // The body is joined once for all the VMs whose body lines are the same, and searched once.
  const tail = sharedJoin([...body, ''], '\n');
  // A typographic quote in a name is plain text inside single quotes; shellcheck asks whether it was meant.
  const typographic = TYPOGRAPHIC.test(plan.topology) || TYPOGRAPHIC.test(plan.vm.name) || typographicTail(tail);
  const text = `${head.join('\n')}\n`;
  if (!typographic) return { head: text, tail };
  const shebang = head[0]!.length + 1;
  return {
    head: `${text.slice(0, shebang)}# shellcheck disable=SC1110,SC1111,SC1112 # typographic quotes in names are literal text\n${text.slice(shebang)}`,
    tail,
  };
}

// Whether a tail holds a typographic quote, searched once per tail string (a shared tail is one object: its hash, and
// so the lookup, costs nothing after the first).
const typographicTails = new Map<string, boolean>();
function typographicTail(tail: string): boolean {
  let found = typographicTails.get(tail);
  if (found === undefined) {
    if (typographicTails.size >= 512) typographicTails.clear();
    typographicTails.set(tail, (found = TYPOGRAPHIC.test(tail)));
  }
  return found;
}

const TYPOGRAPHIC = /[\u2018-\u201f]/;

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
