#!/usr/bin/env bash
# Floatplan guest OS ROLLBACK script, flavour ubuntu, frontendIpHolder appliance
# Topology: NVA HA ports (test)
# VM: nva1 (os ubuntu), NIC eth0 192.0.2.4
# Mode: forwarding appliance (NVA): packets keep their original destination; no loopback, no listener.
# Procedure: https://learn.microsoft.com/azure/load-balancer/load-balancer-ha-ports-overview
# WHERE TO RUN: on every appliance of the pool (nva1, nva2); each VM gets its own script.
# Removes what the matching configuration script adds; safe to run more than once.
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

# Host firewall: stop allowing forwarded traffic (the load balancer keeps each packet's destination).
if command -v ufw >/dev/null 2>&1 && [[ "$(ufw status)" == "Status: active"* ]]; then
  ufw route delete allow in on 'eth0' out on 'eth0' || echo "floatplan: ufw route rule already absent"
else
  printf '%s\n' \
    'floatplan: no ufw firewall is active; if another firewall filters forwarded packets, remove what allows:' \
    '  forwarded every protocol and port (ha-ports)'
fi

# Host firewall: close the health-probe ports (a service of the appliance must answer them).
if command -v ufw >/dev/null 2>&1 && [[ "$(ufw status)" == "Status: active"* ]]; then
  ufw delete allow proto tcp to 192.0.2.4 port 22 || echo "floatplan: ufw rule already absent"
else
  printf '%s\n' \
    'floatplan: no ufw firewall is active; if another firewall filters inbound traffic, close:' \
    '  tcp 22 to 192.0.2.4 (health probe ssh)'
fi

# Forwarding: packets reach the appliance with their original destination and leave towards it.
# rp_filter 2 (loose): with strict checking (1) a packet is dropped when the route back to its source uses another
# interface, which routed and load-balanced paths through an appliance often do; loose only asks for some route.
if [[ -f /etc/sysctl.d/90-floatplan-forwarding.conf ]]; then
  rm -f /etc/sysctl.d/90-floatplan-forwarding.conf
  echo "floatplan: removed /etc/sysctl.d/90-floatplan-forwarding.conf"
else
  echo "floatplan: /etc/sysctl.d/90-floatplan-forwarding.conf is already absent"
fi
sysctl_set net.ipv4.ip_forward 0
# net.ipv4.conf.all.rp_filter stays 2; your distribution's value returns at boot or with: sysctl --system

# Verification: print the resulting state.
echo "floatplan: resulting state"
sysctl net.ipv4.ip_forward
sysctl net.ipv4.conf.all.rp_filter
echo "floatplan: rollback of $VM complete"
