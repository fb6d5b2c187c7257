import { diagnostic, type Diagnostic, type ElementRef } from '../diagnostics/diagnostic';
import { names, text, type Text } from '../i18n/text';
import type { TopologyIndex } from '../model/resolve';
import { OUTBOUND_SOURCES, hasPathWithoutLb, pooledOutboundPaths } from '../outbound/outbound';
import type { OutboundRule } from '../topology/schema';
import type { validationOutboundEn } from './outboundMessages.en';

// Outbound: VMs without any path to the internet (core/outbound decides each VM's path), and Azure's refusals of
// outbound rules. Sources: docs/outbound.md.

type Key = keyof typeof validationOutboundEn;
const say = (key: Key, params: Record<string, string | Text | ReturnType<typeof names>>): Text => text(`validation.${key}`, params);

/** Azure's error text for a rule whose frontend an outbound rule also uses (ansible-collections/azure#743 quotes it). */
const MUST_DISABLE_SNAT_SOURCE = 'https://github.com/ansible-collections/azure/issues/743';
/** Azure's error text for two outbound rules on one frontend and protocol (Azure/AzLoadBalancerMigration#10 quotes it). */
const ONE_RULE_PER_FRONTEND_SOURCE = 'https://github.com/Azure/AzLoadBalancerMigration/issues/10';

/** Pushes the outbound diagnostics of a topology: NoOutboundPath per cause, and the outbound rules Azure refuses. */
export function checkOutbound(index: TopologyIndex, out: Diagnostic[]): void {
  checkNoPath(index, out);
  checkOutboundRules(index, out);
}

function checkNoPath(index: TopologyIndex, out: Diagnostic[]): void {
  const { topology } = index;
  const byKey = new Map<string, string[]>();
  const add = (key: string, vm: string) => {
    const list = byKey.get(key);
    if (list) list.push(vm);
    else byKey.set(key, [vm]);
  };
  // The load balancer decides the paths of the VMs its pools hold; any other VM's path is the same whatever the load
  // balancer, so it is only asked whether there is one (a view of a design of several holds every VM of the design,
  // most outside its pools: working out their paths in every view was most of a design's analysis).
  const paths = pooledOutboundPaths(topology);
  for (const path of paths) if (path.kind === 'none') add(path.text.key.replace('validation.outbound.none.', ''), path.vm);
  const pooled = new Set(paths.map((p) => p.vm));
  for (const vm of topology.vms) if (!pooled.has(vm.name) && !hasPathWithoutLb(vm)) add('private', vm.name);
  const lb = topology.loadBalancer.name;
  // Sorted, so the finding never depends on the order of the VMs in the file.
  for (const [key, vms] of [...byKey].map(([k, list]) => [k, list.sort()] as const)) {
    const code: Key = key === 'internal' ? 'NoOutboundPath' : key === 'public' ? 'NoOutboundPath.public' : 'NoOutboundPath.private';
    const refs: ElementRef[] = [{ kind: 'loadBalancer', name: lb }, ...vms.map((name) => ({ kind: 'vm' as const, name }))];
    const source = key === 'private' ? OUTBOUND_SOURCES.defaultAccess : OUTBOUND_SOURCES.outboundRules;
    out.push(diagnostic('warning', 'NoOutboundPath', refs, say(code, { vms: names(vms), lb }), source));
  }
}

function checkOutboundRules(index: TopologyIndex, out: Diagnostic[]): void {
  const { topology } = index;
  const rules = topology.outboundRules ?? [];
  if (rules.length === 0) return;
  const lb = topology.loadBalancer;
  const lbRef: ElementRef = { kind: 'loadBalancer', name: lb.name };
  for (const r of rules) {
    // Learn "Outbound rules": they "explicitly define SNAT … for a public standard load balancer".
    if (lb.sku !== 'Standard' || lb.type !== 'Public')
      out.push(
        diagnostic(
          'error',
          'OutboundRuleRequiresPublicStandard',
          [lbRef],
          say('OutboundRuleRequiresPublicStandard', { rule: r.name, sku: lb.sku, type: lb.type, lb: lb.name }),
          OUTBOUND_SOURCES.outboundRules,
        ),
      );
    for (const [what, name] of [...r.frontends.map((f) => ['frontend', f] as const), ['backendPool', r.backendPool] as const]) {
      const known = what === 'frontend' ? index.frontends.has(name) : index.pools.has(name);
      if (known || name === '') continue;
      const whatText = text(`validation.outbound.what.${what}`);
      out.push(
        diagnostic(
          'error',
          'UnknownReference',
          [lbRef],
          say('UnknownReference.outboundRule', { rule: r.name, what: whatText, name }),
          OUTBOUND_SOURCES.outboundRules,
        ),
      );
    }
  }
  checkSharedFrontends(index, rules, out);
}

const overlaps = (a: string, b: string) => a === b || a === 'All' || b === 'All';

function checkSharedFrontends(index: TopologyIndex, rules: readonly OutboundRule[], out: Diagnostic[]): void {
  const byFrontend = new Map<string, OutboundRule[]>();
  for (const r of rules) for (const f of new Set(r.frontends)) byFrontend.set(f, [...(byFrontend.get(f) ?? []), r]);
  for (const rule of index.topology.rules) {
    const outRule = rule.disableOutboundSnat === true ? undefined : byFrontend.get(rule.frontend)?.[0];
    if (!outRule) continue;
    out.push(
      diagnostic(
        'error',
        'LoadBalancingRuleMustDisableSNATSinceSameFrontendIPConfigurationIsReferencedByOutboundRule',
        [
          { kind: 'rule', name: rule.name },
          { kind: 'frontend', name: rule.frontend },
        ],
        say('LoadBalancingRuleMustDisableSNATSinceSameFrontendIPConfigurationIsReferencedByOutboundRule', {
          rule: rule.name,
          frontend: rule.frontend,
          outboundRule: outRule.name,
        }),
        MUST_DISABLE_SNAT_SOURCE,
      ),
    );
  }
  for (const [frontend, list] of byFrontend) {
    const clash = list.filter((a) => list.some((b) => b !== a && overlaps(a.protocol, b.protocol))).map((r) => r.name);
    if (clash.length < 2) continue;
    out.push(
      diagnostic(
        'error',
        'MoreThanOneOutboundRuleUsingSameFrontendIPConfigurationAndProtocolIsNotSupported',
        [{ kind: 'frontend', name: frontend }],
        say('MoreThanOneOutboundRuleUsingSameFrontendIPConfigurationAndProtocolIsNotSupported', { rules: names(clash), frontend }),
        ONE_RULE_PER_FRONTEND_SOURCE,
      ),
    );
  }
}
