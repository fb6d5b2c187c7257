// `windows-powershell`: Set-NetIPInterface, New-NetIPAddress -SkipAsSource, New-NetFirewallRule; optionally
// installs a Microsoft KM-TEST Loopback Adapter when the user wants a dedicated adapter.
import { asciiLines, psQuote } from './quote';
import { OPENING_FUNCTION, psListensTable, psLoopbackTable, psLoops, psOpeningsTable, PS_LISTENS_PRINT } from './windowsTables';
import type { WindowsInput } from './windowsNetsh';
import { sharedJoin, type ScriptParts } from './scriptParts';

/** Stops a script that is not elevated before it changes anything. */
export const ADMIN_CHECK = [
  '$principal = New-Object Security.Principal.WindowsPrincipal([Security.Principal.WindowsIdentity]::GetCurrent())',
  'if (-not $principal.IsInRole([Security.Principal.WindowsBuiltInRole]::Administrator)) {',
  "  throw 'floatplan: run this script in an elevated PowerShell (Run as administrator); nothing was changed.'",
  '}',
];

/**
 * The opening every PowerShell script shares: its header as comments, an optional `param()` block, strict
 * settings, the elevation check, and the topology's names in single quotes followed by `extra` variables.
 * @example psPrologue(['VM1'], 'topo', 'VM1', [['Nic', 'Ethernet']]) // ['# VM1', "$ErrorActionPreference = 'Stop'", …]
 */
export function psPrologue(
  header: readonly string[],
  topology: string,
  vm: string,
  extra: readonly (readonly [string, string])[],
  params?: readonly string[],
): string[] {
  return [
    ...asciiLines(header).map((l) => `# ${l}`.trimEnd()),
    ...(params ? ['param(', ...params, ')'] : []),
    "$ErrorActionPreference = 'Stop'",
    'Set-StrictMode -Version 3.0',
    ...ADMIN_CHECK,
    '# Names from the topology, single-quoted: PowerShell expands nothing inside them; non-ASCII is [char]0xXXXX.',
    `$Topology = ${psQuote(topology)}`,
    `$VmName = ${psQuote(vm)}`,
    ...extra.map(([name, value]) => `$${name} = ${psQuote(value)}`),
    'Write-Host "floatplan: VM $VmName of topology $Topology"',
  ];
}

// devcon.exe (Windows Driver Kit) creates the adapter; pnputil only stages the driver (azure-docs#67288).
const INSTALL_ADAPTER = [
  'if (-not (Get-NetAdapter -Name $Loopback -ErrorAction SilentlyContinue)) {',
  '  $devcon = Get-Command devcon.exe -ErrorAction SilentlyContinue',
  "  if (-not $devcon) { throw 'floatplan: devcon.exe (Windows Driver Kit) is needed to install the Microsoft KM-TEST Loopback Adapter; install it, or add the adapter in Device Manager (Add legacy hardware), name it as configured, and rerun.' }",
  "  $before = @(Get-NetAdapter | Where-Object { $_.InterfaceDescription -match 'KM-TEST Loopback' } | ForEach-Object { $_.Name })",
  '  & $devcon.Source install "$env:windir\\inf\\netloop.inf" \'*MSLOOP\' | Out-Null',
  "  if ($LASTEXITCODE -ne 0) { throw 'floatplan: devcon.exe could not install the KM-TEST Loopback Adapter.' }",
  '  $new = $null',
  '  for ($i = 0; $i -lt 30 -and -not $new; $i++) {',
  '    Start-Sleep -Seconds 1',
  "    $new = Get-NetAdapter | Where-Object { $_.InterfaceDescription -match 'KM-TEST Loopback' -and $before -notcontains $_.Name } | Select-Object -First 1",
  '  }',
  "  if (-not $new) { throw 'floatplan: the new KM-TEST Loopback Adapter did not appear.' }",
  '  Rename-NetAdapter -Name $new.Name -NewName $Loopback',
  '  Write-Host "floatplan: installed the KM-TEST Loopback Adapter as $Loopback"',
  '}',
];

const REMOVE_ADAPTER = [
  '$adapter = Get-NetAdapter -Name $Loopback -ErrorAction SilentlyContinue',
  'if ($adapter) {',
  '  # pnputil /remove-device needs Windows 10 2004 / Server 2022 or later; on older systems use Device Manager.',
  '  pnputil.exe /remove-device $adapter.PnPDeviceID | Out-Null',
  "  if ($LASTEXITCODE -ne 0) { throw 'floatplan: pnputil could not remove the loopback adapter.' }",
  '  Write-Host "floatplan: removed the adapter $Loopback"',
  '}',
];

const FUNCTIONS = [
  'function Add-FloatplanAddress([string]$Address, [int]$Prefix) {',
  '  if (Get-NetIPAddress -InterfaceAlias $Loopback -IPAddress $Address -ErrorAction SilentlyContinue) {',
  '    Write-Host "floatplan: $Address is already on $Loopback"',
  '  } else {',
  '    New-NetIPAddress -InterfaceAlias $Loopback -IPAddress $Address -PrefixLength $Prefix -SkipAsSource $true | Out-Null',
  '    Write-Host "floatplan: added $Address/$Prefix to $Loopback"',
  '  }',
  '}',
  'function Remove-FloatplanAddress([string]$Address) {',
  '  if (Get-NetIPAddress -InterfaceAlias $Loopback -IPAddress $Address -ErrorAction SilentlyContinue) {',
  '    Remove-NetIPAddress -InterfaceAlias $Loopback -IPAddress $Address -Confirm:$false',
  '    Write-Host "floatplan: removed $Address from $Loopback"',
  '  }',
  '}',
];

/** Idempotent firewall helpers: a rule is added only when no rule of that name exists, removed only when one does. */
export const FIREWALL_FUNCTIONS = [
  'function Add-FloatplanFirewallRule([string]$Name, [string]$Protocol, [string]$Port, [string]$LocalAddress, [string]$Description) {',
  '  if (Get-NetFirewallRule -Name $Name -ErrorAction SilentlyContinue) { Write-Host "floatplan: firewall rule $Name exists"; return }',
  "  $rule = @{ Name = $Name; DisplayName = $Name; Direction = 'Inbound'; Action = 'Allow'; Protocol = $Protocol; LocalAddress = $LocalAddress; Description = $Description }",
  "  if ($Port -ne '') { $rule.LocalPort = $Port }",
  '  New-NetFirewallRule @rule | Out-Null',
  '  Write-Host "floatplan: added firewall rule $Name"',
  '}',
  'function Remove-FloatplanFirewallRule([string]$Name) {',
  '  if (Get-NetFirewallRule -Name $Name -ErrorAction SilentlyContinue) { Remove-NetFirewallRule -Name $Name; Write-Host "floatplan: removed firewall rule $Name" }',
  '}',
];

/**
 * A PowerShell script in pure ASCII: user strings are single-quoted with non-ASCII as `[char]` ({@link psQuote}), so `$`
 * and backticks stay text and the script means the same whatever code page Windows PowerShell 5.1 reads it in. In two
 * parts: the VM's opening (header, names, NIC and address) and the rest, one string shared by the VMs of a pool
 * (scriptParts.ts).
 */
export function powershellParts(i: WindowsInput & { installAdapter: boolean }): ScriptParts {
  const { plan } = i;
  const families = [...new Set(plan.loopback.map((l) => l.family))].sort();
  const af = (f: 4 | 6) => `IPv${f}`;
  const tables = [
    '# What this VM holds, opens and serves: the steps below loop over these lists.',
    psLoopbackTable(plan, i.prefix),
    psOpeningsTable(plan),
    ...(i.rollback ? [] : [psListensTable(plan)]),
  ];
  const body: string[] = [];
  if (!i.rollback) {
    if (i.installAdapter) body.push(...INSTALL_ADAPTER);
    for (const f of families) {
      body.push(`Set-NetIPInterface -InterfaceAlias $Nic -AddressFamily ${af(f)} -WeakHostReceive Enabled`);
      body.push(`Set-NetIPInterface -InterfaceAlias $Loopback -AddressFamily ${af(f)} -WeakHostReceive Enabled -WeakHostSend Enabled`);
    }
    body.push(...psLoops(false));
  } else {
    body.push(...psLoops(true));
    if (i.installAdapter) body.push(...REMOVE_ADAPTER);
    else
      body.push(
        '# Weak host settings are left as they are: other software may rely on them. To turn them off:',
        ...families.map(
          (f) =>
            `#   Set-NetIPInterface -InterfaceAlias $Loopback -AddressFamily ${af(f)} -WeakHostReceive Disabled -WeakHostSend Disabled`,
        ),
      );
  }
  const verify = [
    "Write-Host 'floatplan: resulting state'",
    ...(i.rollback && i.installAdapter
      ? []
      : [
          'Get-NetIPInterface -InterfaceAlias $Nic, $Loopback | Format-Table InterfaceAlias, AddressFamily, WeakHostSend, WeakHostReceive -AutoSize | Out-String | Write-Host',
          'Get-NetIPAddress -InterfaceAlias $Loopback | Format-Table IPAddress, PrefixLength, SkipAsSource -AutoSize | Out-String | Write-Host',
        ]),
    "Get-NetFirewallRule -Name 'Floatplan *' -ErrorAction SilentlyContinue | Format-Table Name, Enabled, Direction, Action -AutoSize | Out-String | Write-Host",
    ...(i.rollback || !plan.listens.length ? [] : PS_LISTENS_PRINT),
    `Write-Host 'floatplan: ${i.rollback ? 'rollback' : 'configuration'} complete'`,
  ];
  const head = psPrologue(i.header, plan.topology, plan.vm.name, [
    ['Nic', plan.vm.nic.name],
    ['NicIp', plan.vm.nic.ip],
    ['Loopback', i.loopback],
  ]);
  return {
    head: `${head.join('\r\n')}\r\n`,
    tail: sharedJoin([...tables, ...FUNCTIONS, ...FIREWALL_FUNCTIONS, ...OPENING_FUNCTION, ...body, ...verify, ''], '\r\n'),
  };
}
