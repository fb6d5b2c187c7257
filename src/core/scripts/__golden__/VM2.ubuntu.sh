#!/usr/bin/env bash
# Floatplan guest OS script, flavour ubuntu
# Topology: Two frontends with floating IP (rule type 2)
# VM: VM2 (os ubuntu), NIC eth0 10.0.0.5
# Rules served: 2, listed in LISTENS below with where each service must listen.
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
# Rules served, eight words each: rule, frontend, frontend IP, protocol, frontend port, listen address, listen port (0: every port), listen on (loopback: floating IP; nic: floating IP off).
readonly -a LISTENS=(
  'rule1' 'FIP1' 65.52.0.1 Tcp 80 65.52.0.1 80 loopback
  'rule2' 'FIP2' 65.52.0.2 Tcp 80 65.52.0.2 80 loopback
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

# Persistence: find what keeps this image's addresses across reboots BEFORE changing anything.
if command -v netplan >/dev/null 2>&1 && [[ -d /etc/netplan ]]; then
  PERSIST=netplan
elif [[ -f /etc/network/interfaces ]] && command -v ifup >/dev/null 2>&1; then
  if ! grep -Eq '^[[:space:]]*(source[[:space:]]+(/etc/network/)?interfaces\.d/\*|source-directory[[:space:]]+(/etc/network/)?interfaces\.d/?)[[:space:]]*$' /etc/network/interfaces; then
    echo "floatplan: ifupdown is in use but /etc/network/interfaces does not read /etc/network/interfaces.d (add the line: source /etc/network/interfaces.d/*), so a file there would be ignored at boot; nothing was changed." >&2
    exit 1
  fi
  PERSIST=ifupdown
elif command -v nmcli >/dev/null 2>&1 && [[ "$(nmcli -t -f RUNNING general 2>/dev/null)" == running ]]; then
  nm_version="$(nmcli --version | grep -Eo '[0-9]+\.[0-9]+(\.[0-9]+)?' | head -n 1)"
  if [[ "$(printf '%s\n' 1.42 "$nm_version" | sort -V | head -n 1)" != 1.42 ]]; then
    echo "floatplan: NetworkManager $nm_version cannot hold loopback addresses (loopback profiles need 1.42 or later); nothing was changed. Use --no-persist and persist the addresses another way." >&2
    exit 1
  fi
  PERSIST=networkmanager
elif command -v systemctl >/dev/null 2>&1 && systemctl is-active --quiet systemd-networkd; then
  PERSIST=networkd
else
  echo "floatplan: found no netplan, ifupdown (/etc/network/interfaces), running NetworkManager or running systemd-networkd to keep the addresses across reboots; nothing was changed. Rerun with --no-persist for runtime addresses only." >&2
  exit 1
fi
echo "floatplan: the addresses persist with $PERSIST"

# Frontend IPs on the loopback (runtime).
for address in "${LOOPBACK[@]}"; do
  lo_add "$address"
done

# Persistence: a file of our own (never cloud-init's or the distribution's): /etc/netplan/60-floatplan.yaml (netplan),
# /etc/network/interfaces.d/60-floatplan-lo (ifupdown), a NetworkManager profile floatplan-lo, or /etc/systemd/network/10-floatplan-lo.network (systemd-networkd).
case "$PERSIST" in
  netplan)
    floatplan_new="$(mktemp)"
    trap 'rm -f "$floatplan_new"' EXIT
    {
      printf '%s\n' '# Written by Floatplan: Azure Load Balancer frontend IPs (floating IP) on the loopback. The Floatplan rollback script removes it.' 'network:' '  version: 2' '  renderer: networkd' '  ethernets:' '    lo:' '      match:' '        name: lo' '      addresses:'
      for address in "${LOOPBACK[@]}"; do
        printf '        - "%s"\n' "$address"
      done
    } >"$floatplan_new"
    if [[ -f /etc/netplan/60-floatplan.yaml ]] && cmp -s "$floatplan_new" /etc/netplan/60-floatplan.yaml; then
      echo "floatplan: /etc/netplan/60-floatplan.yaml is already up to date"
    else
      install -m 600 "$floatplan_new" /etc/netplan/60-floatplan.yaml
      echo "floatplan: wrote /etc/netplan/60-floatplan.yaml"
      echo "floatplan: netplan apply (it can interrupt traffic for a moment)"
      netplan apply
    fi
    ;;
  ifupdown)
    install -d -m 755 /etc/network/interfaces.d
    floatplan_new="$(mktemp)"
    trap 'rm -f "$floatplan_new"' EXIT
    {
      printf '%s\n' '# Written by Floatplan: Azure Load Balancer frontend IPs (floating IP) on the loopback. The Floatplan rollback script removes it.'
      for address in "${LOOPBACK[@]}"; do
        if [[ "$address" == *:* ]]; then inet=inet6; else inet=inet; fi
        printf '\niface lo %s static\n    address %s\n' "$inet" "$address"
      done
    } >"$floatplan_new"
    if [[ -f /etc/network/interfaces.d/60-floatplan-lo ]] && cmp -s "$floatplan_new" /etc/network/interfaces.d/60-floatplan-lo; then
      echo "floatplan: /etc/network/interfaces.d/60-floatplan-lo is already up to date"
    else
      install -m 644 "$floatplan_new" /etc/network/interfaces.d/60-floatplan-lo
      echo "floatplan: wrote /etc/network/interfaces.d/60-floatplan-lo"
      echo "floatplan: ifupdown adds these addresses when lo comes up (at boot); they are on lo now"
    fi
    ;;
  networkmanager)
    readonly CONNECTION=floatplan-lo
    if nmcli connection show "$CONNECTION" >/dev/null 2>&1; then
      nmcli connection modify "$CONNECTION" ipv4.method manual ipv4.addresses '65.52.0.1/32,65.52.0.2/32'
    else
      nmcli connection add con-name "$CONNECTION" type loopback ifname lo ipv4.method manual ipv4.addresses '65.52.0.1/32,65.52.0.2/32'
    fi
    # Reapply keeps an active connection up (no flap); a second run reapplies identical settings.
    if [[ "$(nmcli -g GENERAL.STATE connection show "$CONNECTION")" == activated ]]; then
      nmcli device reapply lo
    else
      nmcli connection up "$CONNECTION"
    fi
    ;;
  networkd)
    install -d -m 755 /etc/systemd/network
    floatplan_new="$(mktemp)"
    trap 'rm -f "$floatplan_new"' EXIT
    {
      printf '%s\n' '# Written by Floatplan: Azure Load Balancer frontend IPs (floating IP) on the loopback. The Floatplan rollback script removes it.' '[Match]' 'Name=lo'
      for address in "${LOOPBACK[@]}"; do
        printf '\n[Address]\nAddress=%s\n' "$address"
      done
    } >"$floatplan_new"
    if [[ -f /etc/systemd/network/10-floatplan-lo.network ]] && cmp -s "$floatplan_new" /etc/systemd/network/10-floatplan-lo.network; then
      echo "floatplan: /etc/systemd/network/10-floatplan-lo.network is already up to date"
    else
      install -m 644 "$floatplan_new" /etc/systemd/network/10-floatplan-lo.network
      echo "floatplan: wrote /etc/systemd/network/10-floatplan-lo.network"
      networkctl reload
      networkctl reconfigure lo
    fi
    ;;
esac

# Host firewall: open the delivered ports and the health-probe ports.
if command -v ufw >/dev/null 2>&1 && [[ "$(ufw status)" == "Status: active"* ]]; then
  for ((i = 0; i < ${#OPENINGS[@]}; i += 4)); do
    ufw_opening allow "${OPENINGS[@]:i:3}"
  done
else
  echo 'floatplan: no ufw firewall is active; if another firewall filters inbound traffic, allow:'
  for ((i = 0; i < ${#OPENINGS[@]}; i += 4)); do
    describe_opening "${OPENINGS[@]:i:4}"
  done
fi

# Verification: print the resulting state.
echo "floatplan: resulting state"
ip -br addr show dev lo
ip route show table local dev lo
for address in "${LOOPBACK[@]}"; do
  [[ "$(ip -o addr show dev lo)" == *" $address "* ]] || { echo "floatplan: $address is missing from lo" >&2; exit 1; }
done
echo 'floatplan: services must listen on:'
for ((i = 0; i < ${#LISTENS[@]}; i += 8)); do
  listen_address=${LISTENS[i + 5]} listen_port=${LISTENS[i + 6]}
  if [[ "$listen_port" == 0 ]]; then endpoint="$listen_address (every port)"
  elif [[ "$listen_address" == *:* ]]; then endpoint="[$listen_address]:$listen_port"
  else endpoint="$listen_address:$listen_port"; fi
  if [[ "${LISTENS[i + 7]}" == nic ]]; then on=NIC; else on=loopback; fi
  printf '  %s: %s %s on the %s\n' "${LISTENS[i]}" "${LISTENS[i + 3]}" "$endpoint" "$on"
done
echo "floatplan: configuration of $VM complete"
