# Floatplan guest OS ROLLBACK script, flavour windows-powershell, frontendIpHolder cluster-windows
# Topology: SQL Always On (test)
# VM: sql1 (os windows), NIC Ethernet 192.0.2.4
# Mode: WSFC IP Address resources own the frontend IPs on the active node (SQL Server listener / FCI); no loopback.
# Procedure: https://learn.microsoft.com/azure/azure-sql/virtual-machines/windows/availability-group-load-balancer-portal-configure
# WHERE TO RUN: part 1 (this node) on EVERY cluster node (sql1, sql2);
#   part 2 (the cluster resources) ONCE, on ONE node: run that node's own script in full, and each other node's own
#   script with -NodeOnly. This script is for sql1 only: its firewall rules name its NIC IP 192.0.2.4.
#   Part 2 checks before it changes anything, so running it again changes nothing.
# Removes what the matching configuration script adds; safe to run more than once.
# Rules served:
#   sql-1433: frontend ag-listener 192.0.2.100 Tcp port 1433 -> listen on 192.0.2.100:1433 (the active node's NIC, added by the cluster)
#   wsfc-core-58888: frontend wsfc-core 192.0.2.101 Tcp port 58888 -> listen on 192.0.2.101:58888 (the active node's NIC, added by the cluster)
# Health probes (answered only on the node that runs the cluster resource):
#   probe-59999: Tcp port 59999 on 192.0.2.4
#   probe-58888: Tcp port 58888 on 192.0.2.4
# Health probes come from 168.63.129.16 (service tag AzureLoadBalancer) to the NIC IP.
# Run as Administrator; stops on the first error; running it twice changes nothing the second time.
param(
  # The cluster network of the IP resources: Get-ClusterNetwork lists them.
  [string]$ClusterNetworkName = '',
  # The IP Address resource of frontend ag-listener 192.0.2.100 (probe port 59999): Get-ClusterResource | Where-Object { $_.ResourceType -eq 'IP Address' }
  [string]$IpResource1 = '',
  # The IP Address resource of frontend wsfc-core 192.0.2.101 (probe port 58888): Get-ClusterResource | Where-Object { $_.ResourceType -eq 'IP Address' }
  [string]$IpResource2 = '',
  # Configure only this node (part 1): for every node but the one that runs part 2.
  [switch]$NodeOnly
)
$ErrorActionPreference = 'Stop'
Set-StrictMode -Version 3.0
$principal = New-Object Security.Principal.WindowsPrincipal([Security.Principal.WindowsIdentity]::GetCurrent())
if (-not $principal.IsInRole([Security.Principal.WindowsBuiltInRole]::Administrator)) {
  throw 'floatplan: run this script in an elevated PowerShell (Run as administrator); nothing was changed.'
}
# Names from the topology, single-quoted: PowerShell expands nothing inside them; non-ASCII is [char]0xXXXX.
$Topology = 'SQL Always On (test)'
$VmName = 'sql1'
Write-Host "floatplan: VM $VmName of topology $Topology"
# The cluster names are not in the topology: nothing is guessed, and nothing changes until they are given.
if (-not $NodeOnly) {
  if ($IpResource1 -eq '') { throw 'floatplan: give -IpResource1 <name>: the cluster IP Address resource of frontend ag-listener 192.0.2.100 (probe port 59999); or run with -NodeOnly. Nothing was changed.' }
  if ($IpResource2 -eq '') { throw 'floatplan: give -IpResource2 <name>: the cluster IP Address resource of frontend wsfc-core 192.0.2.101 (probe port 58888); or run with -NodeOnly. Nothing was changed.' }
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
# True when a TCP port lies in an excluded range (netsh prints "start end" per range, in any language).
function Test-FloatplanPortExcluded([int]$Port) {
  foreach ($line in @(netsh int ipv4 show excludedportrange tcp)) {
    if ($line -match '^\s*(\d+)\s+(\d+)') { if ([int]$Matches[1] -le $Port -and $Port -le [int]$Matches[2]) { return $true } }
  }
  return $false
}
# True when the IP Address resource already has exactly the parameters part 2 would set.
function Test-FloatplanClusterIp([string]$Resource, [string]$Address, [int]$ProbePort) {
  $res = Get-ClusterResource -Name $Resource
  if ($res.ResourceType.Name -ne 'IP Address') { throw "floatplan: cluster resource $Resource is a $($res.ResourceType.Name) resource, not an IP Address resource; nothing more was changed in the cluster." }
  $p = @{}
  $res | Get-ClusterParameter | ForEach-Object { $p[$_.Name] = "$($_.Value)" }
  return ($p['Address'] -eq $Address) -and ($p['ProbePort'] -eq "$ProbePort") -and ($p['SubnetMask'] -eq '255.255.255.255') -and ($p['Network'] -eq $ClusterNetworkName) -and ($p['EnableDhcp'] -eq '0')
}

# Part 1 - this node (run on every cluster node): release the probe ports, close the firewall.
if (Test-FloatplanPortExcluded 59999) {
  netsh int ipv4 delete excludedportrange tcp startport=59999 numberofports=1 store=persistent
  if ($LASTEXITCODE -ne 0) { throw 'floatplan: netsh could not release TCP port 59999 (a wider range may hold it: netsh int ipv4 show excludedportrange tcp).' }
}
if (Test-FloatplanPortExcluded 58888) {
  netsh int ipv4 delete excludedportrange tcp startport=58888 numberofports=1 store=persistent
  if ($LASTEXITCODE -ne 0) { throw 'floatplan: netsh could not release TCP port 58888 (a wider range may hold it: netsh int ipv4 show excludedportrange tcp).' }
}
Remove-FloatplanFirewallRule 'Floatplan tcp-1433 to 192.0.2.100'
Remove-FloatplanFirewallRule 'Floatplan probe tcp-59999 to 192.0.2.4'
Remove-FloatplanFirewallRule 'Floatplan tcp-58888 to 192.0.2.101'
Remove-FloatplanFirewallRule 'Floatplan probe tcp-58888 to 192.0.2.4'

# Part 2 - the cluster (once, on one node): stop the IP resources answering the probe.
if ($NodeOnly) {
  Write-Host 'floatplan: -NodeOnly: the cluster resources are left as they are'
} else {
  Import-Module FailoverClusters
  if ((Get-ClusterResource $IpResource1 | Get-ClusterParameter -Name ProbePort).Value -ne 0) {
    Get-ClusterResource $IpResource1 | Set-ClusterParameter -Name ProbePort -Value 0
    Write-Host "floatplan: $IpResource1 no longer answers the probe (Address 192.0.2.100 and SubnetMask are left; restart the resource to apply)"
  }
  if ((Get-ClusterResource $IpResource2 | Get-ClusterParameter -Name ProbePort).Value -ne 0) {
    Get-ClusterResource $IpResource2 | Set-ClusterParameter -Name ProbePort -Value 0
    Write-Host "floatplan: $IpResource2 no longer answers the probe (Address 192.0.2.101 and SubnetMask are left; restart the resource to apply)"
  }
}

Write-Host 'floatplan: resulting state'
netsh int ipv4 show excludedportrange tcp | Out-String | Write-Host
Get-NetFirewallRule -Name 'Floatplan *' -ErrorAction SilentlyContinue | Format-Table Name, Enabled, Direction, Action -AutoSize | Out-String | Write-Host
if (-not $NodeOnly) { Get-ClusterResource | Where-Object { $_.ResourceType.Name -eq 'IP Address' } | Get-ClusterParameter -Name Address, ProbePort, SubnetMask, Network | Format-Table -AutoSize | Out-String | Write-Host }
Write-Host 'floatplan: rollback complete'
