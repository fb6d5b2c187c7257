// The Learn page's commands, literally: its /24 mask (255.255.255.0), `dev lo:0`, `sudo`, the firewall rule
// named after the rule. For teaching and comparison only; the header carries the LoopbackPrefixTooWide warning.
import type { VmPlan } from './plan';
import { cmdCommentText, cmdQuote } from './quote';
import { ipv4Mask } from './windowsCommon';

/** The prefix the page's examples use for IPv4 (255.255.255.0). */
export const DOC_PREFIX4 = 24;

const ruleOpenings = (plan: VmPlan) => plan.openings.filter((o) => o.kind === 'rule');

/** The page's Windows commands (`netsh int ipv4 ...`) for a plan; `rollback` deletes what they add. */
export function docExactNetsh(plan: VmPlan, header: readonly string[], loopback: string, prefix6: number, rollback: boolean): string {
  const nic = cmdQuote(plan.vm.nic.name);
  const lo = cmdQuote(loopback);
  const v4 = plan.loopback.filter((l) => l.family === 4);
  const v6 = plan.loopback.filter((l) => l.family === 6);
  const lines: string[] = [];
  // One firewall rule per rule and port, named after the rule as the page names its rule "http".
  const fw = ruleOpenings(plan).flatMap((o) => o.reasons.map((r) => ({ o, name: cmdQuote(r) })));
  if (!rollback) {
    if (v4.length) lines.push(`netsh int ipv4 set int ${nic} weakhostreceive=enabled`);
    lines.push(...v4.map((l) => `netsh int ipv4 add addr ${lo} ${l.ip} ${ipv4Mask(DOC_PREFIX4)}`));
    if (v4.length) lines.push(`netsh int ipv4 set int ${lo} weakhostreceive=enabled weakhostsend=enabled`);
    if (v6.length) {
      lines.push('REM The page says to substitute "ipv6" for "ipv4"; netsh ipv6 takes address/prefix instead of a mask.');
      lines.push(`netsh int ipv6 set int ${nic} weakhostreceive=enabled`);
      lines.push(...v6.map((l) => `netsh int ipv6 add addr ${lo} ${l.ip}/${prefix6}`));
      lines.push(`netsh int ipv6 set int ${lo} weakhostreceive=enabled weakhostsend=enabled`);
    }
    for (const { o, name } of fw) {
      const proto =
        o.protocol === 'any' ? 'protocol=any' : `protocol=${o.protocol.toUpperCase()} localport=${o.port === 0 ? 'any' : o.port}`;
      lines.push(`netsh advfirewall firewall add rule name=${name} ${proto} dir=in action=allow enable=yes`);
    }
  } else {
    lines.push(...plan.loopback.map((l) => `netsh int ipv${l.family} delete addr ${lo} ${l.ip}`));
    lines.push(...[...new Set(fw.map((f) => f.name))].map((name) => `netsh advfirewall firewall delete rule name=${name}`));
  }
  return [...header.map((l) => `REM ${cmdCommentText(l)}`.trimEnd()), ...lines, ''].join('\r\n');
}

/** The page's Ubuntu commands (`sudo ip addr add <ip>/24 dev lo:0`, `sudo ufw allow <port>/<proto>`). */
export function docExactUbuntu(plan: VmPlan, header: readonly string[], prefix6: number, rollback: boolean): string {
  const lines: string[] = [];
  const addr = (l: VmPlan['loopback'][number]) => `${l.ip}/${l.family === 4 ? DOC_PREFIX4 : prefix6}`;
  const ports = [...new Set(ruleOpenings(plan).flatMap((o) => (o.protocol === 'any' || o.port === 0 ? [] : [`${o.port}/${o.protocol}`])))];
  const noPageForm = ruleOpenings(plan).filter((o) => o.protocol === 'any' || o.port === 0);
  if (!rollback) {
    lines.push(...plan.loopback.map((l) => `sudo ip addr add ${addr(l)} dev lo:0`));
    lines.push(...ports.map((p) => `sudo ufw allow ${p}`));
  } else {
    lines.push(...plan.loopback.map((l) => `sudo ip addr del ${addr(l)} dev lo:0`));
    lines.push(...ports.map((p) => `sudo ufw delete allow ${p}`));
  }
  if (noPageForm.length) lines.push('# The page has no ufw command for every-port (HA ports) rules; see the ubuntu flavour.');
  return ['#!/usr/bin/env bash', ...header.map((l) => `# ${l}`.trimEnd()), 'set -euo pipefail', ...lines, ''].join('\n');
}
