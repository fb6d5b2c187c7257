// The mapping's compact form. A row repeats 14 of its 16 facts from its rule or its member, so the analysis keeps
// only the rule runs (one per rule, its members being the resolved pool's shared array) and builds a row when it is
// read. Building all 500,000 rows of the largest load balancer in analyze cost twice an allocation floor and held
// 80 MB that diagnostics-only callers, and the app until the Mapping tab opens, never read.
import { isHaPorts } from '../model/protocol';
import { ruleEnds, type TopologyIndex } from '../model/resolve';
import { lazyArray } from './lazyArray';
import { memberRow, ruleHead, type MappingRow, type RuleHead, type RuleRun } from './mapping';

const RUNS = Symbol('rule runs');

/**
 * The rows {@link mapRules} would build for `runs`, as a read-only array that builds each row the first time it is
 * read. `keep` (the default): a row read twice is the same object, `slice` builds only the rows it returns, and the
 * first call of any other array method (map, filter, find, iteration, …) builds every row once into a plain array
 * that later reads share; reading all costs what building them all in mapRules did. `keep` false: nothing is kept,
 * each read builds a new row (a caller that holds what it reads, VM by VM).
 * @example rowsOnDemand(index, mapRules(t, index, false).runs)[0] // the first rule's first member's row
 */
export function rowsOnDemand(index: TopologyIndex, runs: readonly RuleRun[], keep = true): readonly MappingRow[] {
  const length = runs.length ? runs[runs.length - 1]!.end : 0;
  const heads: (RuleHead | undefined)[] = [];
  const kept: (MappingRow[] | undefined)[] = [];
  let last = 0;
  const runAt = (i: number): number => {
    // Reads are mostly in order: try the run of the last read first.
    const r = runs[last]!;
    if (r.start <= i && i < r.end) return last;
    // Runs are in row order and contiguous: the last run starting at or before i holds it.
    let lo = 0;
    let hi = runs.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (runs[mid]!.start <= i) lo = mid;
      else hi = mid - 1;
    }
    return (last = lo);
  };
  const build = (r: number, at: number): MappingRow => {
    const run = runs[r]!;
    const head = (heads[r] ??= ruleHead(run.rule, ruleEnds(index, run.rule)!, isHaPorts(run.rule)));
    return memberRow(head, run.members[at]!);
  };
  const rowAt = (i: number): MappingRow => {
    const r = runAt(i);
    const at = i - runs[r]!.start;
    if (!keep) return build(r, at);
    const list = (kept[r] ??= new Array<MappingRow>(runs[r]!.members.length));
    return (list[at] ??= build(r, at));
  };
  const everyRow = (): MappingRow[] => {
    const rows = new Array<MappingRow>(length);
    for (let r = 0, i = 0; r < runs.length; r++) {
      const list = kept[r];
      const n = runs[r]!.members.length;
      for (let at = 0; at < n; at++, i++) rows[i] = list?.[at] ?? build(r, at);
    }
    kept.length = 0;
    return rows;
  };
  return lazyArray({ length, at: rowAt, every: keep ? everyRow : undefined, tag: [RUNS, runs] });
}

/** The rule runs behind rows from {@link rowsOnDemand}, so a caller can walk them without building rows; else undefined. */
export function runsOf(rows: readonly MappingRow[]): readonly RuleRun[] | undefined {
  return (rows as unknown as { [RUNS]?: readonly RuleRun[] })[RUNS];
}
