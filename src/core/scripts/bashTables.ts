// The bash flavours as data and loops: what a VM holds (LOOPBACK), opens (OPENINGS) and serves (LISTENS) is written
// once as an array near the top of the script, and each step loops over it. A VM behind 250 floating rules used to
// repeat a block per frontend IP in five places; now each address is one line an ops person can read and check.
// Names reach the arrays single-quoted and are only ever printed with printf '%s', never run.
import type { Listen, Opening, VmPlan } from './plan';
import { listenLabel } from './plan';
import { withPrefix } from './bash';
import { posixQuote } from './quote';
import { tableOf } from './tableCache';

/** How a table names the VM's own NIC IP: the variable the script defines, so VMs of one pool share their tables. */
const NIC_IP = '"$NIC_IP"';

/** A word of a table row: plain when it is an address or number, single-quoted otherwise. */
function word(s: string): string {
  return SAFE_WORD.test(s) ? s : posixQuote(s);
}
const SAFE_WORD = /^[0-9A-Za-z.:_/-]+$/;

const address = (a: string, nic: string) => (a === nic ? NIC_IP : word(a));

/** `readonly -a NAME=(` rows `)`, one row a line: the table as the script holds it. */
function array(name: string, comment: string, rows: readonly string[]): string {
  return [`# ${comment}`, `readonly -a ${name}=(`, ...rows.map((r) => `  ${r}`), ')'].join('\n');
}

/** LOOPBACK: the frontend IPs with their prefix, one a line ('' when the VM holds none). */
export function loopbackTable(plan: VmPlan, prefix: { 4: number; 6: number }): string {
  if (!plan.loopback.length) return '';
  return tableOf(plan, 'loopback', prefix, () =>
    array(
      'LOOPBACK',
      'Frontend IPs this VM holds on its loopback (floating IP), with their prefix length.',
      plan.loopback.map((l) => withPrefix(l.ip, l.family, prefix)),
    ),
  );
}

/** OPENINGS: protocol, port, local address and what each opening serves ('' when there is nothing to open). */
export function openingsTable(plan: VmPlan): string {
  if (!plan.openings.length) return '';
  return tableOf(plan, 'openings', undefined, () =>
    array(
      'OPENINGS',
      'Host firewall openings, four words each: protocol (any: every protocol), port (0: every port), local address, what it serves.',
      plan.openings.map((o) => openingRow(o, plan.vm.nic.ip)),
    ),
  );
}

function openingRow(o: Opening, nic: string): string {
  return `${o.protocol} ${o.port} ${address(o.address, nic)} ${posixQuote(`${o.kind === 'probe' ? 'health probe ' : ''}${o.reasons.join(', ')}`)}`;
}

/** LISTENS: each rule served and where its service must listen ('' when none). */
export function listensTable(plan: VmPlan): string {
  if (!plan.listens.length) return '';
  return tableOf(plan, 'listens', undefined, () =>
    array(
      'LISTENS',
      'Rules served, eight words each: rule, frontend, frontend IP, protocol, frontend port, listen address, listen port (0: every port), listen on (loopback: floating IP; nic: floating IP off).',
      plan.listens.map((l) => listenRow(l, plan.vm.nic.ip)),
    ),
  );
}

function listenRow(l: Listen, nic: string): string {
  return `${posixQuote(listenLabel(l))} ${posixQuote(l.frontend)} ${word(l.frontendIp)} ${l.protocol} ${l.frontendPort} ${address(l.address, nic)} ${l.port} ${l.on}`;
}

/** The loops over LOOPBACK: add (or remove) each address at runtime, with the label on IPv4 (the kernel labels only those). */
export function loopbackLoop(label: string | undefined, remove: boolean): string[] {
  const add = label
    ? `if [[ "$address" == *:* ]]; then lo_add "$address"; else lo_add "$address" label ${posixQuote(label)}; fi`
    : 'lo_add "$address"';
  return ['for address in "${LOOPBACK[@]}"; do', `  ${remove ? 'lo_del "$address"' : add}`, 'done'];
}

/** The verification loop: every address is on lo (or, after a rollback, none is). */
export function verifyLoop(rollback: boolean): string[] {
  return [
    'for address in "${LOOPBACK[@]}"; do',
    rollback
      ? '  [[ "$(ip -o addr show dev lo)" != *" $address "* ]] || { echo "floatplan: $address is still on lo" >&2; exit 1; }'
      : '  [[ "$(ip -o addr show dev lo)" == *" $address "* ]] || { echo "floatplan: $address is missing from lo" >&2; exit 1; }',
    'done',
  ];
}

/** Prints LISTENS as the services' listen addresses, as `rule: Tcp 203.0.113.10:80 on the loopback`. */
export const LISTENS_PRINT = [
  "echo 'floatplan: services must listen on:'",
  'for ((i = 0; i < ${#LISTENS[@]}; i += 8)); do',
  '  listen_address=${LISTENS[i + 5]} listen_port=${LISTENS[i + 6]}',
  '  if [[ "$listen_port" == 0 ]]; then endpoint="$listen_address (every port)"',
  '  elif [[ "$listen_address" == *:* ]]; then endpoint="[$listen_address]:$listen_port"',
  '  else endpoint="$listen_address:$listen_port"; fi',
  '  if [[ "${LISTENS[i + 7]}" == nic ]]; then on=NIC; else on=loopback; fi',
  '  printf \'  %s: %s %s on the %s\\n\' "${LISTENS[i]}" "${LISTENS[i + 3]}" "$endpoint" "$on"',
  'done',
];

/** Firewall helpers over one OPENINGS row (protocol, port, address): ufw's words, a firewalld rich rule, a readable line. */
export const OPENING_FUNCTIONS = [
  '# One OPENINGS row for ufw: allow (or delete) it; ufw skips an existing rule and reports a missing one.',
  'ufw_opening() {',
  '  local words=()',
  '  [[ "$2" == any ]] || words+=(proto "$2")',
  '  words+=(to "$4")',
  '  [[ "$3" == 0 ]] || words+=(port "$3")',
  '  if [[ "$1" == allow ]]; then',
  '    ufw allow "${words[@]}"',
  '  else',
  '    ufw delete allow "${words[@]}" || echo "floatplan: ufw rule already absent"',
  '  fi',
  '}',
  '# One OPENINGS row as a firewalld rich rule, limited to its destination address.',
  'rich_rule() {',
  '  local family=ipv4',
  '  if [[ "$3" == *:* ]]; then family=ipv6; fi',
  '  local head="rule family=\\"$family\\" destination address=\\"$3\\""',
  '  if [[ "$1" == any ]]; then',
  '    echo "$head accept"',
  '  elif [[ "$2" == 0 ]]; then',
  '    echo "$head protocol value=\\"$1\\" accept"',
  '  else',
  '    echo "$head port port=\\"$2\\" protocol=\\"$1\\" accept"',
  '  fi',
  '}',
  '# One OPENINGS row in words, e.g. "tcp 80 to 203.0.113.10 (web)".',
  'describe_opening() {',
  '  if [[ "$1" == any ]]; then',
  '    printf \'  every protocol and port to %s (%s)\\n\' "$3" "$4"',
  '  elif [[ "$2" == 0 ]]; then',
  '    printf \'  %s every port to %s (%s)\\n\' "$1" "$3" "$4"',
  '  else',
  '    printf \'  %s %s to %s (%s)\\n\' "$1" "$2" "$3" "$4"',
  '  fi',
  '}',
];

/** A loop over OPENINGS running `command` with the row's words as "$@"-style arguments (protocol, port, address, serves). */
export function openingsLoop(command: string): string[] {
  return ['for ((i = 0; i < ${#OPENINGS[@]}; i += 4)); do', `  ${command}`, 'done'];
}
