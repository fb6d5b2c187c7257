#!/usr/bin/env bash
# Floatplan guest OS script, flavour ubuntu, frontendIpHolder appliance
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
# Run as root; stops on the first error; running it twice changes nothing the second time.
set -euo pipefail

# Names from the topology, single-quoted so no character in them is special to the shell.
readonly TOPOLOGY='NVA HA ports (test)'
readonly VM='nva1'

if [[ "$(id -u)" -ne 0 ]]; then
  echo "floatplan: run this script as root (for example: sudo bash $0); nothing was changed." >&2
  exit 1
fi
echo "floatplan: VM $VM of topology $TOPOLOGY"

# Sets a kernel parameter unless it already has the value.
sysctl_set() {
  if [[ "$(sysctl -n "$1")" == "$2" ]]; then
    echo "floatplan: $1 is already $2"
  else
    sysctl -qw "$1=$2"
    echo "floatplan: set $1 = $2"
  fi
}

# Forwarding: packets reach the appliance with their original destination and leave towards it.
# rp_filter 2 (loose): with strict checking (1) a packet is dropped when the route back to its source uses another
# interface, which routed and load-balanced paths through an appliance often do; loose only asks for some route.
sysctl_set net.ipv4.ip_forward 1
sysctl_set net.ipv4.conf.all.rp_filter 2

# Persistence: /etc/sysctl.d/90-floatplan-forwarding.conf, read at boot by systemd-sysctl.
floatplan_new="$(mktemp)"
trap 'rm -f "$floatplan_new"' EXIT
cat >"$floatplan_new" <<'FLOATPLAN_EOF'
# Written by Floatplan: this VM forwards packets as a network virtual appliance behind an Azure internal load balancer. The Floatplan rollback script removes it.
net.ipv4.ip_forward = 1
net.ipv4.conf.all.rp_filter = 2
FLOATPLAN_EOF
if [[ -f /etc/sysctl.d/90-floatplan-forwarding.conf ]] && cmp -s "$floatplan_new" /etc/sysctl.d/90-floatplan-forwarding.conf; then
  echo "floatplan: /etc/sysctl.d/90-floatplan-forwarding.conf is already up to date"
else
  install -m 644 "$floatplan_new" /etc/sysctl.d/90-floatplan-forwarding.conf
  echo "floatplan: wrote /etc/sysctl.d/90-floatplan-forwarding.conf"
fi

# Host firewall: allow forwarded traffic (the load balancer keeps each packet's destination).
if command -v ufw >/dev/null 2>&1 && [[ "$(ufw status)" == "Status: active"* ]]; then
  ufw route allow in on 'eth0' out on 'eth0'
else
  printf '%s\n' \
    'floatplan: no ufw firewall is active; if another firewall filters forwarded packets, allow:' \
    '  forwarded every protocol and port (ha-ports)'
fi

# Host firewall: open the health-probe ports (a service of the appliance must answer them).
if command -v ufw >/dev/null 2>&1 && [[ "$(ufw status)" == "Status: active"* ]]; then
  ufw allow proto tcp to 192.0.2.4 port 22
else
  printf '%s\n' \
    'floatplan: no ufw firewall is active; if another firewall filters inbound traffic, allow:' \
    '  tcp 22 to 192.0.2.4 (health probe ssh)'
fi

# Verification: print the resulting state.
echo "floatplan: resulting state"
sysctl net.ipv4.ip_forward
sysctl net.ipv4.conf.all.rp_filter
[[ "$(sysctl -n net.ipv4.ip_forward)" == 1 ]] || { echo "floatplan: net.ipv4.ip_forward is not 1" >&2; exit 1; }
printf '%s\n' \
  'floatplan: Azure side (not done by this script):' \
  '  - IP forwarding on every appliance NIC: az network nic update --resource-group <rg> --name <nic> --ip-forwarding true' \
  '  - a route table (UDR) whose next hop is the load balancer'\''s internal frontend IP, on the subnets whose traffic the appliances inspect'
echo "floatplan: configuration of $VM complete"
