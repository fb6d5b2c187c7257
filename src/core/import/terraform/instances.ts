// The instances of one resource: one, or one per `count` index, or one per `for_each` key, as Terraform makes
// them; within Azure's limits, and with a diagnostic whenever the count or for_each cannot be known.
import { LIMITS } from '../../validation/limits';
import { MAX_ELEMENTS } from '../../topology/limits';
import { itext } from '../text';
import { forEachEntries } from './collections';
import type { Evaluator, Instance } from './evaluate';
import type { Findings } from './findings';
import { Unknown } from './values';

// What `count` may expand to, from Azure's limits for a Standard load balancer (validation/limits.ts, from the
// Learn limits table): 1,500 load-balancing and inbound NAT rules together, 5,000 members in a backend pool (so at
// most that many NICs, VMs or associations are of use); and the whole file at most the topology's own caps.
const RULE_TYPES = new Set(['azurerm_lb_rule', 'azurerm_lb_nat_rule']);
const MAX_RULES = LIMITS.Standard.rules;
const MAX_COUNT = LIMITS.Standard.poolSize;
const MAX_INSTANCES = MAX_ELEMENTS.vms;

/** Instances made so far in the file, for the limits. */
export interface InstanceCounter {
  total: number;
  rules: number;
}

/**
 * Expands one resource into its instances (`x[0]`, `x["key"]`), or one instance with a warning when its count or
 * for_each is unknown, invalid or too large.
 * @example expandInstances('azurerm_network_interface', 'nic', { count: 2 }, evaluator, findings, counter).map((i) => i.address) // ['azurerm_network_interface.nic[0]', 'azurerm_network_interface.nic[1]']
 */
export function expandInstances(
  type: string,
  name: string,
  body: Record<string, unknown>,
  evaluator: Evaluator,
  findings: Findings,
  counter: InstanceCounter,
): Instance[] {
  const address = `${type}.${name}`;
  const max = RULE_TYPES.has(type) ? MAX_RULES : MAX_COUNT;
  const ruleRoom = RULE_TYPES.has(type) ? MAX_RULES - counter.rules : Infinity;
  const room = Math.min(ruleRoom, MAX_INSTANCES - counter.total);
  const tooMany = (n: number, attr: string): boolean => {
    if (n <= room) return false;
    const key = ruleRoom <= MAX_INSTANCES - counter.total ? 'tf.tooManyRules' : 'tf.tooManyInstances';
    findings.warn(
      'ImportInvalid',
      itext(key, { address, count: n, max: key === 'tf.tooManyRules' ? MAX_RULES : MAX_INSTANCES }),
      `${address}.${attr}`,
    );
    return true;
  };
  const list: Instance[] = [];
  if ('count' in body) {
    evaluator.budget.site = `${address}.count`;
    const n = evaluator.value(body.count);
    if (typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= max) {
      if (tooMany(n, 'count')) list.push({ type, name, address: `${address}[0]`, body, countIndex: 0 });
      else for (let i = 0; i < n; i++) list.push({ type, name, address: `${address}[${i}]`, body, countIndex: i });
      if (n === 0) findings.info('ImportIgnored', itext('tf.countZero', { address }), `${address}.count`);
    } else {
      const why =
        n instanceof Unknown
          ? itext('tf.countUnknown', { expression: n.expression, reason: n.reasonText })
          : itext('tf.countInvalid', { value: JSON.stringify(n), max });
      findings.warn('ImportUnresolved', itext('tf.count', { address, why }), `${address}.count`);
      list.push({ type, name, address: `${address}[0]`, body, countIndex: 0 });
    }
  } else if ('for_each' in body) {
    evaluator.budget.site = `${address}.for_each`;
    const v = evaluator.value(body.for_each);
    const pairs = v instanceof Unknown ? undefined : forEachEntries(v);
    if (pairs && pairs.length <= max && !tooMany(pairs.length, 'for_each')) {
      for (const each of pairs) list.push({ type, name, address: `${address}[${JSON.stringify(each.key)}]`, body, each });
      if (pairs.length === 0) findings.info('ImportIgnored', itext('tf.forEachEmpty', { address }), `${address}.for_each`);
    } else if (!pairs || pairs.length > max) {
      const why =
        v instanceof Unknown
          ? itext('tf.countUnknown', { expression: v.expression, reason: v.reasonText })
          : pairs
            ? itext('tf.forEachTooMany', { count: pairs.length, max })
            : itext('tf.forEachInvalid', { value: JSON.stringify(v) });
      findings.warn('ImportUnresolved', itext('tf.forEach', { address, why }), `${address}.for_each`);
      list.push({ type, name, address, body });
    } else list.push({ type, name, address, body });
  } else list.push({ type, name, address, body });
  counter.total += list.length;
  if (RULE_TYPES.has(type)) counter.rules += list.length;
  return list;
}
