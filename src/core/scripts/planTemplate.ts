// `script --all` plans the first VM of each shape and derives the others: the VMs of one pool receive the same rule
// runs, and their plans differ only in the VM and its NIC IP. Planning each of the largest load balancer's 2,000 VMs
// from its 250 rows was most of the command's time once the scripts were tables.
import type { Listen, Opening, VmPlan } from './plan';
import type { Vm } from '../topology/schema';

/** What makes two VMs' plans the same but for their NIC IP: the rule runs they receive, in order. */
export interface PlanShape {
  runs: readonly number[];
  /** The family of the VM's NIC IP: a plan is only derived for a VM whose NIC IP is of its template's family. */
  family: 4 | 6;
}

/**
 * A cache of plans by shape. `plan(vm, shape, make)` gives `make()` for the first VM of a shape, and for each later VM
 * of that shape the first plan with its NIC IP in place of the first VM's. A shape is only given when the plan's
 * addresses can be told apart by that swap: the VM receives only on its primary NIC IP, which is no frontend IP.
 */
export function planTemplates(): (vm: Vm, shape: PlanShape | undefined, make: () => VmPlan) => VmPlan {
  const byShape = new Map<string, { shape: PlanShape; plan: VmPlan }[]>();
  return (vm, shape, make) => {
    if (!shape) return make();
    const key = `${shape.runs.length} ${shape.runs[0]} ${shape.runs.at(-1)}`;
    const candidates = byShape.get(key);
    const found = candidates?.find((c) => sameRuns(c.shape.runs, shape.runs));
    if (found && found.shape.family === shape.family) return derive(found.plan, vm);
    const plan = make();
    // Only plans of VMs that every member holds alike, with no peers or cluster of their own, are templates.
    if (!found && plan.holders.every((h) => h === 'every-member') && !plan.cluster.length && !plan.peers.length && !plan.natRules.length) {
      if (candidates) candidates.push({ shape, plan });
      else byShape.set(key, [{ shape, plan }]);
    }
    return plan;
  };
}

function sameRuns(a: readonly number[], b: readonly number[]): boolean {
  // The VMs of one pool share their pool's run list.
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

// A derived list by the template list it was made from, with the template VM's NIC IP: the tables (tableCache.ts)
// print the NIC IP as a variable, so a derived list prints as its template did and is looked up by it, not compared.
const origins = new WeakMap<object, { list: readonly object[]; nic: string }>();

/**
 * The template list `list` was derived from and that template's NIC IP, when `list` equals it with only the NIC IP
 * swapped and holds no other address equal to its own VM's NIC IP (so the swap can be read back); else undefined.
 */
export function templateOf(list: object): { list: readonly object[]; nic: string } | undefined {
  return origins.get(list);
}

/** `template` for `vm`: every address that was the template VM's NIC IP becomes `vm`'s; the rest is shared as is. */
function derive(template: VmPlan, vm: Vm): VmPlan {
  const from = template.vm.nic.ip;
  const to = vm.nic.ip;
  return {
    ...template,
    vm,
    openings: swapped(template.openings, from, to, movedOpening),
    listens: swapped(template.listens, from, to, movedListen),
    probes: template.probes.map((p) => (p.address === from ? { ...p, address: to } : p)),
  };
}

function swapped<T extends Opening | Listen>(list: readonly T[], from: string, to: string, moved: (x: T, to: string) => T): T[] {
  const out: T[] = new Array<T>(list.length);
  let clash = false;
  for (let i = 0; i < list.length; i++) {
    const x = list[i]!;
    if (x.address === from) out[i] = moved(x, to);
    else {
      clash ||= x.address === to;
      out[i] = x;
    }
  }
  if (!clash) origins.set(out, { list, nic: from });
  return out;
}

// The copies spelled out, in the planner's key order (plan.ts): a spread of each of 250,000 objects was the slowest
// part of deriving plans.
const movedOpening = (o: Opening, to: string): Opening => ({
  protocol: o.protocol,
  port: o.port,
  address: to,
  kind: o.kind,
  family: o.family,
  reasons: o.reasons,
});

const movedListen = (l: Listen, to: string): Listen =>
  l.natRule
    ? { ...l, address: to }
    : {
        rule: l.rule,
        frontend: l.frontend,
        frontendIp: l.frontendIp,
        frontendPort: l.frontendPort,
        protocol: l.protocol,
        address: to,
        port: l.port,
        on: l.on,
      };
