import { updateElement } from '../edit/elements';
import { setFrontendIpHolder } from '../edit/holder';
import { fill, type Locale } from '../i18n/locale';
import type { Rule, LbTopology } from '../topology/schema';
import { lessonMessages } from './messages';

/** The topologies the lesson puts on the canvas, all derived from one example. */
export interface LessonTopologies {
  /** Two rules on the same pool and backend port with floating IP off: Azure refuses it. */
  refused: LbTopology;
  /** The same rules with floating IP on: the source page's rule type 2. */
  floating: LbTopology;
  /** The other way out: floating IP off, the second rule on another backend port (the page's rule type 1). */
  otherPort: LbTopology;
  /** The first rule alone, its pool a two-node Windows cluster (WSFC IP resource): the VIP lives on the active node. */
  cluster: LbTopology;
}

/** The two rules the lesson is about: the first two rules that share a pool, protocol and backend port. */
export function lessonRules(t: LbTopology): [Rule, Rule] {
  for (const [i, a] of t.rules.entries()) {
    const b = t.rules
      .slice(i + 1)
      .find(
        (r) => r.backendPool === a.backendPool && r.protocol === a.protocol && r.backendPort === a.backendPort && r.frontend !== a.frontend,
      );
    if (b) return [a, b];
  }
  throw new Error(
    `The lesson needs two rules on different frontends that share a backend pool, protocol and backend port; "${t.name}" has none.`,
  );
}

/**
 * Sets floating IP on the lesson's two rules, as the learner's switch in step 2 does.
 * @example setLessonFloatingIp(refused, true) // both rules with floatingIp: true
 */
export function setLessonFloatingIp(t: LbTopology, on: boolean): LbTopology {
  const [a, b] = lessonRules(t);
  if (a.floatingIp === on && b.floatingIp === on) return t;
  return updateElement(updateElement(t, 'rule', a.name, { floatingIp: on }), 'rule', b.name, { floatingIp: on });
}

/** A port no rule of `t` uses as its backend port, above `from`. */
function freePort(t: LbTopology, from: number): number {
  const used = new Set(t.rules.map((r) => r.backendPort));
  let port = from + 1;
  while (used.has(port)) port += 1;
  return port;
}

/**
 * The lesson's topologies, built from the source page's type 2 example (two frontends, TCP 80 → 80, floating IP on),
 * which the app embeds as its default topology and the tests read from public/examples. Names are in `locale`.
 * @example lessonTopologies(type2).refused.rules.map(r => r.floatingIp) // [false, false]
 */
export function lessonTopologies(example: LbTopology, locale: Locale = 'en'): LessonTopologies {
  const m = lessonMessages[locale];
  const [first, second] = lessonRules(example);
  const port = first.frontendPort;
  const floating = setLessonFloatingIp({ ...example, name: m.nameFloating, description: fill(m.descriptionFloating, { port }) }, true);
  const refused = setLessonFloatingIp({ ...floating, name: m.nameRefused, description: fill(m.descriptionRefused, { port }) }, false);
  const otherBackendPort = freePort(refused, second.backendPort);
  const otherPort = updateElement(
    { ...refused, name: m.nameOtherPort, description: fill(m.descriptionOtherPort, { rule: second.name, port: otherBackendPort }) },
    'rule',
    second.name,
    { backendPort: otherBackendPort },
  );
  return { refused, floating, otherPort, cluster: clusterTopology(floating, m.nameCluster, m.descriptionCluster) };
}

/**
 * The lesson's cluster: the first floating rule, its frontend and probe, its pool held by a WSFC IP resource. A WSFC
 * runs on Windows only, so the pool's VMs become Windows nodes (names and addresses unchanged).
 * @example clusterTopology(floating, name, description).backendPools[0].frontendIpHolder // 'cluster-windows'
 */
function clusterTopology(floating: LbTopology, name: string, description: string): LbTopology {
  const [rule] = lessonRules(floating);
  const pool = floating.backendPools.find((p) => p.name === rule.backendPool);
  const inPool = new Set(pool?.members.map((m) => (typeof m === 'string' ? m : m.vm)));
  const ip = floating.frontends.find((f) => f.name === rule.frontend)?.ip ?? '';
  const single: LbTopology = {
    ...floating,
    name,
    description: fill(description, { ip }),
    frontends: floating.frontends.filter((f) => f.name === rule.frontend),
    probes: floating.probes.filter((p) => p.name === rule.probe),
    rules: [rule],
    vms: floating.vms.map((v) => (inPool.has(v.name) ? { ...v, os: 'windows' as const } : v)),
  };
  return setFrontendIpHolder(single, rule.backendPool, 'cluster-windows');
}
