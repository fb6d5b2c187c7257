#!/usr/bin/env bash
# Floatplan guest OS script, flavour linux-networkd, frontendIpHolder cluster-pacemaker
# Topology: SAP NW1 (test)
# VM: nw1-cl-0 (os suse), NIC eth0 192.0.2.4
# Mode: Pacemaker IPaddr2 + azure-lb groups hold the frontend IPs on the active node; no loopback.
# Procedure: https://learn.microsoft.com/azure/sap/workloads/high-availability-guide-suse
# WHERE TO RUN: part 1 (this node) on EVERY cluster node (nw1-cl-0, nw1-cl-1);
#   part 2 (the cluster resources) ONCE, on ONE node: run that node's own script in full, and each other node's own
#   script with --node-only. This script is for nw1-cl-0 only: its firewall rules name its NIC IP 192.0.2.4.
#   Part 2 checks before it changes anything, so running it again changes nothing.
# Rules served:
#   ascs: frontend NW1_ASCS 192.0.2.10 All every port -> listen on 192.0.2.10 (every port) (the active node's NIC, added by the cluster)
#   ers: frontend NW1_AERS 192.0.2.11 All every port -> listen on 192.0.2.11 (every port) (the active node's NIC, added by the cluster)
# Health probes (answered only on the node that runs the cluster resource):
#   ascs: Tcp port 62000 on 192.0.2.4
#   ers: Tcp port 62101 on 192.0.2.4
# Health probes come from 168.63.129.16 (service tag AzureLoadBalancer) to the NIC IP.
# INFO HaPortsOpenEveryPort: HA-ports rules reach this VM (ascs and ers): the load balancer forwards every protocol and port, so the script opens every protocol and port to 192.0.2.10 and 192.0.2.11 in the host firewall. If the service listens on known ports, open only those: --open-ports tcp/443,udp/53 (Scripts tab: "Open only these ports").
# Run as root; stops on the first error; running it twice changes nothing the second time.
set -euo pipefail

# Names from the topology, single-quoted so no character in them is special to the shell.
readonly TOPOLOGY='SAP NW1 (test)'
readonly VM='nw1-cl-0'

if [[ "$(id -u)" -ne 0 ]]; then
  echo "floatplan: run this script as root (for example: sudo bash $0); nothing was changed." >&2
  exit 1
fi
echo "floatplan: VM $VM of topology $TOPOLOGY"

NODE_ONLY=0
for arg in "$@"; do
  case "$arg" in
    --node-only) NODE_ONLY=1 ;;
    *) echo "floatplan: unknown argument $arg (the only one is --node-only); nothing was changed." >&2; exit 2 ;;
  esac
done
# Sets a kernel parameter unless it already has the value.
sysctl_set() {
  if [[ "$(sysctl -n "$1")" == "$2" ]]; then
    echo "floatplan: $1 is already $2"
  else
    sysctl -qw "$1=$2"
    echo "floatplan: set $1 = $2"
  fi
}

# Part 1 - this node (run on every cluster node).
# "Do not enable TCP timestamps on Azure VMs placed behind Azure Load Balancer" (Microsoft SAP HA guides).
sysctl_set net.ipv4.tcp_timestamps 0

# Persistence: /etc/sysctl.d/90-floatplan-azure-lb.conf, read at boot by systemd-sysctl.
floatplan_new="$(mktemp)"
trap 'rm -f "$floatplan_new"' EXIT
cat >"$floatplan_new" <<'FLOATPLAN_EOF'
# Written by Floatplan: Azure Load Balancer health probes fail with TCP timestamps on (Microsoft SAP HA guides). The Floatplan rollback script removes it.
net.ipv4.tcp_timestamps = 0
FLOATPLAN_EOF
if [[ -f /etc/sysctl.d/90-floatplan-azure-lb.conf ]] && cmp -s "$floatplan_new" /etc/sysctl.d/90-floatplan-azure-lb.conf; then
  echo "floatplan: /etc/sysctl.d/90-floatplan-azure-lb.conf is already up to date"
else
  install -m 644 "$floatplan_new" /etc/sysctl.d/90-floatplan-azure-lb.conf
  echo "floatplan: wrote /etc/sysctl.d/90-floatplan-azure-lb.conf"
fi

# Host firewall: open the probe ports (azure-lb answers them on the active node) and the service ports.
printf '%s\n' \
  'floatplan: HA ports (ascs): opening every protocol and port to 192.0.2.10; to open only the service'\''s ports, regenerate with --open-ports (e.g. tcp/443,udp/53)' \
  'floatplan: HA ports (ers): opening every protocol and port to 192.0.2.11; to open only the service'\''s ports, regenerate with --open-ports (e.g. tcp/443,udp/53)'
if command -v ufw >/dev/null 2>&1 && [[ "$(ufw status)" == "Status: active"* ]]; then
  ufw allow to 192.0.2.10
  ufw allow proto tcp to 192.0.2.4 port 62000
  ufw allow to 192.0.2.11
  ufw allow proto tcp to 192.0.2.4 port 62101
elif command -v firewall-cmd >/dev/null 2>&1 && firewall-cmd --state >/dev/null 2>&1; then
  firewall-cmd --permanent --add-rich-rule='rule family="ipv4" destination address="192.0.2.10" accept'
  firewall-cmd --permanent --add-rich-rule='rule family="ipv4" destination address="192.0.2.4" port port="62000" protocol="tcp" accept'
  firewall-cmd --permanent --add-rich-rule='rule family="ipv4" destination address="192.0.2.11" accept'
  firewall-cmd --permanent --add-rich-rule='rule family="ipv4" destination address="192.0.2.4" port port="62101" protocol="tcp" accept'
  firewall-cmd --reload
else
  printf '%s\n' \
    'floatplan: no ufw or firewalld firewall is active; if another firewall filters inbound traffic, allow:' \
    '  every protocol and port to 192.0.2.10 (ascs)' \
    '  tcp 62000 to 192.0.2.4 (health probe ascs)' \
    '  every protocol and port to 192.0.2.11 (ers)' \
    '  tcp 62101 to 192.0.2.4 (health probe ers)'
fi

# Part 2 - the cluster (once, on one node): a VIP and a probe listener per frontend, grouped.
if [[ "$NODE_ONLY" -eq 1 ]]; then
  echo "floatplan: --node-only: the cluster resources are left as they are"
else
  if ! command -v crm >/dev/null 2>&1; then
    echo "floatplan: crm is not installed here; run part 2 on a cluster node, or add --node-only" >&2
    exit 1
  fi
  # Frontend NW1_ASCS 192.0.2.10: vip_NW1_ASCS (IPaddr2) and nc_NW1_ASCS (azure-lb port 62000) in g-NW1_ASCS
  if crm configure show nc_NW1_ASCS >/dev/null 2>&1; then
    echo "floatplan: nc_NW1_ASCS already exists"
  else
    crm configure primitive nc_NW1_ASCS azure-lb port=62000 op monitor timeout=20s interval=10
  fi
  if crm configure show vip_NW1_ASCS >/dev/null 2>&1; then
    echo "floatplan: vip_NW1_ASCS already exists"
  else
    crm configure primitive vip_NW1_ASCS IPaddr2 params ip=192.0.2.10 op monitor interval=10 timeout=20
  fi
  if ! crm configure show g-NW1_ASCS >/dev/null 2>&1; then
    crm configure group g-NW1_ASCS nc_NW1_ASCS vip_NW1_ASCS
  else
    [[ "$(crm configure show g-NW1_ASCS)" =~ (^|[[:space:]])nc_NW1_ASCS([[:space:]]|$) ]] || crm configure modgroup g-NW1_ASCS add nc_NW1_ASCS
    [[ "$(crm configure show g-NW1_ASCS)" =~ (^|[[:space:]])vip_NW1_ASCS([[:space:]]|$) ]] || crm configure modgroup g-NW1_ASCS add vip_NW1_ASCS
  fi
  # Frontend NW1_AERS 192.0.2.11: vip_NW1_AERS (IPaddr2) and nc_NW1_AERS (azure-lb port 62101) in g-NW1_AERS
  if crm configure show nc_NW1_AERS >/dev/null 2>&1; then
    echo "floatplan: nc_NW1_AERS already exists"
  else
    crm configure primitive nc_NW1_AERS azure-lb port=62101 op monitor timeout=20s interval=10
  fi
  if crm configure show vip_NW1_AERS >/dev/null 2>&1; then
    echo "floatplan: vip_NW1_AERS already exists"
  else
    crm configure primitive vip_NW1_AERS IPaddr2 params ip=192.0.2.11 op monitor interval=10 timeout=20
  fi
  if ! crm configure show g-NW1_AERS >/dev/null 2>&1; then
    crm configure group g-NW1_AERS nc_NW1_AERS vip_NW1_AERS
  else
    [[ "$(crm configure show g-NW1_AERS)" =~ (^|[[:space:]])nc_NW1_AERS([[:space:]]|$) ]] || crm configure modgroup g-NW1_AERS add nc_NW1_AERS
    [[ "$(crm configure show g-NW1_AERS)" =~ (^|[[:space:]])vip_NW1_AERS([[:space:]]|$) ]] || crm configure modgroup g-NW1_AERS add vip_NW1_AERS
  fi
  echo 'floatplan: failover moves each group with its VIP and probe listener: crm resource move g-NW1_ASCS <node>; crm resource move g-NW1_AERS <node>'
fi

# Verification: print the resulting state.
echo "floatplan: resulting state"
sysctl net.ipv4.tcp_timestamps
[[ "$(sysctl -n net.ipv4.tcp_timestamps)" == 0 ]] || { echo "floatplan: net.ipv4.tcp_timestamps is not 0" >&2; exit 1; }
if [[ "$NODE_ONLY" -eq 0 ]]; then
  crm_mon -1 -r
fi
echo "floatplan: configuration of $VM complete"
