@echo off
REM Floatplan guest OS script, flavour windows-netsh, Gateway load balancer
REM Topology: Gateway NVA (test)
REM VM: nva1 (os ubuntu), NIC eth0 192.0.2.4
REM WARNING GatewayNoLoopback: VM "nva1" is behind a Gateway load balancer: its appliance receives every flow VXLAN-encapsulated through the backend pool's tunnel interfaces (portal defaults: internal UDP port 10800, identifier 800; external UDP port 10801, identifier 801), so no frontend IP goes on a loopback. The script changes nothing and says what the appliance must configure.
echo(floatplan: Gateway load balancer: this script changes nothing on this VM.
echo(  No frontend IP goes on a loopback: the gateway load balancer hands every flow to the appliance VXLAN-encapsulated.
echo(  The appliance (NIC IP 192.0.2.4) must terminate VXLAN on the backend pool's tunnel interfaces:
echo(    internal: UDP port 10800, VXLAN identifier (VNI) 800
echo(    external: UDP port 10801, VXLAN identifier (VNI) 801
echo(  (the portal's defaults; compare them with the pool's tunnelInterfaces: az network lb address-pool show).
echo(  Inspect the inner packet and send it back through the tunnel it came from; keep its addresses unchanged.
echo(  Allow UDP to those ports on the NIC IP in the host firewall, and answer the health probe on the NIC IP.
echo(  NVA vendors configure this in their own product: see its Azure Gateway Load Balancer guide.
echo(  Source: https://learn.microsoft.com/azure/load-balancer/gateway-overview
exit /b 0
