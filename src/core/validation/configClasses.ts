import type { IpConfig } from '../model/resolve';

/** IP configurations that receive the same rules, so the collisions found on one stand for all of them. */
export interface ConfigClass {
  /** The one whose rows are checked. */
  representative: IpConfig;
  configs: IpConfig[];
  /** The IP configuration of the alphabetically first VM, for a message's example endpoint. */
  example: IpConfig;
}

/**
 * Groups the IP configurations of `memberLists` (each rule's resolved pool members) by the lists they are in: two
 * IP configurations in the same lists receive the same rules on the same ports, so they collide alike, and only
 * one per class needs its rows checked. A pool of 333 VMs under 1,500 rules is then 1,500 rows to check, not
 * 499,500. `oneEach` makes every IP configuration its own class (when a frontend IP equals a member's IP, the
 * classes would no longer receive alike). Returns each configuration's class and, per list, the positions of
 * the representatives in it.
 */
export function configClasses(
  memberLists: Iterable<readonly IpConfig[]>,
  oneEach: boolean,
): { classOf: Map<IpConfig, ConfigClass>; positions: Map<readonly IpConfig[], number[]> } {
  const lists = [...new Set(memberLists)];
  const memberships = new Map<IpConfig, number[]>();
  lists.forEach((list, k) => {
    for (const config of list) {
      const m = memberships.get(config);
      if (m) m.push(k);
      else memberships.set(config, [k]);
    }
  });
  const classes = new Map<string, ConfigClass>();
  const classOf = new Map<IpConfig, ConfigClass>();
  for (const [config, m] of memberships) {
    const key = oneEach ? `#${config.id}` : m.join(',');
    let cls = classes.get(key);
    if (!cls) classes.set(key, (cls = { representative: config, configs: [], example: config }));
    cls.configs.push(config);
    if (precedes(config, cls.example)) cls.example = config;
    classOf.set(config, cls);
  }
  const positions = new Map<readonly IpConfig[], number[]>();
  for (const list of lists) {
    const at: number[] = [];
    list.forEach((config, i) => {
      if (classOf.get(config)!.representative === config) at.push(i);
    });
    positions.set(list, at);
  }
  return { classOf, positions };
}

/** Whether `a` comes before `b` by VM name, then address: the order messages pick their example in. */
export function precedes(a: IpConfig, b: IpConfig): boolean {
  return a.vm.name < b.vm.name || (a.vm.name === b.vm.name && a.ip.text < b.ip.text);
}
