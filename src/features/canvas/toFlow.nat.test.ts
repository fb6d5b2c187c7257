import { beforeAll, describe, expect, it } from 'vitest';
import { loadTranslations } from '../../i18n/catalog';
import { diagnostic, SOURCES } from '../../core/diagnostics/diagnostic';
import { preset } from '../../core/testing/presets';
import type { LbTopology } from '../../core/topology/schema';
import { natRule } from '../../core/testing/builders';
import { arrange } from './layout';
import { asV2, flowInput as input } from './flowInput.testing';
import { createFlowMapper, type ElementNode } from './toFlow';

// The Japanese catalogs load on demand, as in the app when the user picks Japanese.
beforeAll(() => loadTranslations('ja'));

const nat = natRule('rdp1', { frontend: 'FIP1', floatingIp: true, target: { vm: 'VM2', ip: '10.0.0.5' } });
const t: LbTopology = { ...preset('type2-floating-ip'), inboundNatRules: [nat] };

describe('toFlow with inbound NAT rules', () => {
  it('makes a node per NAT rule and wires frontend → NAT rule → VM', () => {
    const { nodes, edges } = createFlowMapper()(input(t));
    const node = nodes.find((n) => n.id === 'lb/natRule:rdp1')!;
    expect(node.type).toBe('natRule');
    expect(node.data).toMatchObject({ kind: 'natRule', element: nat });
    expect(node.ariaLabel).toBe('Inbound NAT rule rdp1, TCP 50001 → 3389, floating IP on');
    expect(edges.map((e) => e.id)).toEqual(expect.arrayContaining(['lb/frontend:FIP1->lb/natRule:rdp1', 'lb/natRule:rdp1->vm:VM2']));
    expect(edges.find((e) => e.id === 'lb/natRule:rdp1->vm:VM2')!.ariaLabel).toBe('Wire from inbound NAT rule rdp1 to VM VM2');
  });

  it('draws no NAT wire for an unconnected NAT rule, and none at all without inboundNatRules', () => {
    const loose = { ...t, inboundNatRules: [{ ...nat, frontend: '', target: undefined }] };
    expect(createFlowMapper()(input(loose)).edges.filter((e) => e.id.includes('natRule'))).toEqual([]);
    expect(createFlowMapper()(input(preset('type2-floating-ip'))).nodes.some((n) => n.type === 'natRule')).toBe(false);
  });

  it('puts NAT rules in the rules column', () => {
    const at = arrange(asV2(t));
    expect(at['lb/natRule:rdp1']!.x).toBe(at['lb/rule:rule1']!.x);
    expect(at['lb/natRule:rdp1']!.y).not.toBe(at['lb/rule:rule1']!.y);
  });

  it('counts diagnostics that point at a NAT rule on its node, in the chosen language', () => {
    // A made-up finding: only its refs matter here, not which check raised it.
    const d = diagnostic(
      'error',
      'DuplicateName',
      [{ kind: 'natRule', name: 'rdp1' }],
      { key: 'validation.DuplicateName', params: { count: 2, kinds: 'NAT', name: 'rdp1' } },
      SOURCES.floatplan,
    );
    const node = createFlowMapper('ja')(input(t, { diagnostics: [d] })).nodes.find((n) => n.id === 'lb/natRule:rdp1') as ElementNode;
    expect(node.data.status.errors).toBe(1);
    expect(node.ariaLabel).toMatch(/^受信 NAT 規則 rdp1、TCP 50001 → 3389、フローティング IP 有効、エラー 1 件$/);
  });
});
