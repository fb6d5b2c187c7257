// A guest OS script never writes a placeholder as if it were real (issue 16): a VM whose script would use a value
// the import could not know (its NIC address, a frontend IP for its loopback, a port, a probe) gets no script and
// one error that names each value, its element, field and source. Other VMs' scripts are written as usual.
import type { ElementRef } from '../diagnostics/diagnostic';
import { names, text } from '../i18n/text';
import { placeholdersOf, type MarkedValue } from '../placeholders/markers';
import type { LbTopology } from '../topology/schema';
import { scriptDiagnostic, type ScriptDiagnostic } from './diagnostics';
import type { VmPlan } from './plan';

/**
 * The refusal for a VM whose script would use a placeholder value, or undefined when it uses none. Names are not
 * refused: a placeholder name appears only in comments, never as configuration.
 * @example placeholderRefusal(sqlImported, plan)?.code // 'PlaceholderInScript'
 */
export function placeholderRefusal(topology: LbTopology, plan: VmPlan): ScriptDiagnostic | undefined {
  const marked = valuesOf(topology);
  if (marked.length === 0) return undefined;
  const used = usedElements(topology, plan);
  const hits = marked.filter((m) => used.has(`${m.kind}:${m.name}`));
  if (hits.length === 0) return undefined;
  const refs: ElementRef[] = [{ kind: 'vm', name: plan.vm.name }];
  for (const m of hits) if (!refs.some((r) => r.kind === m.kind && r.name === m.name)) refs.push({ kind: m.kind, name: m.name });
  return scriptDiagnostic(
    'PlaceholderInScript',
    refs,
    text('placeholder.scriptRefused', { vm: plan.vm.name, values: names(hits.map(describe)) }),
  );
}

// One scan per topology, not per VM: `script --all` asks for every VM of the same topology.
const cache = new WeakMap<LbTopology, MarkedValue[]>();
function valuesOf(t: LbTopology): MarkedValue[] {
  let found = cache.get(t);
  if (!found) cache.set(t, (found = placeholdersOf(t).filter((m) => m.placeholder.field !== 'name')));
  return found;
}

function describe(m: MarkedValue): string {
  return `${String(m.value)} = ${m.name}.${m.placeholder.field} ← ${m.placeholder.source || '?'}`;
}

/** `kind:name` of every element whose values the VM's script writes: the VM, its rules and NAT rules, their frontends and probes, its peers. */
function usedElements(topology: LbTopology, plan: VmPlan): Set<string> {
  const used = new Set<string>([`vm:${plan.vm.name}`]);
  for (const peer of plan.peers) used.add(`vm:${peer}`);
  const rules = new Set(plan.rules);
  for (const r of topology.rules) {
    if (!rules.has(r.name)) continue;
    used.add(`rule:${r.name}`).add(`frontend:${r.frontend}`);
    if (r.probe !== undefined) used.add(`probe:${r.probe}`);
  }
  const nats = new Set(plan.natRules);
  for (const n of topology.inboundNatRules ?? []) if (nats.has(n.name)) used.add(`natRule:${n.name}`).add(`frontend:${n.frontend}`);
  for (const p of plan.probes) used.add(`probe:${p.name}`);
  for (const c of plan.cluster) used.add(`frontend:${c.frontend}`);
  return used;
}
