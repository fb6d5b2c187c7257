// A value the import marked as a placeholder is reported once, as PlaceholderValue: the checks of that value (a port's
// range, a reference's target) do not report the stand-in as a mistake as well.
import { describe, expect, it } from 'vitest';
import { natRule, rule, topology, withCode } from '../testing/builders';
import type { Placeholder } from '../topology/schema';

const mark = (field: string): Placeholder[] => [{ field, reason: 'unresolved', source: 'local.x' }];

describe('marked placeholders and the checks of their values', () => {
  it('an unresolved probe port 0 is a PlaceholderValue warning, not PortOutOfRange', () => {
    const t = topology({ probes: [{ name: 'p80', protocol: 'Tcp', port: 0, placeholders: mark('port') }] });
    expect(withCode(t, 'PortOutOfRange')).toEqual([]);
    expect(withCode(t, 'PlaceholderValue')).toHaveLength(1);
  });

  it('an unmarked probe port 0 is still PortOutOfRange', () => {
    expect(withCode(topology({ probes: [{ name: 'p80', protocol: 'Tcp', port: 0 }] }), 'PortOutOfRange')).toHaveLength(1);
  });

  it('a NAT rule port 0 that is marked is not PortOutOfRange', () => {
    const nat = natRule('n1', { frontendPort: 0, placeholders: mark('frontendPort') });
    expect(withCode(topology({ inboundNatRules: [nat] }), 'PortOutOfRange')).toEqual([]);
  });

  it('a marked frontend, pool or probe reference is a PlaceholderValue warning, not UnknownReference', () => {
    const r = rule('r1', {
      frontend: '<fe.value>',
      backendPool: '<pool.value>',
      probe: '<azurerm_lb_probe.p[1].id>',
      placeholders: [...mark('frontend'), ...mark('backendPool'), ...mark('probe')],
    });
    const t = topology({ rules: [r] });
    expect(withCode(t, 'UnknownReference')).toEqual([]);
    expect(withCode(t, 'PlaceholderValue')).toHaveLength(3);
  });

  it('an unmarked reference to nothing is still UnknownReference', () => {
    expect(withCode(topology({ rules: [rule('r1', { probe: 'nope' })] }), 'UnknownReference')).toHaveLength(1);
  });

  it('a marked frontend port is no FrontendPortConflict with the rules beside it', () => {
    const unknown = rule('r1', { frontendPort: 0, placeholders: mark('frontendPort') });
    const t = topology({ rules: [unknown, rule('r2', { frontendPort: 443, backendPort: 443 })] });
    expect(withCode(t, 'FrontendPortConflict')).toEqual([]);
    const nat = natRule('n1', { frontendPort: 0, placeholders: mark('frontendPort') });
    expect(withCode(topology({ inboundNatRules: [nat] }), 'FrontendPortConflict')).toEqual([]);
  });

  it('the same rules unmarked still collide', () => {
    const t = topology({
      rules: [rule('r1', { frontendPort: 443, backendPort: 8443 }), rule('r2', { frontendPort: 443, backendPort: 443 })],
    });
    expect(withCode(t, 'FrontendPortConflict')).toHaveLength(1);
  });

  it('a marked backend port is no backend collision', () => {
    const marked = rule('r1', { frontendPort: 8080, backendPort: 80, placeholders: mark('backendPort') });
    const t = topology({ rules: [marked, rule('r2', { frontendPort: 80, backendPort: 80 })] });
    expect(withCode(t, 'RulesUseSameBackendPortProtocolAndPool')).toEqual([]);
    const plain = rule('r1', { frontendPort: 8080, backendPort: 80 });
    expect(
      withCode(topology({ rules: [plain, rule('r2', { frontendPort: 80, backendPort: 80 })] }), 'RulesUseSameBackendPortProtocolAndPool'),
    ).toHaveLength(1);
  });
});
