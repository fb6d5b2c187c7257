@echo off
REM Floatplan guest OS ROLLBACK script, flavour windows-netsh
REM Topology: Two frontends with floating IP (rule type 2)
REM VM: VM2 (os ubuntu), NIC eth0 10.0.0.5
REM Removes exactly what the matching configuration script adds; safe to run more than once.
REM Rules served:
REM   rule1: frontend FIP1 65.52.0.1 Tcp port 80 -> listen on 65.52.0.1:80 (loopback, floating IP)
REM   rule2: frontend FIP2 65.52.0.2 Tcp port 80 -> listen on 65.52.0.2:80 (loopback, floating IP)
REM Loopback prefix: /32 for IPv4, /128 for IPv6. A wider prefix makes the whole range local, so the VM
REM   could no longer reach its neighbours in it (Floatplan warning LoopbackPrefixTooWide).
REM Health probes (their ports are opened on the NIC IP):
REM   health1: Tcp port 8081 on 10.0.0.5
REM   health2: Tcp port 8082 on 10.0.0.5
REM Health probes come from 168.63.129.16 (IPv6: a link-local address) to the NIC IP, never to the frontend IP;
REM   answer them on the NIC IP (or all addresses), from the service that serves the rule.
REM Outbound: flows the VM opens must use the NIC primary IP; an application bound to the frontend IP cannot connect out.
REM Run as Administrator; stops on the first error; running it twice changes nothing the second time.
setlocal DisableDelayedExpansion
REM Administrator check: "net session" only succeeds in an elevated prompt.
net session >nul 2>&1 || goto :notadmin
echo floatplan: VM "VM2" of topology "Two frontends with floating IP (rule type 2)"
netsh interface ipv4 show addresses "Loopback Pseudo-Interface 1" | findstr /R /C:" 65\.52\.0\.1 *$" >nul && (netsh interface ipv4 delete address "Loopback Pseudo-Interface 1" 65.52.0.1 || goto :fail)
netsh interface ipv4 show addresses "Loopback Pseudo-Interface 1" | findstr /R /C:" 65\.52\.0\.2 *$" >nul && (netsh interface ipv4 delete address "Loopback Pseudo-Interface 1" 65.52.0.2 || goto :fail)
netsh advfirewall firewall show rule name="Floatplan tcp-80 to 65.52.0.1" >nul 2>&1 && (netsh advfirewall firewall delete rule name="Floatplan tcp-80 to 65.52.0.1" || goto :fail)
netsh advfirewall firewall show rule name="Floatplan probe tcp-8081 to 10.0.0.5" >nul 2>&1 && (netsh advfirewall firewall delete rule name="Floatplan probe tcp-8081 to 10.0.0.5" || goto :fail)
netsh advfirewall firewall show rule name="Floatplan tcp-80 to 65.52.0.2" >nul 2>&1 && (netsh advfirewall firewall delete rule name="Floatplan tcp-80 to 65.52.0.2" || goto :fail)
netsh advfirewall firewall show rule name="Floatplan probe tcp-8082 to 10.0.0.5" >nul 2>&1 && (netsh advfirewall firewall delete rule name="Floatplan probe tcp-8082 to 10.0.0.5" || goto :fail)
REM Weak host settings are left as they are: other software may rely on them. To turn them off:
REM   netsh interface ipv4 set interface "eth0" weakhostreceive=disabled
REM   netsh interface ipv4 set interface "Loopback Pseudo-Interface 1" weakhostreceive=disabled weakhostsend=disabled
echo floatplan: resulting state
netsh interface ipv4 show addresses "Loopback Pseudo-Interface 1"
netsh interface ipv4 show interface "Loopback Pseudo-Interface 1"
netsh interface ipv4 show interface "eth0"
netsh advfirewall firewall show rule name="Floatplan tcp-80 to 65.52.0.1" >nul 2>&1 && echo floatplan: a firewall rule is still present
netsh advfirewall firewall show rule name="Floatplan probe tcp-8081 to 10.0.0.5" >nul 2>&1 && echo floatplan: a firewall rule is still present
netsh advfirewall firewall show rule name="Floatplan tcp-80 to 65.52.0.2" >nul 2>&1 && echo floatplan: a firewall rule is still present
netsh advfirewall firewall show rule name="Floatplan probe tcp-8082 to 10.0.0.5" >nul 2>&1 && echo floatplan: a firewall rule is still present
echo floatplan: rollback complete
exit /b 0
:notadmin
echo floatplan: run this script from an elevated Command Prompt (Run as administrator); nothing was changed. 1>&2
exit /b 1
:fail
echo floatplan: the command above failed; stopping. 1>&2
exit /b 1
