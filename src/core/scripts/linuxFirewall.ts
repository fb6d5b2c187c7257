// Host firewall steps for the Linux flavours: ufw (Ubuntu), firewalld (RHEL), or a printed list when neither runs.
import { describeOpening, printLines } from './bash';
import type { Opening } from './plan';
import { posixQuote } from './quote';
import { shared } from './shared';

export type LinuxFirewall = 'ufw' | 'firewalld';

/** ufw arguments after `allow`/`delete allow` for one opening (addresses are validated IPs, ports numbers). */
export function ufwArgs(o: Opening): string {
  if (o.protocol === 'any') return `to ${o.address}`;
  return o.port === 0 ? `proto ${o.protocol} to ${o.address}` : `proto ${o.protocol} to ${o.address} port ${o.port}`;
}

/** A firewalld rich rule for one opening, restricted to its destination address. */
export function richRule(o: Opening): string {
  const head = `rule family="ipv${o.family}" destination address="${o.address}"`;
  if (o.protocol === 'any') return `${head} accept`;
  return o.port === 0 ? `${head} protocol value="${o.protocol}" accept` : `${head} port port="${o.port}" protocol="${o.protocol}" accept`;
}

const active: Record<LinuxFirewall, string> = {
  ufw: 'command -v ufw >/dev/null 2>&1 && [[ "$(ufw status)" == "Status: active"* ]]',
  firewalld: 'command -v firewall-cmd >/dev/null 2>&1 && firewall-cmd --state >/dev/null 2>&1',
};

/**
 * Firewall lines: the given firewalls are tried in order (first active one wins); when none is active the
 * openings are printed as a note instead of failing. `persist` false keeps firewalld to runtime rules and
 * skips ufw, which has no runtime-only mode (its rules are files).
 */
export function firewallSteps(
  openings: readonly Opening[],
  firewalls: readonly LinuxFirewall[],
  opts: { persist: boolean; remove: boolean },
): string[] {
  if (!openings.length) return ['# Nothing to open in the host firewall.'];
  // HA ports: say at run time too that every protocol and port is opened, and how to narrow it (header: HaPortsOpenEveryPort).
  const every = openings.filter((o) => o.kind === 'rule' && o.protocol === 'any');
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
  // printLines of the first line and one line per opening; the openings' lines are the same in a script and its
  // rollback, so they are quoted once per plan.
  const described = shared(openings, 'note', () => printLines(['', ...openings.map((o) => `  ${describeOpening(o)}`)]).slice(2));
  const note = [...printLines([first, '']).slice(0, 2), ...described].map((l) => `  ${l}`);
  if (!usable.length) return [...haNote, '{', ...note, '}'];
  const out: string[] = [...haNote];
  usable.forEach((fw, i) => {
    out.push(`${i === 0 ? 'if' : 'elif'} ${active[fw]}; then`);
    out.push(...(fw === 'ufw' ? ufwLines(openings, opts.remove) : firewalldLines(openings, opts)).map((l) => `  ${l}`));
  });
  out.push('else', ...note, 'fi');
  return out;
}

function ufwLines(openings: readonly Opening[], remove: boolean): string[] {
  const args = shared(openings, 'ufw', () => openings.map(ufwArgs));
  // `ufw allow` skips an existing rule; deleting a missing rule is reported, not fatal, so both are idempotent.
  return args.map((a) => (remove ? `ufw delete allow ${a} || echo "floatplan: ufw rule already absent"` : `ufw allow ${a}`));
}

function firewalldLines(openings: readonly Opening[], opts: { persist: boolean; remove: boolean }): string[] {
  const verb = opts.remove ? '--remove-rich-rule' : '--add-rich-rule';
  const perm = opts.persist ? '--permanent ' : '';
  // firewalld answers ALREADY_ENABLED / NOT_ENABLED with exit 0, so repeating is harmless.
  const lines = openings.map((o) => `firewall-cmd ${perm}${verb}=${posixQuote(richRule(o))}`);
  return opts.persist ? [...lines, 'firewall-cmd --reload'] : lines;
}
