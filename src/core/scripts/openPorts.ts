// The `--open-ports` / "Open only these ports" list, parsed without the generator, so the Scripts tab can check what
// is typed before the script generator has loaded.
import type { PortSpec } from './types';

/**
 * Parses `tcp/443,udp/53` (commas or spaces between items; protocol tcp or udp; port 1-65535). Undefined when any
 * item is not of that form, so a typo never silently opens a different port. Duplicates are dropped.
 * @example parseOpenPorts('tcp/443, udp/53') // [{ protocol: 'tcp', port: 443 }, { protocol: 'udp', port: 53 }]
 */
export function parseOpenPorts(text: string): PortSpec[] | undefined {
  const items = text.split(/[\s,]+/).filter((s) => s !== '');
  if (!items.length) return undefined;
  const out: PortSpec[] = [];
  for (const item of items) {
    const m = /^(tcp|udp)\/(\d{1,5})$/i.exec(item);
    if (!m) return undefined;
    const port = Number(m[2]);
    if (port < 1 || port > 65535) return undefined;
    const protocol = m[1]!.toLowerCase() as PortSpec['protocol'];
    if (!out.some((p) => p.protocol === protocol && p.port === port)) out.push({ protocol, port });
  }
  return out;
}

/** `tcp/443, udp/53`: how a list of ports is shown in a message. */
export function formatOpenPorts(ports: readonly PortSpec[]): string {
  return ports.map((p) => `${p.protocol}/${p.port}`).join(', ');
}
