# Floatplan guest OS script, flavour windows-powershell, frontendIpHolder appliance
# Topology: NVA HA ports (test)
# VM: nva1 (os ubuntu), NIC eth0 192.0.2.4
# Mode: forwarding appliance (NVA): packets keep their original destination; no loopback, no listener.
# Procedure: https://learn.microsoft.com/azure/load-balancer/load-balancer-ha-ports-overview
# WHERE TO RUN: on every appliance of the pool (nva1, nva2); each VM gets its own script.
# Rules served:
#   ha-ports: frontend nva-fe 192.0.2.10 All every port -> forwarded, original destination kept (no listener here)
# Health probes (answered by a service on the appliance, on its NIC IP):
#   ssh: Tcp port 22 on 192.0.2.4
# Health probes come from 168.63.129.16 (service tag AzureLoadBalancer) to the NIC IP.
# INFO HaPortsOpenEveryPort: HA-ports rules reach this appliance (ha-ports): it is allowed to forward every protocol and port (firewalld intra-zone forwarding or a ufw route rule), as a network virtual appliance must; its own inspection policy decides what passes. For the appliance itself only the health-probe port is opened, so --open-ports does not apply.
# Run as Administrator; stops on the first error; running it twice changes nothing the second time.
$ErrorActionPreference = 'Stop'
Set-StrictMode -Version 3.0
$principal = New-Object Security.Principal.WindowsPrincipal([Security.Principal.WindowsIdentity]::GetCurrent())
if (-not $principal.IsInRole([Security.Principal.WindowsBuiltInRole]::Administrator)) {
  throw 'floatplan: run this script in an elevated PowerShell (Run as administrator); nothing was changed.'
}
# Names from the topology, single-quoted: PowerShell expands nothing inside them; non-ASCII is [char]0xXXXX.
$Topology = 'NVA HA ports (test)'
$VmName = 'nva1'
$Nic = 'eth0'
Write-Host "floatplan: VM $VmName of topology $Topology"
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
# Forwarding on the NIC: the appliance routes packets that keep their original destination.
if ((Get-NetIPInterface -InterfaceAlias $Nic -AddressFamily IPv4).Forwarding -eq 'Enabled') { Write-Host 'floatplan: IPv4 forwarding on the NIC is already Enabled' } else {
  Set-NetIPInterface -InterfaceAlias $Nic -AddressFamily IPv4 -Forwarding Enabled
  Write-Host 'floatplan: IPv4 forwarding on the NIC is now Enabled'
}
# Health-probe ports: opened (a service of the appliance must answer them).
Add-FloatplanFirewallRule 'Floatplan probe tcp-22 to 192.0.2.4' 'TCP' '22' '192.0.2.4' 'Floatplan: health probe ssh'
Write-Host 'floatplan: resulting state'
Get-NetIPInterface -InterfaceAlias $Nic | Format-Table InterfaceAlias, AddressFamily, Forwarding -AutoSize | Out-String | Write-Host
Write-Host 'floatplan: Azure side (not done by this script): IP forwarding on every appliance NIC (az network nic update --ip-forwarding true), and a UDR whose next hop is the internal frontend IP'
Write-Host 'floatplan: configuration complete'
