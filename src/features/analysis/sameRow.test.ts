import { describe, expect, it } from 'vitest';
import { rule, topology } from '../../core/testing/builders';
import { migrateV1 } from '../../core/topology/design';
import type { LbTopology } from '../../core/topology/schema';
import { analyze } from '../../core/validation/analyze';
import { analyzeTopology } from '../../core/validation/analyzeTopology';
import { decodeAnalysis, encodeAnalysis } from '../../store/analysisWire';
import { sameRowProps } from './sameRow';

const onSelect = () => undefined;
/** The rows as the app gets them for a large topology: analysed (in the worker), then rebuilt from the wire. */
const appRows = (view: LbTopology) => {
  const x = migrateV1(view);
  const decoder = decodeAnalysis(x, encodeAnalysis(x, analyzeTopology(x)));
  for (;;) {
    const done = decoder.step(100);
    if (done) return done.rows;
  }
};
const t = topology({ rules: [rule('web'), rule('api', { frontendPort: 443, backendPort: 443 })] });
const props = <Row extends object>(row: Row, extra: { conflicts?: string[]; selected?: boolean; onSelect?: () => void } = {}) => ({
  row,
  conflicts: extra.conflicts as never,
  selected: extra.selected ?? false,
  onSelect: extra.onSelect ?? onSelect,
});

describe('sameRowProps', () => {
  it('keeps a row rebuilt by a new analysis when none of its fields changed', () => {
    const before = appRows(t);
    // An edit of another rule: the rebuilt rows of "web" are new objects with the same fields.
    const edited = { ...t, rules: t.rules.map((r) => (r.name === 'api' ? { ...r, floatingIp: !r.floatingIp } : r)) };
    const after = appRows(edited);
    const web = (rows: typeof before) => rows.find((r) => r.rule === 'web')!;
    const api = (rows: typeof before) => rows.find((r) => r.rule === 'api')!;
    expect(web(after)).not.toBe(web(before));
    expect(sameRowProps(props(web(before)), props(web(after)))).toBe(true);
    expect(sameRowProps(props(api(before)), props(api(after)))).toBe(false);
  });

  it('renders again when the selection, the handler, the conflicts or a field differ', () => {
    const row = analyze(t).rows[0]!;
    expect(sameRowProps(props(row), props(row, { selected: true }))).toBe(false);
    expect(sameRowProps(props(row), props(row, { onSelect: () => undefined }))).toBe(false);
    expect(sameRowProps(props(row, { conflicts: ['a'] }), props(row, { conflicts: ['a'] }))).toBe(true);
    expect(sameRowProps(props(row, { conflicts: ['a'] }), props(row, { conflicts: ['b'] }))).toBe(false);
    expect(sameRowProps(props(row), props(row, { conflicts: ['a'] }))).toBe(false);
    expect(sameRowProps(props(row), props({ ...row, destinationPort: 1 }))).toBe(false);
    expect(sameRowProps(props(row), props({ ...row, encapsulation: 'vxlan' as const }))).toBe(false);
  });

  it('renders again when its VM is selected or unselected, not when an absent flag becomes false', () => {
    const row = analyze(t).rows[0]!;
    expect(sameRowProps(props(row), { ...props(row), vmSelected: true })).toBe(false);
    expect(sameRowProps({ ...props(row), vmSelected: true }, { ...props(row), vmSelected: true })).toBe(true);
    expect(sameRowProps(props(row), { ...props(row), vmSelected: false })).toBe(true);
  });
});
