import { diagnostic, SOURCES, type Diagnostic, type ElementKind } from '../diagnostics/diagnostic';
import { isRuleProtocol, PROBE_PROTOCOLS } from '../model/protocol';
import type { TopologyIndex } from '../model/resolve';
import { explainInvalidIp } from '../net/address';
import { listNames, ref } from './refs';

/** DuplicateName: names are unique per kind, because every reference is by name. */
export function checkNames(index: TopologyIndex, out: Diagnostic[]): void {
  const t = index.topology;
  const kinds: [ElementKind, string, { name: string }[]][] = [
    ['frontend', 'frontends', t.frontends],
    ['backendPool', 'backend pools', t.backendPools],
    ['probe', 'probes', t.probes],
    ['rule', 'rules', t.rules],
    ['vm', 'VMs', t.vms],
  ];
  for (const [kind, label, items] of kinds) {
    const counts = new Map<string, number>();
    for (const { name } of items) counts.set(name, (counts.get(name) ?? 0) + 1);
    for (const [name, n] of counts) {
      if (n < 2) continue;
      out.push(
        diagnostic('error', 'DuplicateName', [ref(kind, name)],
          `${n} ${label} are named "${name}". References are by name, so each must be unique: rename all but one.`,
          SOURCES.restSpec),
      );
    }
  }
}

/** InvalidIpAddress for every address field, and DuplicateFrontendIp. */
export function checkAddresses(index: TopologyIndex, out: Diagnostic[]): void {
  const t = index.topology;
  const bad = (kind: ElementKind, name: string, what: string, raw: string) =>
    out.push(
      diagnostic('error', 'InvalidIpAddress', [ref(kind, name)],
        `${what} "${raw}" is not a valid IP address: ${explainInvalidIp(raw)}.`, SOURCES.restSpec),
    );
  const byIp = new Map<string, string[]>();
  for (const fe of t.frontends) {
    const ip = index.parse(fe.ip);
    if (!ip) bad('frontend', fe.name, `Frontend ${fe.name}'s address`, fe.ip);
    else byIp.set(ip.text, [...(byIp.get(ip.text) ?? []), fe.name]);
  }
  for (const [ip, names] of byIp) {
    if (names.length < 2) continue;
    out.push(
      diagnostic('error', 'DuplicateFrontendIp', [...new Set(names)].sort().map((n) => ref('frontend', n)),
        `Frontends ${listNames(names)} all use ${ip}. Azure gives an address to one frontend IP configuration only ` +
          '(MultipleIpConfigsRequestSamePrivateIpAddress for private addresses): give each frontend its own address, ' +
          'or put the rules on one frontend.',
        SOURCES.errorCodes),
    );
  }
  for (const vm of t.vms) {
    if (!index.parse(vm.nic.ip)) bad('vm', vm.name, `The address of VM ${vm.name}'s NIC ${vm.nic.name},`, vm.nic.ip);
    for (const s of vm.nic.secondaryIps ?? []) {
      if (!index.parse(s)) bad('vm', vm.name, `VM ${vm.name}'s secondary address`, s);
    }
  }
  for (const pool of t.backendPools) {
    for (const m of pool.members) {
      if (typeof m !== 'string' && !index.parse(m.ip)) {
        bad('backendPool', pool.name, `Backend pool ${pool.name}'s member address for VM ${m.vm},`, m.ip);
      }
    }
  }
}

/** InvalidProtocol and PortOutOfRange on rules and probes, with the REST spec's ranges. */
export function checkProtocolsAndPorts(index: TopologyIndex, out: Diagnostic[]): void {
  for (const rule of index.topology.rules) {
    const r = [ref('rule', rule.name)];
    if (!isRuleProtocol(rule.protocol)) {
      out.push(diagnostic('error', 'InvalidProtocol', r,
        `Rule ${rule.name} has protocol "${rule.protocol}"; a load-balancing rule takes Tcp, Udp or All (All with ports 0 is HA ports).` +
          suggestCase(rule.protocol, ['Tcp', 'Udp', 'All']), SOURCES.restSpec));
    }
    if (rule.frontendPort < 0 || rule.frontendPort > 65534) {
      out.push(diagnostic('error', 'PortOutOfRange', r,
        `Rule ${rule.name} has frontend port ${rule.frontendPort}; Azure accepts 0-65534 (0 means every port, for HA ports).`,
        SOURCES.restSpec));
    }
    if (rule.backendPort < 0 || rule.backendPort > 65535) {
      out.push(diagnostic('error', 'PortOutOfRange', r,
        `Rule ${rule.name} has backend port ${rule.backendPort}; Azure accepts 0-65535 (0 means every port, for HA ports).`,
        SOURCES.restSpec));
    }
  }
  for (const probe of index.topology.probes) {
    const p = [ref('probe', probe.name)];
    const known = (PROBE_PROTOCOLS as readonly string[]).includes(probe.protocol);
    if (!known) {
      out.push(diagnostic('error', 'InvalidProtocol', p,
        `Probe ${probe.name} has protocol "${probe.protocol}"; a health probe takes Tcp, Http or Https.` +
          suggestCase(probe.protocol, PROBE_PROTOCOLS), SOURCES.restSpec));
    }
    if (probe.port < 1 || probe.port > 65535) {
      out.push(diagnostic('error', 'PortOutOfRange', p,
        `Probe ${probe.name} has port ${probe.port}; a health probe port is 1-65535.`, SOURCES.restSpec));
    }
    const http = probe.protocol === 'Http' || probe.protocol === 'Https';
    if (known && http && !probe.requestPath) {
      out.push(diagnostic('error', 'ProbeRequestPath', p,
        `Probe ${probe.name} is ${probe.protocol} but has no request path; Azure requires one (for example "/health").`,
        SOURCES.restSpec));
    } else if (known && !http && probe.requestPath !== undefined) {
      out.push(diagnostic('error', 'ProbeRequestPath', p,
        `Probe ${probe.name} is ${probe.protocol} and has a request path; Azure allows a request path only on Http and Https probes. Remove it.`,
        SOURCES.restSpec));
    }
  }
}

function suggestCase(value: string, allowed: readonly string[]): string {
  const match = allowed.find((a) => a.toLowerCase() === value.toLowerCase());
  return match ? ` Write it as "${match}".` : '';
}
