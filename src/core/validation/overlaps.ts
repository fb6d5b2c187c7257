import { transports } from '../model/protocol';

interface Bucket<T> {
  byPort: Map<number, T[]>;
  wildcard: T[];
}

/**
 * Calls `onPair` for every two items in the same group whose protocols and ports overlap.
 * `All` overlaps `Tcp` and `Udp`; port 0 overlaps every port. Items are bucketed by
 * (group, transport, port), so the cost is linear in the items plus the overlaps found.
 * @example findOverlaps(rows, r => r.config.key + r.destinationIp, r => r.protocol, r => r.destinationPort, report)
 */
export function findOverlaps<T>(
  items: Iterable<T>,
  group: (item: T) => string,
  protocol: (item: T) => string,
  port: (item: T) => number,
  onPair: (a: T, b: T) => void,
): void {
  const buckets = new Map<string, Bucket<T>>();
  for (const item of items) {
    const g = group(item);
    const p = port(item);
    for (const t of transports(protocol(item))) {
      const key = `${g}\u0000${t}`;
      let bucket = buckets.get(key);
      if (!bucket) buckets.set(key, (bucket = { byPort: new Map(), wildcard: [] }));
      if (p === 0) bucket.wildcard.push(item);
      else {
        const list = bucket.byPort.get(p);
        if (list) list.push(item);
        else bucket.byPort.set(p, [item]);
      }
    }
  }
  for (const { byPort, wildcard } of buckets.values()) {
    for (const list of byPort.values()) {
      eachPair(list, onPair);
      for (const w of wildcard) for (const item of list) onPair(w, item);
    }
    eachPair(wildcard, onPair);
  }
}

function eachPair<T>(list: T[], onPair: (a: T, b: T) => void): void {
  for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) onPair(list[i]!, list[j]!);
}

/** A stable key for an unordered pair of names. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}
