#!/usr/bin/env bash
# Floatplan guest OS ROLLBACK script, flavour suse, frontendIpHolder cluster-pacemaker
# Topology: SAP NW1 (test)
# VM: nw1-cl-0 (os suse), NIC eth0 192.0.2.4
# Mode: Pacemaker IPaddr2 + azure-lb groups hold the frontend IPs on the active node; no loopback.
# Procedure: https://learn.microsoft.com/azure/sap/workloads/high-availability-guide-suse
# WHERE TO RUN: part 1 (this node) on EVERY cluster node (nw1-cl-0, nw1-cl-1);
#   part 2 (the cluster resources) ONCE, on ONE node: run that node's own script in full, and each other node's own
#   script with --node-only. This script is for nw1-cl-0 only: its firewall rules name its NIC IP 192.0.2.4.
#   Part 2 checks before it changes anything, so running it again changes nothing.
# Removes what the matching configuration script adds; safe to run more than once.
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

# Part 2 - the cluster (once, on one node): delete the VIP and probe-listener primitives.
if [[ "$NODE_ONLY" -eq 1 ]]; then
  echo "floatplan: --node-only: the cluster resources are left as they are"
else
  if ! command -v crm >/dev/null 2>&1; then
    echo "floatplan: crm is not installed here; run part 2 on a cluster node, or add --node-only" >&2
    exit 1
  fi
  # Frontend NW1_ASCS 192.0.2.10: vip_NW1_ASCS (IPaddr2) and nc_NW1_ASCS (azure-lb port 62000) in g-NW1_ASCS
  if crm configure show nc_NW1_ASCS >/dev/null 2>&1; then
    crm -w resource stop nc_NW1_ASCS
    crm configure delete nc_NW1_ASCS
    echo "floatplan: deleted nc_NW1_ASCS"
  else
    echo "floatplan: nc_NW1_ASCS is already absent"
  fi
  if crm configure show vip_NW1_ASCS >/dev/null 2>&1; then
    crm -w resource stop vip_NW1_ASCS
    crm configure delete vip_NW1_ASCS
    echo "floatplan: deleted vip_NW1_ASCS"
  else
    echo "floatplan: vip_NW1_ASCS is already absent"
  fi
  # Frontend NW1_AERS 192.0.2.11: vip_NW1_AERS (IPaddr2) and nc_NW1_AERS (azure-lb port 62101) in g-NW1_AERS
  if crm configure show nc_NW1_AERS >/dev/null 2>&1; then
    crm -w resource stop nc_NW1_AERS
    crm configure delete nc_NW1_AERS
    echo "floatplan: deleted nc_NW1_AERS"
  else
    echo "floatplan: nc_NW1_AERS is already absent"
  fi
  if crm configure show vip_NW1_AERS >/dev/null 2>&1; then
    crm -w resource stop vip_NW1_AERS
    crm configure delete vip_NW1_AERS
    echo "floatplan: deleted vip_NW1_AERS"
  else
    echo "floatplan: vip_NW1_AERS is already absent"
  fi
fi

# Part 1 - this node (run on every cluster node): undo what it set.
# "Do not enable TCP timestamps on Azure VMs placed behind Azure Load Balancer" (Microsoft SAP HA guides).
if [[ -f /etc/sysctl.d/90-floatplan-azure-lb.conf ]]; then
  rm -f /etc/sysctl.d/90-floatplan-azure-lb.conf
  echo "floatplan: removed /etc/sysctl.d/90-floatplan-azure-lb.conf"
else
  echo "floatplan: /etc/sysctl.d/90-floatplan-azure-lb.conf is already absent"
fi
sysctl_set net.ipv4.tcp_timestamps 1

# Host firewall: close the probe ports (azure-lb answers them on the active node) and the service ports.
if command -v firewall-cmd >/dev/null 2>&1 && firewall-cmd --state >/dev/null 2>&1; then
  firewall-cmd --permanent --remove-rich-rule='rule family="ipv4" destination address="192.0.2.10" accept'
  firewall-cmd --permanent --remove-rich-rule='rule family="ipv4" destination address="192.0.2.4" port port="62000" protocol="tcp" accept'
  firewall-cmd --permanent --remove-rich-rule='rule family="ipv4" destination address="192.0.2.11" accept'
  firewall-cmd --permanent --remove-rich-rule='rule family="ipv4" destination address="192.0.2.4" port port="62101" protocol="tcp" accept'
  firewall-cmd --reload
else
  printf '%s\n' \
    'floatplan: no firewalld firewall is active; if another firewall filters inbound traffic, close:' \
    '  every protocol and port to 192.0.2.10 (ascs)' \
    '  tcp 62000 to 192.0.2.4 (health probe ascs)' \
    '  every protocol and port to 192.0.2.11 (ers)' \
    '  tcp 62101 to 192.0.2.4 (health probe ers)'
fi

# Verification: print the resulting state.
echo "floatplan: resulting state"
sysctl net.ipv4.tcp_timestamps
if [[ "$NODE_ONLY" -eq 0 ]]; then
  crm_mon -1 -r
fi
echo "floatplan: rollback of $VM complete"
