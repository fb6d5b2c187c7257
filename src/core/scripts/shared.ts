// Blocks of script text made once and reused. `script --all` writes a script and a rollback per VM from one plan,
// and the VMs of one pool put the same frontend IPs on their loopback: the largest load balancer's 4,000 scripts
// repeat the same loopback, persistence and verification lines hundreds of times. A block is remembered against
// the object it is made from (a plan's loopback list, listens or openings), so it lives as long as that object.
import type { LoopbackAddress } from './plan';

const made = new WeakMap<object, Map<string, unknown>>();

/**
 * `make()`, made once per `owner` and `key`: `make` must read nothing but `owner` and what `key` spells out, and
 * callers must not change what it returns.
 * @example shared(plan.loopback, `runtime ${prefix[4]}`, () => plan.loopback.map((l) => `lo_add ${l.ip}`))
 */
export function shared<T>(owner: object, key: string, make: () => T): T {
  let byKey = made.get(owner);
  if (!byKey) made.set(owner, (byKey = new Map()));
  if (byKey.has(key)) return byKey.get(key) as T;
  const value = make();
  byKey.set(key, value);
  return value;
}

const joined = new WeakMap<readonly string[], string>();

/**
 * `lines` as one element of a script's line list: none when empty, else the lines joined with `\n`, joined once per
 * array. Joining a script copies each element; a script of 1,500 lines joins faster from a few blocks. `lines` must
 * never change (a constant, or a block made once by {@link shared}).
 * @example [...head, ...block(LO_FUNCTIONS)].join('\n') === [...head, ...LO_FUNCTIONS].join('\n') // true
 */
export function block(lines: readonly string[]): string[] {
  if (!lines.length) return [];
  let text = joined.get(lines);
  if (text === undefined) joined.set(lines, (text = lines.join('\n')));
  return [text];
}

/** The key of a block from several inputs: each JSON-encoded, so no two different inputs give one key. */
export function keyOf(...parts: readonly unknown[]): string {
  return JSON.stringify(parts);
}

/**
 * One loopback list for all the equal ones given to it, so blocks {@link shared} on a plan's loopback are made once
 * for all the VMs that hold the same addresses for the same rules.
 * @example const same = loopbacks(); plan.loopback = same(plan.loopback)
 */
export function loopbacks(): (list: LoopbackAddress[]) => LoopbackAddress[] {
  // Lists by a cheap key (length and end addresses), then compared in full: no new string per VM.
  const seen = new Map<string, LoopbackAddress[][]>();
  return (list) => {
    const key = `${list.length} ${list[0]?.ip} ${list.at(-1)?.ip}`;
    const candidates = seen.get(key);
    const first = candidates?.find((c) => sameLoopback(c, list));
    if (first) return first;
    if (candidates) candidates.push(list);
    else seen.set(key, [list]);
    return list;
  };
}

function sameLoopback(a: readonly LoopbackAddress[], b: readonly LoopbackAddress[]): boolean {
  return (
    a.length === b.length &&
    a.every((x, i) => {
      const y = b[i]!;
      return x.ip === y.ip && x.family === y.family && sameList(x.rules, y.rules) && sameList(x.natRules, y.natRules);
    })
  );
}

function sameList(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  if (!a || !b) return a === b;
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
