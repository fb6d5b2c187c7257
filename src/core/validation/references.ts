import { diagnostic, SOURCES, type Diagnostic } from '../diagnostics/diagnostic';
import { resolvePool, type TopologyIndex } from '../model/resolve';
import { listNames, ref } from './refs';

/** UnknownReference for rules and pool members, and IpVersionMismatch between frontends and members. */
export function checkReferences(index: TopologyIndex, out: Diagnostic[]): void {
  const t = index.topology;
  const missing = (owner: string, what: string, name: string, have: string[]) =>
    (name === ''
      ? `${owner} is not connected to a ${what} yet. `
      : `${owner} refers to ${what} "${name}", which does not exist. `) +
    (have.length ? `Connect it to ${listNames(have, 8)}, or add one.` : `Add a ${what} first.`);

  for (const rule of t.rules) {
    const r = ref('rule', rule.name);
    if (!index.frontends.has(rule.frontend)) {
      out.push(diagnostic('error', 'UnknownReference', [r],
        missing(`Rule ${rule.name}`, 'frontend', rule.frontend, [...index.frontends.keys()]), SOURCES.restSpec));
    }
    if (!index.pools.has(rule.backendPool)) {
      out.push(diagnostic('error', 'UnknownReference', [r],
        missing(`Rule ${rule.name}`, 'backend pool', rule.backendPool, [...index.pools.keys()]), SOURCES.restSpec));
    }
    if (rule.probe !== undefined && !index.probes.has(rule.probe)) {
      out.push(diagnostic('error', 'UnknownReference', [r],
        missing(`Rule ${rule.name}`, 'probe', rule.probe, [...index.probes.keys()]), SOURCES.restSpec));
    }
  }

  for (const pool of t.backendPools) {
    const p = ref('backendPool', pool.name);
    for (const m of pool.members) {
      const vm = typeof m === 'string' ? m : m.vm;
      if (!index.vms.has(vm)) {
        out.push(diagnostic('error', 'UnknownReference', [p],
          missing(`Backend pool ${pool.name}`, 'VM', vm, [...index.vms.keys()]), SOURCES.restSpec));
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
        out.push(diagnostic('error', 'UnknownReference', [p, ref('vm', problem.vm)],
          `Backend pool ${pool.name} lists VM ${problem.vm} at ${problem.ip}, but that VM's NIC has no such IP configuration. ` +
            `Add ${problem.ip} to its secondary IPs or use one of its addresses.`, SOURCES.restSpec));
      }
    }
  }

  for (const rule of t.rules) {
    const pool = index.pools.get(rule.backendPool);
    const feIp = index.frontendIps.get(rule.frontend);
    if (!pool || !feIp) continue;
    const vms = resolvePool(index, pool, feIp.family).problems.filter((p) => p.kind === 'noFamily').map((p) => p.vm);
    if (vms.length === 0) continue;
    const fam = `IPv${feIp.family}`;
    out.push(diagnostic('error', 'IpVersionMismatch',
      [ref('rule', rule.name), ref('frontend', rule.frontend), ...[...new Set(vms)].sort().map((v) => ref('vm', v))],
      `Rule ${rule.name} sends ${fam} traffic from frontend ${rule.frontend} (${feIp.text}) to pool ${pool.name}, ` +
        `but ${listNames(vms)} ${vms.length > 1 ? 'have' : 'has'} no ${fam} address in the pool. ` +
        `Give ${vms.length > 1 ? 'them' : 'it'} an ${fam} IP configuration (dual stack), or use an ${feIp.family === 4 ? 'IPv6' : 'IPv4'} frontend.`,
      SOURCES.floatingIp));
  }
}
