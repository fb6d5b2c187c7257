// The bash flavours (ubuntu in ubuntu.ts, suse in suse.ts). They share the runtime loopback step, the firewall step and the verification
// block, and differ only in how they persist the addresses.
import { bashParts, LO_FUNCTIONS, withPrefix } from './bash';
import type { ScriptParts } from './scriptParts';
import { listensTable, loopbackLoop, loopbackTable, OPENING_FUNCTIONS, openingsTable } from './bashTables';
import { tableFirewallSteps, tableVerification } from './linuxTableSteps';
import type { LinuxFirewall } from './linuxFirewall';
import { removeFileLines, writePrintedFileLines } from './persistFile';
import { netplanLoop, networkdLoop } from './persistLoops';
import type { VmPlan } from './plan';
import { posixQuote } from './quote';
import { block, keyOf, shared } from './shared';
import type { ScriptFile } from './types';

export interface LinuxInput {
  plan: VmPlan;
  header: string[];
  prefix: { 4: number; 6: number };
  label?: string;
  persist: boolean;
  rollback: boolean;
}

export const NETPLAN_FILE = '/etc/netplan/60-floatplan.yaml';
export const NETWORKD_FILE = '/etc/systemd/network/10-floatplan-lo.network';
export const NM_CONNECTION = 'floatplan-lo';

const FILE_NOTE =
  'Written by Floatplan: Azure Load Balancer frontend IPs (floating IP) on the loopback. The Floatplan rollback script removes it.';

/** The netplan file holding the frontend IPs on `lo` (netplan's documented loopback example, in a file of our own). */
export function netplanFile(plan: VmPlan, prefix: { 4: number; 6: number }, label?: string): ScriptFile {
  const addresses = plan.loopback.flatMap((l) => {
    const a = `"${withPrefix(l.ip, l.family, prefix)}"`;
    return label && l.family === 4 ? [`        - ${a}:`, `            label: "${label}"`] : [`        - ${a}`];
  });
  const content = [`# ${FILE_NOTE}`, ...NETPLAN_HEAD, ...addresses, ''].join('\n');
  return { path: NETPLAN_FILE, mode: '600', content };
}

const NETPLAN_HEAD = [
  'network:',
  '  version: 2',
  '  renderer: networkd',
  '  ethernets:',
  '    lo:',
  '      match:',
  '        name: lo',
  '      addresses:',
];
const NETWORKD_HEAD = [`# ${FILE_NOTE}`, '[Match]', 'Name=lo'];

/** Shell lines printing {@link netplanFile} from the script's LOOPBACK table. */
export function netplanPrint(label?: string): string[] {
  return netplanLoop(`# ${FILE_NOTE}`, NETPLAN_HEAD, label);
}

/** Shell lines printing {@link networkdFile} from the script's LOOPBACK table. */
export function networkdPrint(label?: string): string[] {
  return networkdLoop(NETWORKD_HEAD, label);
}

/** The systemd-networkd `.network` file for `lo`: one [Address] section per frontend IP. */
export function networkdFile(plan: VmPlan, prefix: { 4: number; 6: number }, label?: string): ScriptFile {
  const sections = plan.loopback.flatMap((l) => [
    '',
    '[Address]',
    `Address=${withPrefix(l.ip, l.family, prefix)}`,
    ...(label && l.family === 4 ? [`Label=${label}`] : []),
  ]);
  return { path: NETWORKD_FILE, mode: '644', content: [...NETWORKD_HEAD, ...sections, ''].join('\n') };
}

/** `linux-networkd`: runtime `ip addr`, a systemd-networkd file for `lo`, ufw or firewalld if active. */
export function networkdScript(i: LinuxInput): { text: string; files: ScriptFile[] } {
  const firewalls: LinuxFirewall[] = ['ufw', 'firewalld'];
  if (!i.persist || !i.plan.loopback.length) return linuxScript(i, firewalls, [], []);
  // The persistence step reads only the loopback addresses, the prefix and the label: one block per distinct set.
  const { lines, file } = shared(i.plan.loopback, keyOf('networkd', i.prefix, i.label, i.rollback), () => {
    const file = networkdFile(i.plan, i.prefix, i.label);
    const apply = [
      'if systemctl is-active --quiet systemd-networkd; then',
      '  networkctl reload',
      '  networkctl reconfigure lo',
      'else',
      '  echo "floatplan: systemd-networkd is not running; the file takes effect once it runs"',
      'fi',
    ];
    const persistLines = i.rollback ? removeFileLines(file.path, apply) : writePrintedFileLines(file, networkdPrint(i.label), apply);
    const note = '# Persistence: networkd uses the FIRST .network file (in name order) that matches lo; 10-floatplan-lo sorts early.';
    return { lines: ['', note, ...persistLines], file };
  });
  return linuxScript(i, firewalls, lines, [file]);
}

/** `rhel`: a NetworkManager loopback connection (NetworkManager 1.42+, RHEL 9.2+) and firewalld. */
export function rhelScript(i: LinuxInput): { text: string; files: ScriptFile[] } {
  if (!i.persist || !i.plan.loopback.length) return linuxScript(i, ['firewalld'], [], []);
  const lines = [
    '',
    '# Persistence: NetworkManager connection (it also applies the addresses now). Loopback profiles need',
    '# NetworkManager 1.42 or later (RHEL 9.2+); on older releases use --no-persist and your own ifcfg file.',
    ...nmLoopbackLines(i),
  ];
  return linuxScript(i, ['firewalld'], lines, [], !i.rollback);
}

/** The NetworkManager loopback profile `floatplan-lo`: created or modified and applied, or (rollback) deleted. */
export function nmLoopbackLines(i: Pick<LinuxInput, 'plan' | 'prefix' | 'rollback'>): string[] {
  const byFamily = (f: 4 | 6) => i.plan.loopback.filter((l) => l.family === f).map((l) => withPrefix(l.ip, l.family, i.prefix));
  const settings = ([4, 6] as const)
    .flatMap((f) => (byFamily(f).length ? [`ipv${f}.method manual ipv${f}.addresses ${posixQuote(byFamily(f).join(','))}`] : []))
    .join(' ');
  const nm = i.rollback
    ? [
        'if nmcli connection show "$CONNECTION" >/dev/null 2>&1; then',
        '  nmcli connection delete "$CONNECTION"',
        'else',
        '  echo "floatplan: connection $CONNECTION is already absent"',
        'fi',
      ]
    : [
        'if nmcli connection show "$CONNECTION" >/dev/null 2>&1; then',
        `  nmcli connection modify "$CONNECTION" ${settings}`,
        'else',
        `  nmcli connection add con-name "$CONNECTION" type loopback ifname lo ${settings}`,
        'fi',
        '# Reapply keeps an active connection up (no flap); a second run reapplies identical settings.',
        'if [[ "$(nmcli -g GENERAL.STATE connection show "$CONNECTION")" == activated ]]; then',
        '  nmcli device reapply lo',
        'else',
        '  nmcli connection up "$CONNECTION"',
        'fi',
      ];
  return [`readonly CONNECTION=${NM_CONNECTION}`, ...nm];
}

/**
 * A bash flavour's script: the tables it works from (bashTables.ts), `preflight` (checks that stop before any change,
 * helper functions), the runtime loopback step (unless the persistence step adds the addresses itself), `persist`, the
 * firewall and the verification.
 */
export function linuxScript(
  i: LinuxInput,
  firewalls: LinuxFirewall[],
  persist: readonly string[],
  files: ScriptFile[],
  persistAddsAddresses = false,
  preflight: readonly string[] = [],
): { text: string; files: ScriptFile[]; parts: ScriptParts } {
  const { plan } = i;
  const hasLoopback = plan.loopback.length > 0;
  const runtime = persistAddsAddresses
    ? []
    : [
        '',
        `# Frontend IPs on the loopback (runtime).`,
        ...(hasLoopback ? loopbackLoop(i.label, i.rollback) : ['# No floating rule reaches this VM: no frontend IP on the loopback.']),
      ];
  const firewall = [
    '',
    `# Host firewall: ${i.rollback ? 'close' : 'open'} the delivered ports and the health-probe ports.`,
    ...tableFirewallSteps(plan.openings, firewalls, { persist: i.persist, remove: i.rollback }),
  ];
  // Rollback removes the persistent file first so nothing re-adds an address after it is deleted.
  const steps = i.rollback ? [...block(persist), ...runtime, ...firewall] : [...runtime, ...block(persist), ...firewall];
  const tables = [loopbackTable(plan, i.prefix), openingsTable(plan), i.rollback ? '' : listensTable(plan)].filter((t) => t);
  const data = tables.length ? ['# What this VM holds, opens and serves: the steps below loop over these lists.', ...tables, ''] : [];
  const body = [
    ...data,
    ...block(LO_FUNCTIONS),
    ...(plan.openings.length ? block(OPENING_FUNCTIONS) : []),
    ...block(preflight),
    ...steps,
    ...tableVerification(plan, i.rollback),
  ];
  const parts = bashParts(i.header, plan, body, true);
  return { text: parts.head + parts.tail, files, parts };
}
