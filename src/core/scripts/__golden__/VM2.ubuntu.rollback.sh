#!/usr/bin/env bash
# Floatplan guest OS ROLLBACK script, flavour ubuntu
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
# Probe guidance (SAP on Azure): TCP timestamps make probes fail; Microsoft asks for net.ipv4.tcp_timestamps=0.
#   This script does not change it; check with: sysctl net.ipv4.tcp_timestamps
# Outbound: flows the VM opens must use the NIC primary IP; an application bound to the frontend IP cannot connect out.
# Run as root; stops on the first error; running it twice changes nothing the second time.
set -euo pipefail

# Names from the topology, single-quoted so no character in them is special to the shell.
readonly TOPOLOGY='Two frontends with floating IP (rule type 2)'
readonly VM='VM2'
readonly NIC_IP='10.0.0.5'

if [[ "$(id -u)" -ne 0 ]]; then
  echo "floatplan: run this script as root (for example: sudo bash $0); nothing was changed." >&2
  exit 1
fi
echo "floatplan: VM $VM of topology $TOPOLOGY"

# What this VM holds, opens and serves: the steps below loop over these lists.
# Frontend IPs this VM holds on its loopback (floating IP), with their prefix length.
readonly -a LOOPBACK=(
  65.52.0.1/32
  65.52.0.2/32
)
# Host firewall openings, four words each: protocol (any: every protocol), port (0: every port), local address, what it serves.
readonly -a OPENINGS=(
  tcp 80 65.52.0.1 'rule1'
  tcp 8081 "$NIC_IP" 'health probe health1'
  tcp 80 65.52.0.2 'rule2'
  tcp 8082 "$NIC_IP" 'health probe health2'
)

# Adds an address to lo unless it is already there, so a second run changes nothing.
lo_add() {
  if [[ "$(ip -o addr show dev lo)" == *" $1 "* ]]; then
    echo "floatplan: $1 already on lo"
  else
    ip addr add "$1" dev lo "${@:2}"
    echo "floatplan: added $1 to lo"
  fi
}
# Removes an address from lo if it is there.
lo_del() {
  if [[ "$(ip -o addr show dev lo)" == *" $1 "* ]]; then
    ip addr del "$1" dev lo
    echo "floatplan: removed $1 from lo"
  else
    echo "floatplan: $1 is not on lo"
  fi
}
# One OPENINGS row for ufw: allow (or delete) it; ufw skips an existing rule and reports a missing one.
ufw_opening() {
  local words=()
  [[ "$2" == any ]] || words+=(proto "$2")
  words+=(to "$4")
  [[ "$3" == 0 ]] || words+=(port "$3")
  if [[ "$1" == allow ]]; then
    ufw allow "${words[@]}"
  else
    ufw delete allow "${words[@]}" || echo "floatplan: ufw rule already absent"
  fi
}
# One OPENINGS row as a firewalld rich rule, limited to its destination address.
rich_rule() {
  local family=ipv4
  if [[ "$3" == *:* ]]; then family=ipv6; fi
  local head="rule family=\"$family\" destination address=\"$3\""
  if [[ "$1" == any ]]; then
    echo "$head accept"
  elif [[ "$2" == 0 ]]; then
    echo "$head protocol value=\"$1\" accept"
  else
    echo "$head port port=\"$2\" protocol=\"$1\" accept"
  fi
}
# One OPENINGS row in words, e.g. "tcp 80 to 203.0.113.10 (web)".
describe_opening() {
  if [[ "$1" == any ]]; then
    printf '  every protocol and port to %s (%s)\n' "$3" "$4"
  elif [[ "$2" == 0 ]]; then
    printf '  %s every port to %s (%s)\n' "$1" "$3" "$4"
  else
    printf '  %s %s to %s (%s)\n' "$1" "$2" "$3" "$4"
  fi
}

# Persistence: remove what the configuration script wrote, whichever mechanism it used.
if [[ -f /etc/netplan/60-floatplan.yaml ]]; then
  rm -f /etc/netplan/60-floatplan.yaml
  echo "floatplan: removed /etc/netplan/60-floatplan.yaml"
  echo "floatplan: netplan apply (it can interrupt traffic for a moment)"
  netplan apply
else
  echo "floatplan: /etc/netplan/60-floatplan.yaml is already absent"
fi
if [[ -f /etc/network/interfaces.d/60-floatplan-lo ]]; then
  rm -f /etc/network/interfaces.d/60-floatplan-lo
  echo "floatplan: removed /etc/network/interfaces.d/60-floatplan-lo"
else
  echo "floatplan: /etc/network/interfaces.d/60-floatplan-lo is already absent"
fi
if [[ -f /etc/systemd/network/10-floatplan-lo.network ]]; then
  rm -f /etc/systemd/network/10-floatplan-lo.network
  echo "floatplan: removed /etc/systemd/network/10-floatplan-lo.network"
  if command -v networkctl >/dev/null 2>&1; then
    networkctl reload
    networkctl reconfigure lo
  fi
else
  echo "floatplan: /etc/systemd/network/10-floatplan-lo.network is already absent"
fi
if command -v nmcli >/dev/null 2>&1; then
  readonly CONNECTION=floatplan-lo
  if nmcli connection show "$CONNECTION" >/dev/null 2>&1; then
    nmcli connection delete "$CONNECTION"
  else
    echo "floatplan: connection $CONNECTION is already absent"
  fi
fi

# Frontend IPs on the loopback (runtime).
for address in "${LOOPBACK[@]}"; do
  lo_del "$address"
done

# Host firewall: close the delivered ports and the health-probe ports.
if command -v ufw >/dev/null 2>&1 && [[ "$(ufw status)" == "Status: active"* ]]; then
  for ((i = 0; i < ${#OPENINGS[@]}; i += 4)); do
    ufw_opening delete "${OPENINGS[@]:i:3}"
  done
else
  echo 'floatplan: no ufw firewall is active; if another firewall filters inbound traffic, close:'
  for ((i = 0; i < ${#OPENINGS[@]}; i += 4)); do
    describe_opening "${OPENINGS[@]:i:4}"
  done
fi

# Verification: print the resulting state.
echo "floatplan: resulting state"
ip -br addr show dev lo
ip route show table local dev lo
for address in "${LOOPBACK[@]}"; do
  [[ "$(ip -o addr show dev lo)" != *" $address "* ]] || { echo "floatplan: $address is still on lo" >&2; exit 1; }
done
echo "floatplan: rollback of $VM complete"
