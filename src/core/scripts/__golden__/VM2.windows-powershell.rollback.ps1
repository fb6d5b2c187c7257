# Floatplan guest OS ROLLBACK script, flavour windows-powershell
# Topology: Two frontends with floating IP (rule type 2)
# VM: VM2 (os ubuntu), NIC eth0 10.0.0.5
# Removes exactly what the matching configuration script adds; safe to run more than once.
# Rules served: 2 (the configuration script lists them).
# Loopback prefix: /32 for IPv4, /128 for IPv6. A wider prefix makes the whole range local, so the VM
#   could no longer reach its neighbours in it (Floatplan warning LoopbackPrefixTooWide).
# Health probes (their ports are opened on the NIC IP):
#   health1: Tcp port 8081 on 10.0.0.5
#   health2: Tcp port 8082 on 10.0.0.5
# Health probes come from 168.63.129.16 (IPv6: a link-local address) to the NIC IP, never to the frontend IP;
#   answer them on the NIC IP (or all addresses), from the service that serves the rule.
# Outbound: flows the VM opens must use the NIC primary IP; an application bound to the frontend IP cannot connect out.
# Run as Administrator; stops on the first error; running it twice changes nothing the second time.
$ErrorActionPreference = 'Stop'
Set-StrictMode -Version 3.0
$principal = New-Object Security.Principal.WindowsPrincipal([Security.Principal.WindowsIdentity]::GetCurrent())
if (-not $principal.IsInRole([Security.Principal.WindowsBuiltInRole]::Administrator)) {
  throw 'floatplan: run this script in an elevated PowerShell (Run as administrator); nothing was changed.'
}
# Names from the topology, single-quoted: PowerShell expands nothing inside them; non-ASCII is [char]0xXXXX.
$Topology = 'Two frontends with floating IP (rule type 2)'
$VmName = 'VM2'
$Nic = 'eth0'
$NicIp = '10.0.0.5'
$Loopback = 'Loopback Pseudo-Interface 1'
Write-Host "floatplan: VM $VmName of topology $Topology"
# What this VM holds, opens and serves: the steps below loop over these lists.
# Frontend IPs this VM holds on its loopback (floating IP), with their prefix length.
$LoopbackAddresses = @(
  '65.52.0.1/32'
  '65.52.0.2/32'
)
# Firewall openings: kind (rule or probe), protocol (any: every protocol), port (0: every port), local address, description.
$Openings = @(
  ,@('rule', 'tcp', 80, '65.52.0.1', 'Floatplan: rule rule1')
  ,@('probe', 'tcp', 8081, $NicIp, 'Floatplan: health probe health1')
  ,@('rule', 'tcp', 80, '65.52.0.2', 'Floatplan: rule rule2')
  ,@('probe', 'tcp', 8082, $NicIp, 'Floatplan: health probe health2')
)
function Add-FloatplanAddress([string]$Address, [int]$Prefix) {
  if (Get-NetIPAddress -InterfaceAlias $Loopback -IPAddress $Address -ErrorAction SilentlyContinue) {
    Write-Host "floatplan: $Address is already on $Loopback"
  } else {
    New-NetIPAddress -InterfaceAlias $Loopback -IPAddress $Address -PrefixLength $Prefix -SkipAsSource $true | Out-Null
    Write-Host "floatplan: added $Address/$Prefix to $Loopback"
  }
}
function Remove-FloatplanAddress([string]$Address) {
  if (Get-NetIPAddress -InterfaceAlias $Loopback -IPAddress $Address -ErrorAction SilentlyContinue) {
    Remove-NetIPAddress -InterfaceAlias $Loopback -IPAddress $Address -Confirm:$false
    Write-Host "floatplan: removed $Address from $Loopback"
  }
}
function Add-FloatplanFirewallRule([string]$Name, [string]$Protocol, [string]$Port, [string]$LocalAddress, [string]$Description) {
  if (Get-NetFirewallRule -Name $Name -ErrorAction SilentlyContinue) { Write-Host "floatplan: firewall rule $Name exists"; return }
  $rule = @{ Name = $Name; DisplayName = $Name; Direction = 'Inbound'; Action = 'Allow'; Protocol = $Protocol; LocalAddress = $LocalAddress; Description = $Description }
  if ($Port -ne '') { $rule.LocalPort = $Port }
  New-NetFirewallRule @rule | Out-Null
  Write-Host "floatplan: added firewall rule $Name"
}
function Remove-FloatplanFirewallRule([string]$Name) {
  if (Get-NetFirewallRule -Name $Name -ErrorAction SilentlyContinue) { Remove-NetFirewallRule -Name $Name; Write-Host "floatplan: removed firewall rule $Name" }
}
# One $Openings row as a firewall rule: its name (fixed words, protocol, port, address), protocol and port.
function Get-FloatplanOpening($Row) {
  $kind = $Row[0]; $protocol = $Row[1]; $port = $Row[2]; $address = $Row[3]
  $what = if ($protocol -eq 'any') { 'any' } elseif ($port -eq 0) { "$protocol-all" } else { "$protocol-$port" }
  $probe = if ($kind -eq 'probe') { 'probe ' } else { '' }
  @{
    Name = "Floatplan $probe$what to $address"
    Protocol = if ($protocol -eq 'any') { 'Any' } else { $protocol.ToUpper() }
    Port = if ($protocol -eq 'any' -or $port -eq 0) { '' } else { "$port" }
  }
}
foreach ($entry in $LoopbackAddresses) { Remove-FloatplanAddress ($entry -split "/")[0] }
foreach ($row in $Openings) { Remove-FloatplanFirewallRule (Get-FloatplanOpening $row).Name }
# Weak host settings are left as they are: other software may rely on them. To turn them off:
#   Set-NetIPInterface -InterfaceAlias $Loopback -AddressFamily IPv4 -WeakHostReceive Disabled -WeakHostSend Disabled
Write-Host 'floatplan: resulting state'
Get-NetIPInterface -InterfaceAlias $Nic, $Loopback | Format-Table InterfaceAlias, AddressFamily, WeakHostSend, WeakHostReceive -AutoSize | Out-String | Write-Host
Get-NetIPAddress -InterfaceAlias $Loopback | Format-Table IPAddress, PrefixLength, SkipAsSource -AutoSize | Out-String | Write-Host
Get-NetFirewallRule -Name 'Floatplan *' -ErrorAction SilentlyContinue | Format-Table Name, Enabled, Direction, Action -AutoSize | Out-String | Write-Host
Write-Host 'floatplan: rollback complete'
