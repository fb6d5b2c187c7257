import { diagnostic, SOURCES, type Diagnostic, type ElementKind } from '../diagnostics/diagnostic';
import { isHaPorts, isRuleProtocol, PROBE_PROTOCOLS } from '../model/protocol';
import type { TopologyIndex } from '../model/resolve';
import { text, names, type Text } from './catalogText';
import type { ValidationKey } from './catalogText';
import { invalidIpReason } from '../net/address';
import { isMarked } from './placeholders';
import { ref } from './refs';

/** DuplicateName: names are unique per kind, because every reference is by name. */
export function checkNames(index: TopologyIndex, out: Diagnostic[]): void {
  const t = index.topology;
  const kinds: [ElementKind, ValidationKey, { name: string }[]][] = [
    ['frontend', 'kinds.frontend', t.frontends],
    ['backendPool', 'kinds.backendPool', t.backendPools],
    ['probe', 'kinds.probe', t.probes],
    ['rule', 'kinds.rule', t.rules],
    // Azure names NAT rules in their own collection, so one may share a load-balancing rule's name.
    ['natRule', 'kinds.natRule', t.inboundNatRules ?? []],
    ['vm', 'kinds.vm', t.vms],
  ];
  for (const [kind, label, items] of kinds) {
    const counts = new Map<string, number>();
    for (const { name } of items) counts.set(name, (counts.get(name) ?? 0) + 1);
    for (const [name, n] of counts) {
      if (n < 2) continue;
      out.push(
        diagnostic(
          'error',
          'DuplicateName',
          [ref(kind, name)],
          text('DuplicateName', { count: n, kinds: text(label), name }),
          SOURCES.restSpec,
        ),
      );
    }
  }
}

/** InvalidIpAddress for every address field, and DuplicateFrontendIp. */
export function checkAddresses(index: TopologyIndex, out: Diagnostic[]): void {
  const t = index.topology;
  const bad = (kind: ElementKind, name: string, what: Text, raw: string) =>
    out.push(
      diagnostic(
        'error',
        'InvalidIpAddress',
        [ref(kind, name)],
        text('InvalidIpAddress', { what, raw, reason: text(invalidIpReason(raw)) }),
        SOURCES.restSpec,
      ),
    );
  const byIp = new Map<string, string[]>();
  for (const fe of t.frontends) {
    const ip = index.parse(fe.ip);
    if (!ip) bad('frontend', fe.name, text('what.frontendAddress', { frontend: fe.name }), fe.ip);
    else byIp.set(ip.text, [...(byIp.get(ip.text) ?? []), fe.name]);
  }
  // On an internal load balancer Azure's own code says it (ipConfigs.ts): the frontends are private IP configurations.
  for (const [ip, frontendNames] of byIp) {
    if (frontendNames.length < 2 || t.loadBalancer.type === 'Internal') continue;
    out.push(
      diagnostic(
        'error',
        'DuplicateFrontendIp',
        [...new Set(frontendNames)].sort().map((n) => ref('frontend', n)),
        text('DuplicateFrontendIp', { frontends: names(frontendNames), ip }),
        SOURCES.errorCodes,
      ),
    );
  }
  for (const vm of t.vms) {
    if (!index.parse(vm.nic.ip)) bad('vm', vm.name, text('what.nicAddress', { vm: vm.name, nic: vm.nic.name }), vm.nic.ip);
    for (const s of vm.nic.secondaryIps ?? []) {
      if (!index.parse(s)) bad('vm', vm.name, text('what.secondaryAddress', { vm: vm.name }), s);
    }
  }
  for (const pool of t.backendPools) {
    for (const m of pool.members) {
      if (typeof m !== 'string' && !index.parse(m.ip)) {
        bad('backendPool', pool.name, text('what.memberAddress', { pool: pool.name, vm: m.vm }), m.ip);
      }
    }
  }
  for (const nat of t.inboundNatRules ?? []) {
    const target = nat.target;
    if (target !== undefined && typeof target !== 'string' && !index.parse(target.ip)) {
      bad('natRule', nat.name, text('what.natTargetAddress', { rule: nat.name, vm: target.vm }), target.ip);
    }
  }
}

// A load-balancing rule and an inbound NAT rule are checked alike; only the text keys and the spec's lowest port
// differ: NAT rule ports start at 1 (REST spec), except protocol All with ports 0/0, which Azure accepts and which
// forwards every port to the target (azurerm TestAccAzureRMLoadBalancerNatRule_zeroPortNumber; haPorts.ts says where).
const FORWARDING = {
  rule: { protocol: 'InvalidProtocol.rule', frontend: 'PortOutOfRange.frontend', backend: 'PortOutOfRange.backend', lowest: 0 },
  natRule: { protocol: 'InvalidProtocol.natRule', frontend: 'PortOutOfRange.natFrontend', backend: 'PortOutOfRange.natBackend', lowest: 1 },
} as const satisfies Record<string, { protocol: ValidationKey; frontend: ValidationKey; backend: ValidationKey; lowest: number }>;

/** InvalidProtocol and PortOutOfRange of one rule or inbound NAT rule. */
function checkForwarding(
  kind: keyof typeof FORWARDING,
  rule: { name: string; protocol: string; frontendPort: number; backendPort: number; placeholders?: readonly { field: string }[] },
  out: Diagnostic[],
): void {
  const keys = FORWARDING[kind];
  const r = [ref(kind, rule.name)];
  if (!isRuleProtocol(rule.protocol)) {
    out.push(
      diagnostic(
        'error',
        'InvalidProtocol',
        r,
        text(keys.protocol, { rule: rule.name, protocol: rule.protocol, suggest: suggestCase(rule.protocol, ['Tcp', 'Udp', 'All']) }),
        SOURCES.restSpec,
      ),
    );
  }
  if (kind === 'natRule' && isHaPorts(rule)) return;
  if (!isMarked(rule, 'frontendPort') && (rule.frontendPort < keys.lowest || rule.frontendPort > 65534)) {
    out.push(diagnostic('error', 'PortOutOfRange', r, text(keys.frontend, { rule: rule.name, port: rule.frontendPort }), SOURCES.restSpec));
  }
  if (!isMarked(rule, 'backendPort') && (rule.backendPort < keys.lowest || rule.backendPort > 65535)) {
    out.push(diagnostic('error', 'PortOutOfRange', r, text(keys.backend, { rule: rule.name, port: rule.backendPort }), SOURCES.restSpec));
  }
}

/** InvalidProtocol and PortOutOfRange on rules, inbound NAT rules and probes, with the REST spec's ranges. */
export function checkProtocolsAndPorts(index: TopologyIndex, out: Diagnostic[]): void {
  for (const rule of index.topology.rules) checkForwarding('rule', rule, out);
  for (const nat of index.topology.inboundNatRules ?? []) checkForwarding('natRule', nat, out);
  for (const probe of index.topology.probes) {
    const p = [ref('probe', probe.name)];
    const known = (PROBE_PROTOCOLS as readonly string[]).includes(probe.protocol);
    if (!known) {
      out.push(
        diagnostic(
          'error',
          'InvalidProtocol',
          p,
          text('InvalidProtocol.probe', {
            probe: probe.name,
            protocol: probe.protocol,
            suggest: suggestCase(probe.protocol, PROBE_PROTOCOLS),
          }),
          SOURCES.restSpec,
        ),
      );
    }
    if (!isMarked(probe, 'port') && (probe.port < 1 || probe.port > 65535)) {
      out.push(
        diagnostic('error', 'PortOutOfRange', p, text('PortOutOfRange.probe', { probe: probe.name, port: probe.port }), SOURCES.restSpec),
      );
    }
    const http = probe.protocol === 'Http' || probe.protocol === 'Https';
    if (known && http && !probe.requestPath) {
      out.push(
        diagnostic(
          'error',
          'ProbeRequestPath',
          p,
          text('ProbeRequestPath.missing', { probe: probe.name, protocol: probe.protocol }),
          SOURCES.restSpec,
        ),
      );
    } else if (known && !http && probe.requestPath !== undefined) {
      out.push(
        diagnostic(
          'error',
          'ProbeRequestPath',
          p,
          text('ProbeRequestPath.extra', { probe: probe.name, protocol: probe.protocol }),
          SOURCES.restSpec,
        ),
      );
    }
  }
}

function suggestCase(value: string, allowed: readonly string[]): Text | string {
  const match = allowed.find((a) => a.toLowerCase() === value.toLowerCase());
  return match ? text('suggest.case', { value: match }) : '';
}
