// Diagnostics-only callers (validate, export, the import planner) need the mapping's rows only where a backend
// conflict is suspected: building all 500,000 rows of the largest load balancer to read a handful wasted most of
// the time and memory of a validate. This array builds a row when it is read, from the rule runs.
import { isHaPorts } from '../model/protocol';
import { ruleEnds, type RuleEnds, type TopologyIndex } from '../model/resolve';
import { ruleRow, type MappingRow, type RuleRun } from './mapping';

/**
 * The rows {@link mapRules} would build for `runs`, as a read-only array that builds (and keeps) each row the
 * first time it is read; a row read twice is the same object. Reading every row costs what building them all does.
 * `keep` false: nothing is kept, each read builds a new row (a caller that holds what it reads, VM by VM).
 * @example rowsOnDemand(index, mapRules(t, index, false).runs)[0] // the first rule's first member's row
 */
export function rowsOnDemand(index: TopologyIndex, runs: readonly RuleRun[], keep = true): readonly MappingRow[] {
  const length = runs.length ? runs[runs.length - 1]!.end : 0;
  const built = new Map<number, MappingRow>();
  const ends = new Map<RuleRun, RuleEnds>();
  const rowAt = (i: number): MappingRow => {
    let row = built.get(i);
    if (row) return row;
    // Runs are in row order and contiguous: the last run starting at or before i holds it.
    let lo = 0;
    let hi = runs.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (runs[mid]!.start <= i) lo = mid;
      else hi = mid - 1;
    }
    const run = runs[lo]!;
    let e = ends.get(run);
    if (!e) ends.set(run, (e = ruleEnds(index, run.rule)!));
    row = ruleRow(run.rule, e, isHaPorts(run.rule), run.members[i - run.start]!);
    if (keep) built.set(i, row);
    return row;
  };
  const indexOf = (key: string | symbol): number | undefined => {
    if (typeof key !== 'string') return undefined;
    const i = Number(key);
    return Number.isInteger(i) && i >= 0 && i < length && String(i) === key ? i : undefined;
  };
  return new Proxy([] as MappingRow[], {
    get(target, key, receiver) {
      if (key === 'length') return length;
      const i = indexOf(key);
      return i === undefined ? Reflect.get(target, key, receiver) : rowAt(i);
    },
    has(target, key) {
      return indexOf(key) !== undefined || Reflect.has(target, key);
    },
  });
}
