#!/usr/bin/env bash
# Floatplan guest OS script, flavour suse
# Topology: Two frontends with floating IP (rule type 2)
# VM: VM2 (os ubuntu), NIC eth0 10.0.0.5
# Rules served:
#   rule1: frontend FIP1 65.52.0.1 Tcp port 80 -> listen on 65.52.0.1:80 (loopback, floating IP)
#   rule2: frontend FIP2 65.52.0.2 Tcp port 80 -> listen on 65.52.0.2:80 (loopback, floating IP)
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

if [[ "$(id -u)" -ne 0 ]]; then
  echo "floatplan: run this script as root (for example: sudo bash $0); nothing was changed." >&2
  exit 1
fi
echo "floatplan: VM $VM of topology $TOPOLOGY"

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

# Persistence is wicked: check for it before changing anything.
readonly IFCFG_LO=/etc/sysconfig/network/ifcfg-lo
IFCFG_CHANGED=0
if ! command -v wicked >/dev/null 2>&1 || [[ ! -f "$IFCFG_LO" ]]; then
  echo "floatplan: no wicked or no $IFCFG_LO here, so the addresses would not survive a reboot; nothing was changed. Where SUSE runs NetworkManager instead of wicked, use the rhel flavour (a NetworkManager loopback profile); otherwise --no-persist." >&2
  exit 1
fi
# Adds one exact line to ifcfg-lo unless it is there, so a second run changes nothing.
ifcfg_add() {
  if grep -qxF "$1" "$IFCFG_LO"; then
    echo "floatplan: $IFCFG_LO already has $1"
  else
    # A last line without its newline would otherwise run into ours.
    [[ ! -s "$IFCFG_LO" || -z "$(tail -c 1 "$IFCFG_LO")" ]] || echo >>"$IFCFG_LO"
    printf '%s\n' "$1" >>"$IFCFG_LO"
    echo "floatplan: added $1 to $IFCFG_LO"
    IFCFG_CHANGED=1
  fi
}
# Removes exactly that line (every copy of it) and nothing else; the file keeps its owner and mode.
ifcfg_del() {
  if grep -qxF "$1" "$IFCFG_LO"; then
    local rest
    rest="$(grep -vxF "$1" "$IFCFG_LO" || [[ $? -eq 1 ]])"
    printf '%s\n' "$rest" >"$IFCFG_LO"
    echo "floatplan: removed $1 from $IFCFG_LO"
    IFCFG_CHANGED=1
  else
    echo "floatplan: $IFCFG_LO has no line $1"
  fi
}

# Frontend IPs on the loopback (runtime).
lo_add 65.52.0.1/32
lo_add 65.52.0.2/32

# Persistence: one IPADDR_<suffix> line per frontend IP in /etc/sysconfig/network/ifcfg-lo (ifcfg(5), "Multiple addresses"),
# then wicked re-reads the file. The lines are the only thing this script adds to the file.
ifcfg_add "IPADDR_floatplan_65_52_0_1='65.52.0.1/32'"
ifcfg_add "IPADDR_floatplan_65_52_0_2='65.52.0.2/32'"
if [[ "$IFCFG_CHANGED" -eq 1 ]] && command -v wicked >/dev/null 2>&1; then
  wicked ifreload lo
  echo "floatplan: wicked ifreload lo"
fi

# Host firewall: open the delivered ports and the health-probe ports.
if command -v firewall-cmd >/dev/null 2>&1 && firewall-cmd --state >/dev/null 2>&1; then
  firewall-cmd --permanent --add-rich-rule='rule family="ipv4" destination address="65.52.0.1" port port="80" protocol="tcp" accept'
  firewall-cmd --permanent --add-rich-rule='rule family="ipv4" destination address="10.0.0.5" port port="8081" protocol="tcp" accept'
  firewall-cmd --permanent --add-rich-rule='rule family="ipv4" destination address="65.52.0.2" port port="80" protocol="tcp" accept'
  firewall-cmd --permanent --add-rich-rule='rule family="ipv4" destination address="10.0.0.5" port port="8082" protocol="tcp" accept'
  firewall-cmd --reload
else
  printf '%s\n' \
    'floatplan: no firewalld firewall is active; if another firewall filters inbound traffic, allow:' \
    '  tcp 80 to 65.52.0.1 (rule1)' \
    '  tcp 8081 to 10.0.0.5 (health probe health1)' \
    '  tcp 80 to 65.52.0.2 (rule2)' \
    '  tcp 8082 to 10.0.0.5 (health probe health2)'
fi

# Verification: print the resulting state.
echo "floatplan: resulting state"
ip -br addr show dev lo
ip route show table local dev lo
[[ "$(ip -o addr show dev lo)" == *" 65.52.0.1/32 "* ]] || { echo "floatplan: 65.52.0.1/32 is missing from lo" >&2; exit 1; }
[[ "$(ip -o addr show dev lo)" == *" 65.52.0.2/32 "* ]] || { echo "floatplan: 65.52.0.2/32 is missing from lo" >&2; exit 1; }
printf '%s\n' \
  'floatplan: services must listen on:' \
  '  rule1: Tcp 65.52.0.1:80 on the loopback' \
  '  rule2: Tcp 65.52.0.2:80 on the loopback'
echo "floatplan: configuration of $VM complete"
