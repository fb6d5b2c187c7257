// `ubuntu` (also Debian's default): runtime `ip addr`, ufw, and persistence through whichever network configuration
// the image actually runs. Ubuntu images have netplan; Debian images may have netplan, ifupdown
// (/etc/network/interfaces), NetworkManager or plain systemd-networkd. The script finds out BEFORE it changes
// anything and stops with the reason when it finds none, instead of failing half-way under `set -e`.
import { withPrefix } from './bash';
import { linuxScript, netplanFile, netplanPrint, networkdFile, networkdPrint, nmLoopbackLines, type LinuxInput } from './linux';
import { removeFileLines, writePrintedFileLines } from './persistFile';
import { ifupdownLoop } from './persistLoops';
import { keyOf, shared } from './shared';
import type { VmPlan } from './plan';
import type { ScriptFile } from './types';

/** The ifupdown file of our own, read through the `source /etc/network/interfaces.d/*` line of /etc/network/interfaces. */
export const IFUPDOWN_FILE = '/etc/network/interfaces.d/60-floatplan-lo';

/**
 * An ifupdown file with one `iface lo inet static` (IPv6: `inet6 static`) stanza per frontend IP. interfaces(5) lets an
 * interface have several iface stanzas; each adds its address when `lo` comes up (`auto lo` in Debian's default file).
 */
export function ifupdownFile(plan: VmPlan, prefix: { 4: number; 6: number }): ScriptFile {
  const stanzas = plan.loopback.flatMap((l) => [
    '',
    `iface lo inet${l.family === 6 ? '6' : ''} static`,
    `    address ${withPrefix(l.ip, l.family, prefix)}`,
  ]);
  return { path: IFUPDOWN_FILE, mode: '644', content: [IFUPDOWN_NOTE, ...stanzas, ''].join('\n') };
}

const IFUPDOWN_NOTE =
  '# Written by Floatplan: Azure Load Balancer frontend IPs (floating IP) on the loopback. The Floatplan rollback script removes it.';

// The checks read files and ask commands; they change nothing. ifupdown counts only when /etc/network/interfaces reads
// interfaces.d (Debian's default file has `source /etc/network/interfaces.d/*`); older files say `source-directory`.
const DETECT = [
  '',
  "# Persistence: find what keeps this image's addresses across reboots BEFORE changing anything.",
  'if command -v netplan >/dev/null 2>&1 && [[ -d /etc/netplan ]]; then',
  '  PERSIST=netplan',
  'elif [[ -f /etc/network/interfaces ]] && command -v ifup >/dev/null 2>&1; then',
  "  if ! grep -Eq '^[[:space:]]*(source[[:space:]]+(/etc/network/)?interfaces\\.d/\\*|source-directory[[:space:]]+(/etc/network/)?interfaces\\.d/?)[[:space:]]*$' /etc/network/interfaces; then",
  '    echo "floatplan: ifupdown is in use but /etc/network/interfaces does not read /etc/network/interfaces.d (add the line: source /etc/network/interfaces.d/*), so a file there would be ignored at boot; nothing was changed." >&2',
  '    exit 1',
  '  fi',
  '  PERSIST=ifupdown',
  'elif command -v nmcli >/dev/null 2>&1 && [[ "$(nmcli -t -f RUNNING general 2>/dev/null)" == running ]]; then',
  '  nm_version="$(nmcli --version | grep -Eo \'[0-9]+\\.[0-9]+(\\.[0-9]+)?\' | head -n 1)"',
  '  if [[ "$(printf \'%s\\n\' 1.42 "$nm_version" | sort -V | head -n 1)" != 1.42 ]]; then',
  '    echo "floatplan: NetworkManager $nm_version cannot hold loopback addresses (loopback profiles need 1.42 or later); nothing was changed. Use --no-persist and persist the addresses another way." >&2',
  '    exit 1',
  '  fi',
  '  PERSIST=networkmanager',
  'elif command -v systemctl >/dev/null 2>&1 && systemctl is-active --quiet systemd-networkd; then',
  '  PERSIST=networkd',
  'else',
  '  echo "floatplan: found no netplan, ifupdown (/etc/network/interfaces), running NetworkManager or running systemd-networkd to keep the addresses across reboots; nothing was changed. Rerun with --no-persist for runtime addresses only." >&2',
  '  exit 1',
  'fi',
  'echo "floatplan: the addresses persist with $PERSIST"',
];

/** `ubuntu`: runtime `ip addr`, ufw, and a file (or NM profile) of its own for the mechanism the image runs. */
export function ubuntuScript(i: LinuxInput): { text: string; files: ScriptFile[] } {
  if (!i.persist || !i.plan.loopback.length) return linuxScript(i, ['ufw'], [], []);
  // The persistence step reads only the loopback addresses, the prefix and the label: one block per distinct set.
  const { lines, files } = shared(i.plan.loopback, keyOf('ubuntu', i.prefix, i.label, i.rollback), () => persistence(i));
  return i.rollback ? linuxScript(i, ['ufw'], lines, files) : linuxScript(i, ['ufw'], lines, files, false, DETECT);
}

function persistence(i: LinuxInput): { lines: string[]; files: ScriptFile[] } {
  const netplan = netplanFile(i.plan, i.prefix, i.label);
  const ifupdown = ifupdownFile(i.plan, i.prefix);
  const networkd = networkdFile(i.plan, i.prefix, i.label);
  const netplanApply = ['echo "floatplan: netplan apply (it can interrupt traffic for a moment)"', 'netplan apply'];
  // ifupdown re-reads the file when lo next comes up (at boot); the addresses are already on lo at runtime.
  const ifupdownApply = ['echo "floatplan: ifupdown adds these addresses when lo comes up (at boot); they are on lo now"'];
  const networkdApply = ['networkctl reload', 'networkctl reconfigure lo'];
  const indent = (lines: string[]) => indentOutsideHeredocs(lines, '    ');
  if (i.rollback) {
    // Remove whatever an earlier run wrote, whichever mechanism it used; each step checks first.
    const nm = nmLoopbackLines(i);
    const lines = [
      '',
      '# Persistence: remove what the configuration script wrote, whichever mechanism it used.',
      ...removeFileLines(netplan.path, netplanApply),
      ...removeFileLines(ifupdown.path, []),
      ...removeFileLines(networkd.path, ['if command -v networkctl >/dev/null 2>&1; then', ...networkdApply.map((l) => `  ${l}`), 'fi']),
      'if command -v nmcli >/dev/null 2>&1; then',
      ...nm.map((l) => `  ${l}`),
      'fi',
    ];
    return { lines, files: [] };
  }
  const lines = [
    '',
    `# Persistence: a file of our own (never cloud-init's or the distribution's): ${netplan.path} (netplan),`,
    `# ${ifupdown.path} (ifupdown), a NetworkManager profile floatplan-lo, or ${networkd.path} (systemd-networkd).`,
    'case "$PERSIST" in',
    '  netplan)',
    ...indent(writePrintedFileLines(netplan, netplanPrint(i.label), netplanApply)),
    '    ;;',
    '  ifupdown)',
    `    install -d -m 755 ${dirOf(ifupdown.path)}`,
    ...indent(writePrintedFileLines(ifupdown, ifupdownLoop(IFUPDOWN_NOTE), ifupdownApply)),
    '    ;;',
    '  networkmanager)',
    ...indent(nmLoopbackLines(i)),
    '    ;;',
    '  networkd)',
    `    install -d -m 755 ${dirOf(networkd.path)}`,
    ...indent(writePrintedFileLines(networkd, networkdPrint(i.label), networkdApply)),
    '    ;;',
    'esac',
  ];
  return { lines, files: [netplan, ifupdown, networkd] };
}

/** Indents shell lines, except the body and delimiter of a heredoc, which must stay exactly as written. */
export function indentOutsideHeredocs(lines: readonly string[], pad: string): string[] {
  let end: string | undefined;
  return lines.map((l) => {
    if (end !== undefined) {
      if (l === end) end = undefined;
      return l;
    }
    // Only a line ending in a quote can start a heredoc: most lines skip the expression.
    const m = l.endsWith("'") ? /<<'([A-Z_]+)'$/.exec(l) : null;
    if (m) end = m[1];
    return `${pad}${l}`;
  });
}

function dirOf(path: string): string {
  return path.slice(0, path.lastIndexOf('/'));
}
