// windows-powershell as data and loops, like the bash flavours (bashTables.ts): the addresses the VM holds
// ($LoopbackAddresses), the firewall openings ($Openings) and the rules it serves ($Listens) are arrays near the top,
// and each step loops over them. Names are psQuote'd strings in the arrays; the loops only pass them to cmdlets as
// values and print them, never run them.
import type { Listen, Opening, VmPlan } from './plan';
import { listenLabel } from './plan';
import { psQuote } from './quote';
import { tableOf } from './tableCache';
import { firewallDescription } from './windowsCommon';

const address = (a: string, nic: string) => (a === nic ? '$NicIp' : psQuote(a));

/**
 * `$Name = @(` rows `)`: each row `,@(...)` so that a table of one row stays a table of rows (the unary comma keeps
 * PowerShell from unrolling it into its elements).
 */
function array(name: string, comment: string, rows: readonly string[], nested: boolean): string {
  if (!rows.length) return [`# ${comment}`, `$${name} = @()`].join('\r\n');
  return [`# ${comment}`, `$${name} = @(`, ...rows.map((r) => (nested ? `  ,@(${r})` : `  ${r}`)), ')'].join('\r\n');
}

/** $LoopbackAddresses: each frontend IP with its prefix length, `'203.0.113.10/32'`. */
export function psLoopbackTable(plan: VmPlan, prefix: { 4: number; 6: number }): string {
  return tableOf(plan, 'ps loopback', prefix, () =>
    array(
      'LoopbackAddresses',
      'Frontend IPs this VM holds on its loopback (floating IP), with their prefix length.',
      plan.loopback.map((l) => `'${l.ip}/${prefix[l.family]}'`),
      false,
    ),
  );
}

/** $Openings: kind, protocol, port, local address and the firewall rule's description, one row an opening. */
export function psOpeningsTable(plan: VmPlan): string {
  return tableOf(plan, 'ps openings', undefined, () =>
    array(
      'Openings',
      'Firewall openings: kind (rule or probe), protocol (any: every protocol), port (0: every port), local address, description.',
      plan.openings.map((o) => openingRow(o, plan.vm.nic.ip)),
      true,
    ),
  );
}

function openingRow(o: Opening, nic: string): string {
  return `'${o.kind}', '${o.protocol}', ${o.port}, ${address(o.address, nic)}, ${psQuote(firewallDescription(o))}`;
}

/** $Listens: each rule served and where its service must listen. */
export function psListensTable(plan: VmPlan): string {
  return tableOf(plan, 'ps listens', undefined, () =>
    array(
      'Listens',
      'Rules served: rule, frontend, frontend IP, protocol, frontend port, listen address, listen port (0: every port), listen on (loopback: floating IP; nic: floating IP off).',
      plan.listens.map((l) => listenRow(l, plan.vm.nic.ip)),
      true,
    ),
  );
}

function listenRow(l: Listen, nic: string): string {
  return `${psQuote(listenLabel(l))}, ${psQuote(l.frontend)}, ${psQuote(l.frontendIp)}, '${l.protocol}', ${l.frontendPort}, ${address(l.address, nic)}, ${l.port}, '${l.on}'`;
}

/** The firewall rule of one $Openings row: its name (fixed words, protocol, port and address; no user text), protocol and port. */
export const OPENING_FUNCTION = [
  '# One $Openings row as a firewall rule: its name (fixed words, protocol, port, address), protocol and port.',
  'function Get-FloatplanOpening($Row) {',
  '  $kind = $Row[0]; $protocol = $Row[1]; $port = $Row[2]; $address = $Row[3]',
  '  $what = if ($protocol -eq \'any\') { \'any\' } elseif ($port -eq 0) { "$protocol-all" } else { "$protocol-$port" }',
  "  $probe = if ($kind -eq 'probe') { 'probe ' } else { '' }",
  '  @{',
  '    Name = "Floatplan $probe$what to $address"',
  "    Protocol = if ($protocol -eq 'any') { 'Any' } else { $protocol.ToUpper() }",
  "    Port = if ($protocol -eq 'any' -or $port -eq 0) { '' } else { \"$port\" }",
  '  }',
  '}',
];

/** Adds every address of $LoopbackAddresses and every rule of $Openings (or, in a rollback, removes them). */
export function psLoops(rollback: boolean): string[] {
  if (rollback)
    return [
      'foreach ($entry in $LoopbackAddresses) { Remove-FloatplanAddress ($entry -split "/")[0] }',
      'foreach ($row in $Openings) { Remove-FloatplanFirewallRule (Get-FloatplanOpening $row).Name }',
    ];
  return [
    'foreach ($entry in $LoopbackAddresses) {',
    "  $parts = $entry -split '/'",
    '  Add-FloatplanAddress $parts[0] ([int]$parts[1])',
    '}',
    'foreach ($row in $Openings) {',
    '  $rule = Get-FloatplanOpening $row',
    '  Add-FloatplanFirewallRule $rule.Name $rule.Protocol $rule.Port $row[3] $row[4]',
    '}',
  ];
}

/** Prints $Listens as the services' listen addresses, as `rule: Tcp 203.0.113.10:80 on the loopback`. */
export const PS_LISTENS_PRINT = [
  "Write-Host 'floatplan: services must listen on:'",
  'foreach ($l in $Listens) {',
  '  $endpoint = if ($l[6] -eq 0) { "$($l[5]) (every port)" } elseif ($l[5] -like \'*:*\') { "[$($l[5])]:$($l[6])" } else { "$($l[5]):$($l[6])" }',
  "  $on = if ($l[7] -eq 'nic') { 'NIC' } else { 'loopback' }",
  '  Write-Host "  $($l[0]): $($l[3]) $endpoint on the $on"',
  '}',
];
