// `appliance` (forwarding NVA behind HA ports): no loopback, no listener. The appliance forwards packets that keep
// their original destination: ip_forward (IPv6 forwarding with IPv6 frontends), loose reverse-path filtering, and
// forwarded traffic allowed by the host firewall; the health probe is answered by a service of the appliance.
import { bashScript, describeOpening, printLines } from './bash';
import { firewallSteps, type LinuxFirewall } from './linuxFirewall';
import { SYSCTL_FUNCTIONS, sysctlFile, sysctlSteps } from './linuxMode';
import type { Opening, VmPlan } from './plan';
import { posixQuote } from './quote';
import type { ScriptFile } from './types';
import { psFirewallLine } from './windowsCluster';
import { FIREWALL_FUNCTIONS, psPrologue } from './windowsPowershell';

/** What applianceScript needs: the VM's plan, its header and the firewalls of its flavour. */
export interface ApplianceInput {
  plan: VmPlan;
  header: string[];
  firewalls: LinuxFirewall[];
  persist: boolean;
  rollback: boolean;
}

/** The sysctl.d file that keeps forwarding and loose rp_filter across reboots. */
export const FORWARDING_FILE = '/etc/sysctl.d/90-floatplan-forwarding.conf';

/** True when a rule reaching the appliance has an IPv6 frontend, so IPv6 must be forwarded too. */
export function forwardsIpv6(plan: VmPlan): boolean {
  return plan.listens.some((l) => l.frontendIp.includes(':'));
}

/** The kernel parameters an appliance needs, and the values its rollback puts back (kernel defaults). */
export function forwardingSettings(plan: VmPlan): { set: [string, string][]; undo: [string, string][] } {
  const v6 = forwardsIpv6(plan);
  return {
    set: [
      ['net.ipv4.ip_forward', '1'],
      ...(v6 ? [['net.ipv6.conf.all.forwarding', '1'] as [string, string]] : []),
      ['net.ipv4.conf.all.rp_filter', '2'],
    ],
    // rp_filter is left loose: the distribution's own value comes back with `sysctl --system` or at boot.
    undo: [['net.ipv4.ip_forward', '0'], ...(v6 ? [['net.ipv6.conf.all.forwarding', '0'] as [string, string]] : [])],
  };
}

/** Forwarded traffic, by the rules that deliver it: every protocol for HA ports, else the rule's protocol and port. */
function forwarded(plan: VmPlan): Opening[] {
  return plan.openings.filter((o) => o.kind === 'rule');
}

function forwardSteps(plan: VmPlan, firewalls: readonly LinuxFirewall[], persist: boolean, remove: boolean): string[] {
  const nic = posixQuote(plan.vm.nic.name);
  const traffic = forwarded(plan);
  if (!traffic.length) return ['# No rule reaches this appliance: nothing to forward.'];
  const out: string[] = [];
  const usable = firewalls.filter((f) => f === 'firewalld' || persist);
  usable.forEach((fw, k) => {
    out.push(
      `${k === 0 ? 'if' : 'elif'} ${fw === 'ufw' ? 'command -v ufw >/dev/null 2>&1 && [[ "$(ufw status)" == "Status: active"* ]]' : 'command -v firewall-cmd >/dev/null 2>&1 && firewall-cmd --state >/dev/null 2>&1'}; then`,
    );
    if (fw === 'firewalld') {
      // One NIC: packets enter and leave through the same zone, so intra-zone forwarding (firewalld 0.9+) lets them through.
      const perm = persist ? '--permanent ' : '';
      out.push(
        // firewalld before 0.9 (RHEL 7, early RHEL 8, SLES 15 before SP3) has no --add-forward and rejects forwarded packets:
        // say so and stop, rather than fail on "unrecognized arguments" half-way through.
        ...(remove
          ? []
          : [
              `  if [[ "$(firewall-cmd --help 2>&1)" != *--add-forward* ]]; then`,
              `    echo "floatplan: firewalld $(firewall-cmd --version) has no intra-zone forwarding (--add-forward, firewalld 0.9 or later), so it rejects the packets this appliance forwards: upgrade firewalld and rerun, or allow forwarded packets by hand" >&2`,
              '    exit 1',
              '  fi',
            ]),
        `  zone="$(firewall-cmd --get-zone-of-interface=${nic} 2>/dev/null || firewall-cmd --get-default-zone)"`,
        remove
          ? `  if firewall-cmd ${perm}--zone="$zone" --query-forward >/dev/null 2>&1; then firewall-cmd ${perm}--zone="$zone" --remove-forward; fi`
          : `  firewall-cmd ${perm}--zone="$zone" --query-forward >/dev/null 2>&1 || firewall-cmd ${perm}--zone="$zone" --add-forward`,
        ...(persist ? ['  firewall-cmd --reload'] : []),
      );
    } else {
      for (const o of traffic) {
        const what =
          o.protocol === 'any' || o.port === 0
            ? o.protocol === 'any'
              ? ''
              : ` proto ${o.protocol}`
            : ` proto ${o.protocol} to any port ${o.port}`;
        out.push(
          remove
            ? `  ufw route delete allow in on ${nic} out on ${nic}${what} || echo "floatplan: ufw route rule already absent"`
            : `  ufw route allow in on ${nic} out on ${nic}${what}`,
        );
      }
    }
  });
  const note = printLines([
    `floatplan: no ${firewalls.join(' or ')} firewall ${usable.length ? 'is active' : 'step in a runtime-only (--no-persist) script'}; if another firewall filters forwarded packets, ${remove ? 'remove what allows' : 'allow'}:`,
    ...traffic.map((o) => `  forwarded ${describeOpening(o).replace(/ to \S+ \(/, ' (')}`),
  ]).map((l) => `  ${l}`);
  if (!usable.length) return ['{', ...note, '}'];
  return [...out, 'else', ...note, 'fi'];
}

/** The bash script for one appliance (ubuntu: ufw, rhel: firewalld, linux-networkd: either). */
export function applianceScript(i: ApplianceInput): { text: string; files: ScriptFile[] } {
  const { plan } = i;
  const s = forwardingSettings(plan);
  const file = sysctlFile(
    FORWARDING_FILE,
    'Written by Floatplan: this VM forwards packets as a network virtual appliance behind an Azure internal load balancer. The Floatplan rollback script removes it.',
    s.set,
  );
  const probes = plan.openings.filter((o) => o.kind === 'probe');
  const sysctl = [
    '',
    '# Forwarding: packets reach the appliance with their original destination and leave towards it.',
    '# rp_filter 2 (loose): with strict checking (1) a packet is dropped when the route back to its source uses another',
    '# interface, which routed and load-balanced paths through an appliance often do; loose only asks for some route.',
    ...sysctlSteps(file, s.set, { persist: i.persist, rollback: i.rollback, undo: s.undo }),
    ...(i.rollback ? ["# net.ipv4.conf.all.rp_filter stays 2; your distribution's value returns at boot or with: sysctl --system"] : []),
  ];
  const fw = [
    '',
    `# Host firewall: ${i.rollback ? 'stop allowing' : 'allow'} forwarded traffic (the load balancer keeps each packet's destination).`,
    ...forwardSteps(plan, i.firewalls, i.persist, i.rollback),
    '',
    `# Host firewall: ${i.rollback ? 'close' : 'open'} the health-probe ports (a service of the appliance must answer them).`,
    ...firewallSteps(probes, i.firewalls, { persist: i.persist, remove: i.rollback }),
  ];
  const verify = [
    '',
    '# Verification: print the resulting state.',
    'echo "floatplan: resulting state"',
    ...s.set.map(([k]) => `sysctl ${k}`),
    ...(i.rollback
      ? []
      : ['[[ "$(sysctl -n net.ipv4.ip_forward)" == 1 ]] || { echo "floatplan: net.ipv4.ip_forward is not 1" >&2; exit 1; }']),
    ...(i.rollback
      ? []
      : printLines([
          'floatplan: Azure side (not done by this script):',
          '  - IP forwarding on every appliance NIC: az network nic update --resource-group <rg> --name <nic> --ip-forwarding true',
          "  - a route table (UDR) whose next hop is the load balancer's internal frontend IP, on the subnets whose traffic the appliances inspect",
        ])),
    `echo "floatplan: ${i.rollback ? 'rollback' : 'configuration'} of $VM complete"`,
  ];
  const body = [...SYSCTL_FUNCTIONS, ...(i.rollback ? [...fw, ...sysctl] : [...sysctl, ...fw]), ...verify];
  return { text: bashScript(i.header, plan, body), files: i.persist && !i.rollback ? [file] : [] };
}

/** The PowerShell script for one Windows appliance: IP forwarding on the NIC (Set-NetIPInterface -Forwarding), probe ports. */
export function windowsApplianceScript(i: { plan: VmPlan; header: string[]; rollback: boolean }): string {
  const { plan } = i;
  const families = forwardsIpv6(plan) ? ['IPv4', 'IPv6'] : ['IPv4'];
  const want = i.rollback ? 'Disabled' : 'Enabled';
  const body = [
    '# Forwarding on the NIC: the appliance routes packets that keep their original destination.',
    ...families.flatMap((f) => [
      `if ((Get-NetIPInterface -InterfaceAlias $Nic -AddressFamily ${f}).Forwarding -eq '${want}') { Write-Host 'floatplan: ${f} forwarding on the NIC is already ${want}' } else {`,
      `  Set-NetIPInterface -InterfaceAlias $Nic -AddressFamily ${f} -Forwarding ${want}`,
      `  Write-Host 'floatplan: ${f} forwarding on the NIC is now ${want}'`,
      '}',
    ]),
    `# Health-probe ports: ${i.rollback ? 'closed' : 'opened'} (a service of the appliance must answer them).`,
    ...plan.openings.filter((o) => o.kind === 'probe').map((o) => psFirewallLine(o, i.rollback)),
  ];
  return [
    ...psPrologue(i.header, plan.topology, plan.vm.name, [['Nic', plan.vm.nic.name]]),
    ...FIREWALL_FUNCTIONS,
    ...body,
    "Write-Host 'floatplan: resulting state'",
    'Get-NetIPInterface -InterfaceAlias $Nic | Format-Table InterfaceAlias, AddressFamily, Forwarding -AutoSize | Out-String | Write-Host',
    ...(i.rollback
      ? []
      : [
          "Write-Host 'floatplan: Azure side (not done by this script): IP forwarding on every appliance NIC (az network nic update --ip-forwarding true), and a UDR whose next hop is the internal frontend IP'",
        ]),
    `Write-Host 'floatplan: ${i.rollback ? 'rollback' : 'configuration'} complete'`,
    '',
  ].join('\r\n');
}
