// `suse`: SUSE Linux Enterprise Server and openSUSE, whose network is configured by wicked from
// /etc/sysconfig/network/ifcfg-* files (systemd-networkd is not what SLES runs). The frontend IPs go on lo at runtime,
// persist as suffixed IPADDR variables in ifcfg-lo (ifcfg(5), "Multiple addresses"), and wicked re-reads the file
// with `wicked ifreload lo` (wicked(8)). SLES 15's firewall is firewalld.
import { withPrefix } from './bash';
import { linuxScript, type LinuxInput } from './linux';
import type { LoopbackAddress } from './plan';
import type { ScriptFile } from './types';

/** wicked's configuration of the loopback interface (ifcfg-lo(5)). */
export const IFCFG_LO = '/etc/sysconfig/network/ifcfg-lo';

/**
 * The ifcfg variable suffix for one frontend IP: `_floatplan_` and the address with every other character as `_`, so
 * each address has its own variable and no name of the distribution's (IPADDR, IPADDR_1, ...) is reused.
 * @example ifcfgSuffix('203.0.113.10') // '_floatplan_203_0_113_10'
 */
export function ifcfgSuffix(ip: string): string {
  return `_floatplan_${ip.replace(/[^0-9A-Za-z]/g, '_')}`;
}

/** The exact line ifcfg-lo holds for one address, e.g. `IPADDR_floatplan_203_0_113_10='203.0.113.10/32'`. */
export function ifcfgLine(l: LoopbackAddress, prefix: { 4: number; 6: number }): string {
  return `IPADDR${ifcfgSuffix(l.ip)}='${withPrefix(l.ip, l.family, prefix)}'`;
}

// grep reads a file (not a pipe), so pipefail cannot turn an early exit into a failure. grep -v exits 1 when no line is
// left, which is not an error here; 2 is.
const IFCFG_FUNCTIONS = [
  '# Adds one exact line to ifcfg-lo unless it is there, so a second run changes nothing.',
  'ifcfg_add() {',
  '  if grep -qxF "$1" "$IFCFG_LO"; then',
  '    echo "floatplan: $IFCFG_LO already has $1"',
  '  else',
  '    # A last line without its newline would otherwise run into ours.',
  '    [[ ! -s "$IFCFG_LO" || -z "$(tail -c 1 "$IFCFG_LO")" ]] || echo >>"$IFCFG_LO"',
  '    printf \'%s\\n\' "$1" >>"$IFCFG_LO"',
  '    echo "floatplan: added $1 to $IFCFG_LO"',
  '    IFCFG_CHANGED=1',
  '  fi',
  '}',
  '# Removes exactly that line (every copy of it) and nothing else; the file keeps its owner and mode.',
  'ifcfg_del() {',
  '  if grep -qxF "$1" "$IFCFG_LO"; then',
  '    local rest',
  '    rest="$(grep -vxF "$1" "$IFCFG_LO" || [[ $? -eq 1 ]])"',
  '    printf \'%s\\n\' "$rest" >"$IFCFG_LO"',
  '    echo "floatplan: removed $1 from $IFCFG_LO"',
  '    IFCFG_CHANGED=1',
  '  else',
  '    echo "floatplan: $IFCFG_LO has no line $1"',
  '  fi',
  '}',
];

/** `suse`: runtime `ip addr`, IPADDR_<suffix> lines in ifcfg-lo applied with `wicked ifreload lo`, firewalld. */
export function suseScript(i: LinuxInput): { text: string; files: ScriptFile[] } {
  if (!i.persist || !i.plan.loopback.length) return linuxScript(i, ['firewalld'], [], []);
  const lines = i.plan.loopback.map((l) => ifcfgLine(l, i.prefix));
  const preflight = [
    '',
    '# Persistence is wicked: check for it before changing anything.',
    `readonly IFCFG_LO=${IFCFG_LO}`,
    'IFCFG_CHANGED=0',
    ...(i.rollback
      ? []
      : [
          'if ! command -v wicked >/dev/null 2>&1 || [[ ! -f "$IFCFG_LO" ]]; then',
          '  echo "floatplan: no wicked or no $IFCFG_LO here, so the addresses would not survive a reboot; nothing was changed. Where SUSE runs NetworkManager instead of wicked, use the rhel flavour (a NetworkManager loopback profile); otherwise --no-persist." >&2',
          '  exit 1',
          'fi',
        ]),
    ...IFCFG_FUNCTIONS,
  ];
  const persist = [
    '',
    `# Persistence: one IPADDR_<suffix> line per frontend IP in ${IFCFG_LO} (ifcfg(5), "Multiple addresses"),`,
    '# then wicked re-reads the file. The lines are the only thing this script adds to the file.',
    ...(i.rollback
      ? ['if [[ -f "$IFCFG_LO" ]]; then', ...lines.map((l) => `  ifcfg_del ${argument(l)}`), 'fi']
      : lines.map((l) => `ifcfg_add ${argument(l)}`)),
    'if [[ "$IFCFG_CHANGED" -eq 1 ]] && command -v wicked >/dev/null 2>&1; then',
    '  wicked ifreload lo',
    '  echo "floatplan: wicked ifreload lo"',
    'fi',
  ];
  // No file of its own: the lines go into the distribution's ifcfg-lo, so `files` stays empty.
  return linuxScript(i, ['firewalld'], persist, [], false, preflight);
}

// A line is IPADDR, a suffix of [0-9A-Za-z_], and a validated address in single quotes: nothing in it is special
// inside double quotes ($, `, \\ and " never occur), so it is passed as one double-quoted word.
function argument(line: string): string {
  if (/[$`\\"]/.test(line)) throw new Error(`unexpected character in ifcfg line ${line}`);
  return `"${line}"`;
}
