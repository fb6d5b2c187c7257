// A VM's outbound path in a design of several load balancers: each load balancer's analysis only sees its own
// (a VM behind an internal load balancer and a public one has the public one's path), so the per-load-balancer
// NoOutboundPath findings are kept only for VMs no load balancer of the design gives a path, each VM once.
import type { Diagnostic } from '../diagnostics/diagnostic';
import { names, type Text } from '../i18n/text';
import type { Topology } from '../topology/schema';

/**
 * Rewrites the NoOutboundPath findings of `diagnostics` (in place) for the whole design: a VM with a path through any
 * load balancer is dropped from them, and each VM is named by one finding only.
 * @example reconcileOutbound(t, diagnostics) // the internal view's NoOutboundPath for the NVAs is gone
 */
export function reconcileOutbound(t: Topology, diagnostics: Diagnostic[]): void {
  if (!diagnostics.some((d) => d.code === 'NoOutboundPath')) return;
  // Every view holds every VM, and each load balancer names each VM it gives no path in one of its findings: a VM
  // that some load balancer does not name has a path through it.
  const namedBy = new Map<string, Set<string | undefined>>();
  for (const d of diagnostics) {
    if (d.code !== 'NoOutboundPath') continue;
    for (const r of d.refs) if (r.kind === 'vm') (namedBy.get(r.name) ?? namedBy.set(r.name, new Set()).get(r.name)!).add(d.loadBalancer);
  }
  const withPath = new Set<string>();
  for (const [vm, lbs] of namedBy) if (lbs.size < t.loadBalancers.length) withPath.add(vm);
  // A VM is named where its own load balancer explains why (internal, or public without a path), before a load
  // balancer that only sees it outside its pools (a private subnet).
  const named = new Set<string>();
  const own = new Map<Diagnostic, string[]>();
  for (const pass of [false, true]) {
    for (const d of diagnostics) {
      if (d.code !== 'NoOutboundPath' || d.text.key.endsWith('.private') !== pass) continue;
      const vms = d.refs.filter((r) => r.kind === 'vm' && !withPath.has(r.name) && !named.has(r.name)).map((r) => r.name);
      for (const vm of vms) named.add(vm);
      own.set(d, vms);
    }
  }
  let w = 0;
  for (const d of diagnostics) {
    if (d.code !== 'NoOutboundPath') {
      diagnostics[w++] = d;
      continue;
    }
    const vms = own.get(d) ?? [];
    if (vms.length === 0) continue;
    const kept = new Set(vms);
    const refs = d.refs.filter((r) => r.kind !== 'vm' || kept.has(r.name));
    const text: Text = { ...d.text, params: { ...d.text.params, vms: names(vms) } };
    diagnostics[w++] = { ...d, refs, elements: refs.map((r) => r.name), text };
  }
  diagnostics.length = w;
}
