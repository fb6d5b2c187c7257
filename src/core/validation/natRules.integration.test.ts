import { describe, expect, it } from 'vitest';
import { importBicep } from '../import/bicep/importBicep';
import { readAzureFixture } from '../testing/fixtures';
import { skipWithout } from '../testing/prerequisites';
import { lbView } from '../topology/design';
import { analyze } from './analyze';
import { errorOf } from '../import/text';

describe.skipIf(skipWithout('fixtures'))('inbound NAT rules beside HA ports: the AVM internal load balancer test', () => {
  it('its HA-ports rule and NAT rules 443 and 3389 on one frontend raise no FrontendPortConflict', async () => {
    const r = await importBicep(readAzureFixture('avm-internal-main.test.bicep'));
    if (!r.ok) throw new Error(errorOf(r));
    const t = lbView(r.topology, 0);
    expect(t.rules.map((x) => [x.name, x.frontend, x.protocol, x.frontendPort])).toEqual([
      ['privateIPLBRule1', 'privateIPConfig1', 'All', 0],
    ]);
    expect(t.inboundNatRules!.map((x) => [x.name, x.frontend, x.frontendPort])).toEqual([
      ['inboundNatRule1', 'privateIPConfig1', 443],
      ['inboundNatRule2', 'privateIPConfig1', 3389],
    ]);
    const { diagnostics } = analyze(t);
    expect(diagnostics.filter((d) => d.code === 'FrontendPortConflict')).toEqual([]);
    // The only findings about the NAT rules: the file connects them to no VM (a warning: Azure deploys it).
    const nat = diagnostics.filter((d) => d.refs.some((x) => x.kind === 'natRule'));
    expect(nat.map((d) => `${d.code} ${d.elements.join(',')}`)).toEqual([
      'NatRuleWithoutTarget inboundNatRule1',
      'NatRuleWithoutTarget inboundNatRule2',
    ]);
  });
});
