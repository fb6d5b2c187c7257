// `cluster-windows` (SQL Server Always On listener / FCI on WSFC): no loopback. Part 1 runs on every node (probe port
// excluded from the dynamic range, firewall); part 2 runs once and points each cluster IP Address resource at its
// frontend IP and probe port with Microsoft's Set-ClusterParameter command. Pure ASCII, like every .ps1 we write.
import type { ClusterFrontend, Opening, VmPlan } from './plan';
import { asciiText, commentText, psQuote } from './quote';
import { firewallDescription, firewallRuleName } from './windowsCommon';
import { FIREWALL_FUNCTIONS, psPrologue } from './windowsPowershell';

/** What windowsClusterScript needs; the names the topology does not hold come from options, or the script asks. */
export interface WindowsClusterInput {
  plan: VmPlan;
  header: string[];
  rollback: boolean;
  clusterNetwork?: string;
  ipResources: Readonly<Record<string, string>>;
}

/** The PowerShell parameter that names frontend `i`'s cluster IP resource (1-based, in plan order). */
export function ipResourceParam(i: number): string {
  return `IpResource${i + 1}`;
}

/** `Add-FloatplanFirewallRule …` (or its removal) for one opening; names are {@link psQuote}d. */
export function psFirewallLine(o: Opening, remove: boolean): string {
  if (remove) return `Remove-FloatplanFirewallRule ${psQuote(firewallRuleName(o))}`;
  const proto = o.protocol === 'any' ? 'Any' : o.protocol.toUpperCase();
  const port = o.protocol === 'any' || o.port === 0 ? "''" : `'${o.port}'`;
  return `Add-FloatplanFirewallRule ${psQuote(firewallRuleName(o))} '${proto}' ${port} '${o.address}' ${psQuote(firewallDescription(o))}`;
}

const HELPERS = [
  '# True when a TCP port lies in an excluded range (netsh prints "start end" per range, in any language).',
  'function Test-FloatplanPortExcluded([int]$Port) {',
  '  foreach ($line in @(netsh int ipv4 show excludedportrange tcp)) {',
  "    if ($line -match '^\\s*(\\d+)\\s+(\\d+)') { if ([int]$Matches[1] -le $Port -and $Port -le [int]$Matches[2]) { return $true } }",
  '  }',
  '  return $false',
  '}',
  '# True when the IP Address resource already has exactly the parameters part 2 would set.',
  'function Test-FloatplanClusterIp([string]$Resource, [string]$Address, [int]$ProbePort) {',
  '  $res = Get-ClusterResource -Name $Resource',
  '  if ($res.ResourceType.Name -ne \'IP Address\') { throw "floatplan: cluster resource $Resource is a $($res.ResourceType.Name) resource, not an IP Address resource; nothing more was changed in the cluster." }',
  '  $p = @{}',
  '  $res | Get-ClusterParameter | ForEach-Object { $p[$_.Name] = "$($_.Value)" }',
  "  return ($p['Address'] -eq $Address) -and ($p['ProbePort'] -eq \"$ProbePort\") -and ($p['SubnetMask'] -eq '255.255.255.255') -and ($p['Network'] -eq $ClusterNetworkName) -and ($p['EnableDhcp'] -eq '0')",
  '}',
];

/** The whole `.ps1`, CRLF line ends; parameters name what the topology does not know (cluster network, IP resources). */
export function windowsClusterScript(i: WindowsClusterInput): string {
  const { plan } = i;
  const frontends = plan.cluster;
  const probePorts = [...new Set(frontends.map((c) => c.probes[0]!.port))];
  const params = [
    '  # The cluster network of the IP resources: Get-ClusterNetwork lists them.',
    `  [string]$ClusterNetworkName = ${psQuote(i.clusterNetwork ?? '')},`,
    ...frontends.flatMap((c, n) => [
      `  # The IP Address resource of frontend ${describe(c)}: Get-ClusterResource | Where-Object { $_.ResourceType -eq 'IP Address' }`,
      `  [string]$${ipResourceParam(n)} = ${psQuote(i.ipResources[c.frontend] ?? '')},`,
    ]),
    '  # Configure only this node (part 1): for every node but the one that runs part 2.',
    '  [switch]$NodeOnly',
  ];
  const needed = [
    ...(i.rollback ? [] : [['ClusterNetworkName', 'the cluster network (Get-ClusterNetwork lists them)']]),
    ...frontends.map((c, n) => [ipResourceParam(n), `the cluster IP Address resource of frontend ${describe(c)}`]),
  ];
  const checks = needed.map(
    ([p, what]) =>
      `  if ($${p} -eq '') { throw ${psQuote(`floatplan: give -${p} <name>: ${what}; or run with -NodeOnly. Nothing was changed.`)} }`,
  );
  const part1 = i.rollback
    ? [...probePorts.flatMap(unexclude), ...plan.openings.map((o) => psFirewallLine(o, true))]
    : [...probePorts.flatMap(exclude), ...plan.openings.map((o) => psFirewallLine(o, false))];
  const part2 = frontends.flatMap((c, n) => (i.rollback ? clearProbe(c, n) : setParameters(c, n)));
  const verify = [
    "Write-Host 'floatplan: resulting state'",
    'netsh int ipv4 show excludedportrange tcp | Out-String | Write-Host',
    "Get-NetFirewallRule -Name 'Floatplan *' -ErrorAction SilentlyContinue | Format-Table Name, Enabled, Direction, Action -AutoSize | Out-String | Write-Host",
    "if (-not $NodeOnly) { Get-ClusterResource | Where-Object { $_.ResourceType.Name -eq 'IP Address' } | Get-ClusterParameter -Name Address, ProbePort, SubnetMask, Network | Format-Table -AutoSize | Out-String | Write-Host }",
    `Write-Host 'floatplan: ${i.rollback ? 'rollback' : 'configuration'} complete'`,
  ];
  return [
    ...psPrologue(i.header, plan.topology, plan.vm.name, [], params),
    '# The cluster names are not in the topology: nothing is guessed, and nothing changes until they are given.',
    'if (-not $NodeOnly) {',
    ...checks,
    '}',
    ...FIREWALL_FUNCTIONS,
    ...HELPERS,
    '',
    `# Part 1 - this node (run on every cluster node): ${i.rollback ? 'release the probe ports, close the firewall' : 'reserve the probe ports, open the firewall'}.`,
    ...part1,
    '',
    `# Part 2 - the cluster (once, on one node): ${i.rollback ? 'stop the IP resources answering the probe' : "each frontend's IP Address resource"}.`,
    'if ($NodeOnly) {',
    "  Write-Host 'floatplan: -NodeOnly: the cluster resources are left as they are'",
    '} else {',
    '  Import-Module FailoverClusters',
    ...(i.rollback ? [] : ['  $changed = @()']),
    ...part2.map((l) => `  ${l}`),
    ...(i.rollback
      ? []
      : [
          '  if ($changed.Count -gt 0) {',
          "    Write-Host ('floatplan: the new parameters take effect when the IP resource restarts (in a maintenance window: Stop-ClusterResource <name>, then Start-ClusterResource <name> and Start-ClusterGroup <role>): ' + ($changed -join ', '))",
          '  }',
        ]),
    '}',
    '',
    ...verify,
    '',
  ].join('\r\n');
}

function describe(c: ClusterFrontend): string {
  return `${asciiText(commentText(c.frontend))} ${c.ip} (probe port ${c.probes[0]!.port})`;
}

// Microsoft's command, checked first: netsh refuses a range that overlaps one already excluded.
function exclude(port: number): string[] {
  return [
    `if (Test-FloatplanPortExcluded ${port}) { Write-Host 'floatplan: TCP port ${port} is already excluded from the dynamic port range' } else {`,
    `  netsh int ipv4 add excludedportrange tcp startport=${port} numberofports=1 store=persistent`,
    `  if ($LASTEXITCODE -ne 0) { throw 'floatplan: netsh could not exclude TCP port ${port}; if a process uses it (netstat -ano | findstr :${port}), stop it and rerun.' }`,
    '}',
  ];
}

function unexclude(port: number): string[] {
  return [
    `if (Test-FloatplanPortExcluded ${port}) {`,
    `  netsh int ipv4 delete excludedportrange tcp startport=${port} numberofports=1 store=persistent`,
    `  if ($LASTEXITCODE -ne 0) { throw 'floatplan: netsh could not release TCP port ${port} (a wider range may hold it: netsh int ipv4 show excludedportrange tcp).' }`,
    '}',
  ];
}

function setParameters(c: ClusterFrontend, n: number): string[] {
  const p = `$${ipResourceParam(n)}`;
  const port = c.probes[0]!.port;
  return [
    `if (Test-FloatplanClusterIp ${p} '${c.ip}' ${port}) { Write-Host "floatplan: ${p} already has Address ${c.ip}, ProbePort ${port}" } else {`,
    `  Get-ClusterResource ${p} | Set-ClusterParameter -Multiple @{Address='${c.ip}'; ProbePort=${port}; SubnetMask='255.255.255.255'; Network=$ClusterNetworkName; EnableDhcp=0}`,
    `  Write-Host "floatplan: set Address ${c.ip}, ProbePort ${port}, SubnetMask 255.255.255.255 on ${p}"`,
    `  $changed += ${p}`,
    '}',
  ];
}

// Only the probe is undone: the listener keeps its address, and the old subnet mask is not known here.
function clearProbe(c: ClusterFrontend, n: number): string[] {
  const p = `$${ipResourceParam(n)}`;
  return [
    `if ((Get-ClusterResource ${p} | Get-ClusterParameter -Name ProbePort).Value -ne 0) {`,
    `  Get-ClusterResource ${p} | Set-ClusterParameter -Name ProbePort -Value 0`,
    `  Write-Host "floatplan: ${p} no longer answers the probe (Address ${c.ip} and SubnetMask are left; restart the resource to apply)"`,
    '}',
  ];
}
