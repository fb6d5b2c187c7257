// The firewall and verification steps of the bash flavours, as loops over the script's tables (bashTables.ts).
import { printLines } from './bash';
import { LISTENS_PRINT, openingsLoop, verifyLoop } from './bashTables';
import type { LinuxFirewall } from './linuxFirewall';
import type { Opening, VmPlan } from './plan';
import { posixQuote } from './quote';

const active: Record<LinuxFirewall, string> = {
  ufw: 'command -v ufw >/dev/null 2>&1 && [[ "$(ufw status)" == "Status: active"* ]]',
  firewalld: 'command -v firewall-cmd >/dev/null 2>&1 && firewall-cmd --state >/dev/null 2>&1',
};

/**
 * Firewall lines over OPENINGS: the given firewalls are tried in order (the first active one wins); when none is
 * active the openings are printed instead of failing. `persist` false keeps firewalld to runtime rules and skips ufw,
 * which has no runtime-only mode (its rules are files).
 */
export function tableFirewallSteps(
  openings: readonly Opening[],
  firewalls: readonly LinuxFirewall[],
  opts: { persist: boolean; remove: boolean },
): string[] {
  if (!openings.length) return ['# Nothing to open in the host firewall.'];
  // HA ports: say at run time too that every protocol and port is opened, and how to narrow it (header: HaPortsOpenEveryPort).
  const isEvery = (o: Opening) => o.kind === 'rule' && o.protocol === 'any';
  // Searched before filtering: most VMs have none, and `script --all` asks 4,000 times of 250 openings.
  const every = openings.some(isEvery) ? openings.filter(isEvery) : [];
  const haNote = opts.remove
    ? []
    : printLines(
        every.map(
          (o) =>
            `floatplan: HA ports (${o.reasons.join(', ')}): opening every protocol and port to ${o.address}; to open only the service's ports, regenerate with --open-ports (e.g. tcp/443,udp/53)`,
        ),
      );
  const usable = firewalls.filter((f) => f === 'firewalld' || opts.persist);
  const first = `floatplan: no ${firewalls.join(' or ')} firewall ${usable.length ? 'is active' : 'step in a runtime-only (--no-persist) script'}; if another firewall filters inbound traffic, ${opts.remove ? 'close' : 'allow'}:`;
  const note = [`echo ${posixQuote(first)}`, ...openingsLoop('describe_opening "${OPENINGS[@]:i:4}"')];
  if (!usable.length) return [...haNote, ...note];
  const out: string[] = [...haNote];
  usable.forEach((fw, i) => {
    out.push(`${i === 0 ? 'if' : 'elif'} ${active[fw]}; then`);
    out.push(...(fw === 'ufw' ? ufwLines(opts.remove) : firewalldLines(opts)).map((l) => `  ${l}`));
  });
  out.push('else', ...note.map((l) => `  ${l}`), 'fi');
  return out;
}

function ufwLines(remove: boolean): string[] {
  // `ufw allow` skips an existing rule; deleting a missing rule is reported, not fatal, so both are idempotent.
  return openingsLoop(`ufw_opening ${remove ? 'delete' : 'allow'} "\${OPENINGS[@]:i:3}"`);
}

function firewalldLines(opts: { persist: boolean; remove: boolean }): string[] {
  const verb = opts.remove ? '--remove-rich-rule' : '--add-rich-rule';
  const perm = opts.persist ? '--permanent ' : '';
  // firewalld answers ALREADY_ENABLED / NOT_ENABLED with exit 0, so repeating is harmless.
  const lines = openingsLoop(`firewall-cmd ${perm}${verb}="$(rich_rule "\${OPENINGS[@]:i:3}")"`);
  return opts.persist ? [...lines, 'firewall-cmd --reload'] : lines;
}

/** The verification block: prints the resulting state and fails if an address is missing (or, after rollback, still there). */
export function tableVerification(plan: VmPlan, rollback: boolean): string[] {
  const out = [
    '',
    '# Verification: print the resulting state.',
    'echo "floatplan: resulting state"',
    'ip -br addr show dev lo',
    'ip route show table local dev lo',
  ];
  if (plan.loopback.some((l) => l.family === 6)) out.push('ip -6 route show table local dev lo');
  if (plan.loopback.length) out.push(...verifyLoop(rollback));
  if (!rollback && plan.listens.length) out.push(...LISTENS_PRINT);
  out.push(`echo "floatplan: ${rollback ? 'rollback' : 'configuration'} of $VM complete"`);
  return out;
}
