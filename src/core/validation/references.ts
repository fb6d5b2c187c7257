import { diagnostic, SOURCES, type Diagnostic } from '../diagnostics/diagnostic';
import { resolveMember, resolvePool, type TopologyIndex } from '../model/resolve';
import { names, text, type Text } from './catalogText';
import type { ValidationKey } from './catalogText';
import { isMarked } from './placeholders';
import { ref } from './refs';

/** UnknownReference for rules, inbound NAT rules and pool members, and IpVersionMismatch between frontends and members or NAT targets. */
export function checkReferences(index: TopologyIndex, out: Diagnostic[]): void {
  const t = index.topology;
  const missing = (owner: Text, what: ValidationKey, name: string, have: string[]): Text => {
    const key =
      name === ''
        ? have.length
          ? 'UnknownReference.unconnected'
          : 'UnknownReference.unconnectedNone'
        : have.length
          ? 'UnknownReference.missing'
          : 'UnknownReference.missingNone';
    return text(key, { owner, what: text(what), name, have: names(have, 8) });
  };
  const ruleOwner = (name: string) => text('owner.rule', { name });

  for (const rule of t.rules) {
    const r = ref('rule', rule.name);
    // A marked placeholder reference is reported once, as PlaceholderValue.
    if (!index.frontends.has(rule.frontend) && !isMarked(rule, 'frontend')) {
      out.push(
        diagnostic(
          'error',
          'UnknownReference',
          [r],
          missing(ruleOwner(rule.name), 'kind.frontend', rule.frontend, [...index.frontends.keys()]),
          SOURCES.restSpec,
        ),
      );
    }
    if (!index.pools.has(rule.backendPool) && !isMarked(rule, 'backendPool')) {
      out.push(
        diagnostic(
          'error',
          'UnknownReference',
          [r],
          missing(ruleOwner(rule.name), 'kind.backendPool', rule.backendPool, [...index.pools.keys()]),
          SOURCES.restSpec,
        ),
      );
    }
    if (rule.probe !== undefined && !index.probes.has(rule.probe) && !isMarked(rule, 'probe')) {
      out.push(
        diagnostic(
          'error',
          'UnknownReference',
          [r],
          missing(ruleOwner(rule.name), 'kind.probe', rule.probe, [...index.probes.keys()]),
          SOURCES.restSpec,
        ),
      );
    }
  }

  for (const pool of t.backendPools) {
    const p = ref('backendPool', pool.name);
    for (const m of pool.members) {
      const vm = typeof m === 'string' ? m : m.vm;
      if (!index.vms.has(vm)) {
        out.push(
          diagnostic(
            'error',
            'UnknownReference',
            [p],
            missing(text('owner.backendPool', { name: pool.name }), 'kind.vm', vm, [...index.vms.keys()]),
            SOURCES.restSpec,
          ),
        );
      }
    }
    // Explicit ipconfig members must name an address the VM's NIC has.
    const explicitProblems = new Set<string>();
    for (const family of [4, 6] as const) {
      for (const problem of resolvePool(index, pool, family).problems) {
        if (problem.kind !== 'unknownIp') continue;
        const key = `${problem.vm}\u0000${problem.ip}`;
        if (explicitProblems.has(key)) continue;
        explicitProblems.add(key);
        out.push(
          diagnostic(
            'error',
            'UnknownReference',
            [p, ref('vm', problem.vm)],
            text('UnknownReference.memberIp', { pool: pool.name, vm: problem.vm, ip: problem.ip }),
            SOURCES.restSpec,
          ),
        );
      }
    }
  }

  for (const rule of t.rules) {
    const pool = index.pools.get(rule.backendPool);
    const feIp = index.frontendIps.get(rule.frontend);
    if (!pool || !feIp) continue;
    const vms = resolvePool(index, pool, feIp.family)
      .problems.filter((p) => p.kind === 'noFamily')
      .map((p) => p.vm);
    if (vms.length === 0) continue;
    const family = `IPv${feIp.family}`;
    out.push(
      diagnostic(
        'error',
        'IpVersionMismatch',
        [ref('rule', rule.name), ref('frontend', rule.frontend), ...[...new Set(vms)].sort().map((v) => ref('vm', v))],
        text(vms.length > 1 ? 'IpVersionMismatch.many' : 'IpVersionMismatch.one', {
          rule: rule.name,
          family,
          frontend: rule.frontend,
          ip: feIp.text,
          pool: pool.name,
          vms: names(vms),
          other: feIp.family === 4 ? 'IPv6' : 'IPv4',
        }),
        SOURCES.floatingIp,
      ),
    );
  }

  checkNatReferences(index, missing, out);
}

type Missing = (owner: Text, what: ValidationKey, name: string, have: string[]) => Text;

/** A NAT rule's frontend and target VM like a rule's ends; its `{ vm, ip }` target like an explicit pool member. */
function checkNatReferences(index: TopologyIndex, missing: Missing, out: Diagnostic[]): void {
  for (const nat of index.topology.inboundNatRules ?? []) {
    const r = ref('natRule', nat.name);
    const owner = text('owner.natRule', { name: nat.name });
    if (!index.frontends.has(nat.frontend) && !isMarked(nat, 'frontend')) {
      out.push(
        diagnostic(
          'error',
          'UnknownReference',
          [r],
          missing(owner, 'kind.frontend', nat.frontend, [...index.frontends.keys()]),
          SOURCES.restSpec,
        ),
      );
    }
    const target = nat.target;
    // Azure accepts a NAT rule no NIC is associated with yet (that is how classic NAT rules are created),
    // so a missing target is a warning, not a refusal.
    if (target === undefined) {
      out.push(diagnostic('warning', 'NatRuleWithoutTarget', [r], text('NatRuleWithoutTarget', { rule: nat.name }), SOURCES.floatplan));
      continue;
    }
    const vm = typeof target === 'string' ? target : target.vm;
    if (!index.vms.has(vm)) {
      out.push(diagnostic('error', 'UnknownReference', [r], missing(owner, 'kind.vm', vm, [...index.vms.keys()]), SOURCES.restSpec));
      continue;
    }
    const feIp = index.frontendIps.get(nat.frontend);
    // Without a frontend address the family is unknown; an explicit address is checked either way.
    const problem = resolveMember(index, target, feIp?.family ?? 4);
    if (!('kind' in problem)) continue;
    if (problem.kind === 'unknownIp') {
      out.push(
        diagnostic(
          'error',
          'UnknownReference',
          [r, ref('vm', vm)],
          text('UnknownReference.natTargetIp', { rule: nat.name, vm, ip: problem.ip }),
          SOURCES.restSpec,
        ),
      );
    } else if (problem.kind === 'noFamily' && feIp) {
      out.push(
        diagnostic(
          'error',
          'IpVersionMismatch',
          [r, ref('frontend', nat.frontend), ref('vm', vm)],
          text('IpVersionMismatch.natRule', {
            rule: nat.name,
            family: `IPv${feIp.family}`,
            frontend: nat.frontend,
            ip: feIp.text,
            vm,
            other: feIp.family === 4 ? 'IPv6' : 'IPv4',
          }),
          SOURCES.floatingIp,
        ),
      );
    }
  }
}
