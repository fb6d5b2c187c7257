import { describe, expect, it } from 'vitest';
import { importArm } from './importArm';
import { withEnglish } from '../withEnglish.testing';
import { lbView } from '../../topology/design';

const rule = (name: string, port: number) => ({
  name,
  properties: { protocol: 'Tcp', frontendPort: port, backendPort: port, enableFloatingIP: true },
});
const template = (extra: object) =>
  JSON.stringify({ $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#', resources: [], ...extra });

describe('template fragments (no load balancer resource)', () => {
  it('finds rule-shaped arrays in variables when no output is named loadBalancingRules', async () => {
    const r = await importArm(template({ variables: { myRules: [rule('a', 1433), rule('b', 5022)], other: [{ name: 'x' }] } }));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(lbView(r.topology).rules.map((x) => [x.name, x.frontendPort, x.floatingIp, x.frontend, x.backendPool])).toEqual([
      ['a', 1433, true, '', ''],
      ['b', 5022, true, '', ''],
    ]);
    // No frontend or pool anywhere: the rules stay unconnected, each said.
    expect(r.diagnostics.filter((d) => d.code === 'ImportInvalid').map((d) => d.path)).toEqual([
      'variables.myRules[0].properties.frontendIPConfiguration',
      'variables.myRules[0].properties.backendAddressPool',
      'variables.myRules[1].properties.frontendIPConfiguration',
      'variables.myRules[1].properties.backendAddressPool',
    ]);
    expect(withEnglish(r.diagnostics[0])).toMatchObject({
      severity: 'info',
      code: 'ImportDefaultUsed',
      message: expect.stringMatching(/fragment whose caller builds the load balancer from variables\.myRules/),
    });
  });

  it('a template with neither a load balancer nor rules fails, saying so', async () => {
    const r = await importArm(template({ variables: { x: 1 }, outputs: { y: { type: 'int', value: 2 } } }));
    expect(withEnglish(r)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/no Microsoft\.Network\/loadBalancers resource and no load-balancing rules in its outputs or variables/),
    });
  });
});
