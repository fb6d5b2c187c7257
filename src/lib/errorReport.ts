import { version } from '../../package.json';
import { lbViews } from '../core/topology/design';
import type { LbTopology, Topology } from '../core/topology/schema';

// What a user can paste into a bug report when a panel fails. By default it carries the topology's shape only
// (counts, port ranges, address families): names and addresses can be private, so they are in only when the user
// ticks the box that adds the whole topology.

/** The app version the report names (package.json's). */
export const APP_VERSION: string = version;

/** What one failure report is made of; `topology` is present only with the user's consent. */
export interface ErrorReportInput {
  area: string;
  error: unknown;
  componentStack?: string;
  shape: string;
  topology?: unknown;
  userAgent?: string;
  time?: Date;
}

/**
 * The report as plain text: message, stack, version, the topology's shape and, if given, the topology.
 * @example errorReport({ area: 'trace', error: new Error('x'), shape: '1 frontend' }).startsWith('Floatplan error report')
 */
export function errorReport(input: ErrorReportInput): string {
  const { area, error, componentStack, shape, topology, userAgent, time } = input;
  const lines = [
    'Floatplan error report',
    `App version: ${APP_VERSION}`,
    `Area: ${area}`,
    ...(time ? [`Time: ${time.toISOString()}`] : []),
    ...(userAgent ? [`Browser: ${userAgent}`] : []),
    `Error: ${errorText(error)}`,
    'Stack:',
    indent(error instanceof Error && error.stack ? error.stack : '(none)'),
    ...(componentStack ? ['Component stack:', indent(componentStack.trim())] : []),
    `Topology shape (no names or addresses): ${shape}`,
  ];
  if (topology !== undefined) lines.push('Topology (included with consent):', safeJson(topology));
  return `${lines.join('\n')}\n`;
}

/**
 * The thrown value's name and message, on one line, whatever was thrown.
 * @example errorText(new TypeError('x is null')) // 'TypeError: x is null'
 */
export function errorText(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : safeString(error);
  return text.replace(/\s+/g, ' ').trim() || '(no message)';
}

/**
 * A redacted summary of a topology: how many of each element, address families, port ranges and flags, never a
 * name or an address. Never throws, because the topology may be the very thing that broke the panel.
 * Several load balancers are summarised one after another.
 * @example topologyShape(t) // 'Standard Public load balancer, 2 frontends (IPv4 2, IPv6 0), 1 backend pools (2 members), …'
 */
export function topologyShape(topology: Topology | undefined): string {
  try {
    if (!topology) return '(none)';
    const views = lbViews(topology);
    return views.length === 1 ? lbShape(views[0]!) : `${views.length} load balancers: ${views.map(lbShape).join('; ')}`;
  } catch (e) {
    return `(could not summarise: ${errorText(e)})`;
  }
}

function lbShape(t: LbTopology): string {
  const family = (ip: unknown) => (typeof ip === 'string' && ip.includes(':') ? 6 : 4);
  const v6 = t.frontends.filter((f) => family(f.ip) === 6).length;
  const outside = (ports: number[], min: number, max: number) => ports.filter((p) => !Number.isInteger(p) || p < min || p > max).length;
  const members = t.backendPools.reduce((n, p) => n + p.members.length, 0);
  const nat = t.inboundNatRules ?? [];
  const os = [...new Set(t.vms.map((v) => v.os))].sort().map((o) => `${o} ${t.vms.filter((v) => v.os === o).length}`);
  return [
    `${t.loadBalancer.sku} ${t.loadBalancer.type} load balancer`,
    `${t.frontends.length} frontends (IPv4 ${t.frontends.length - v6}, IPv6 ${v6})`,
    `${t.backendPools.length} backend pools (${members} members)`,
    `${t.probes.length} probes (${[...new Set(t.probes.map((p) => p.protocol))].sort().join('/') || '-'}; ports outside 1-65535: ${outside(
      t.probes.map((p) => p.port),
      1,
      65535,
    )})`,
    `${t.rules.length} rules (floating IP ${t.rules.filter((r) => r.floatingIp).length}; ports outside 0-65535: ${outside(
      t.rules.flatMap((r) => [r.frontendPort, r.backendPort]),
      0,
      65535,
    )})`,
    `${nat.length} inbound NAT rules`,
    `${t.vms.length} VMs (${os.join(', ') || '-'})`,
  ].join(', ');
}

function indent(text: string): string {
  return text.replace(/^/gm, '  ');
}

function safeString(value: unknown): string {
  try {
    return String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value, null, 2);
  } catch (e) {
    return `(could not serialise: ${errorText(e)})`;
  }
}
