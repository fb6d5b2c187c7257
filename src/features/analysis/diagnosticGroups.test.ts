import { describe, expect, it } from 'vitest';
import type { Diagnostic, DiagnosticCode } from '../../core/diagnostics/diagnostic';
import { rule, topology } from '../../core/testing/builders';
import { analyze } from '../../core/validation/analyze';
import { diagnosticBlocks, groupDiagnostics, isGroupOpen, OPEN_UP_TO } from './diagnosticGroups';
import { filterBySeverity } from './severity';

describe('diagnostic groups', () => {
  // 300 rules without probes, floating IP on, each on its own port: 300 NoProbe warnings and 600 infos, three codes.
  const rules = Array.from({ length: 300 }, (_, i) =>
    rule(`rule${i}`, { probe: undefined, floatingIp: true, frontendPort: 1000 + i, backendPort: 1000 + i }),
  );
  const { diagnostics } = analyze(topology({ rules, probes: [] }));

  it('makes one group per code with its count, in the order the codes first appear', () => {
    const groups = groupDiagnostics(diagnostics);
    expect(groups.map((g) => [g.severity, g.code, g.items.length])).toEqual([
      ['warning', 'NoProbe', 300],
      ['info', 'FloatingIpGuestConfigRequired', 300],
      ['info', 'FloatingIpOutboundLimitation', 300],
    ]);
    // Every finding lands in exactly one group, in the core's order within it.
    expect(groups.flatMap((g) => g.items)).toHaveLength(diagnostics.length);
    expect(groups[0]!.items).toEqual(diagnostics.filter((d) => d.code === 'NoProbe'));
  });

  it('groups only what the severity filter keeps', () => {
    expect(groupDiagnostics(filterBySeverity(diagnostics, 'warning')).map((g) => g.code)).toEqual(['NoProbe']);
  });

  it('shows a group of one as its finding, consecutive ones in one list, larger groups as groups', () => {
    const one = (code: DiagnosticCode): Diagnostic => ({ ...diagnostics[0]!, code });
    const many = diagnostics.slice(0, 3);
    const blocks = diagnosticBlocks(groupDiagnostics([one('DuplicateName'), one('DuplicateFrontendIp'), ...many, one('PortOutOfRange')]));
    expect(blocks.map((b) => (b.kind === 'single' ? b.items.map((d) => d.code) : `${b.group.code}×${b.group.items.length}`))).toEqual([
      ['DuplicateName', 'DuplicateFrontendIp'],
      'NoProbe×3',
      ['PortOutOfRange'],
    ]);
  });

  it('opens small groups and closes large ones until the user toggles them', () => {
    const [large] = groupDiagnostics(diagnostics);
    const small = { ...large!, code: 'Small', items: large!.items.slice(0, OPEN_UP_TO) };
    expect(isGroupOpen(large!, new Set())).toBe(false);
    expect(isGroupOpen(large!, new Set(['NoProbe']))).toBe(true);
    expect(isGroupOpen(small, new Set())).toBe(true);
    expect(isGroupOpen(small, new Set(['Small']))).toBe(false);
  });
});
