import { updateElement } from '../edit/elements';
import { fill, type Locale } from '../i18n/locale';
import type { Rule, Topology } from '../topology/schema';
import { lessonMessages } from './messages';

/** The topologies the lesson puts on the canvas, all derived from one example. */
export interface LessonTopologies {
  /** Two rules on the same pool and backend port with floating IP off: Azure refuses it. */
  refused: Topology;
  /** The same rules with floating IP on: the source page's rule type 2. */
  floating: Topology;
  /** The other way out: floating IP off, the second rule on another backend port (the page's rule type 1). */
  otherPort: Topology;
}

/** The two rules the lesson is about: the first two rules that share a pool, protocol and backend port. */
export function lessonRules(t: Topology): [Rule, Rule] {
  for (const [i, a] of t.rules.entries()) {
    const b = t.rules.slice(i + 1).find((r) => r.backendPool === a.backendPool && r.protocol === a.protocol && r.backendPort === a.backendPort && r.frontend !== a.frontend);
    if (b) return [a, b];
  }
  throw new Error(`The lesson needs two rules on different frontends that share a backend pool, protocol and backend port; "${t.name}" has none.`);
}

/**
 * Sets floating IP on the lesson's two rules, as the learner's switch in step 2 does.
 * @example setLessonFloatingIp(refused, true) // both rules with floatingIp: true
 */
export function setLessonFloatingIp(t: Topology, on: boolean): Topology {
  const [a, b] = lessonRules(t);
  if (a.floatingIp === on && b.floatingIp === on) return t;
  return updateElement(updateElement(t, 'rule', a.name, { floatingIp: on }), 'rule', b.name, { floatingIp: on });
}

/** A port no rule of `t` uses as its backend port, above `from`. */
function freePort(t: Topology, from: number): number {
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
export function lessonTopologies(example: Topology, locale: Locale = 'en'): LessonTopologies {
  const m = lessonMessages[locale];
  const [first, second] = lessonRules(example);
  const port = first.frontendPort;
  const floating = setLessonFloatingIp({ ...example, name: m.nameFloating, description: fill(m.descriptionFloating, { port }) }, true);
  const refused = setLessonFloatingIp({ ...floating, name: m.nameRefused, description: fill(m.descriptionRefused, { port }) }, false);
  const otherBackendPort = freePort(refused, second.backendPort);
  const otherPort = updateElement(
    { ...refused, name: m.nameOtherPort, description: fill(m.descriptionOtherPort, { rule: second.name, port: otherBackendPort }) },
    'rule', second.name, { backendPort: otherBackendPort },
  );
  return { refused, floating, otherPort };
}
