import { describe, expect, it } from 'vitest';
import { FRONTEND, POOL, PROBE } from './ids';
import { nameHints } from './nameHint';
import { unresolved } from './resolved';

const hint = nameHints({
  variables: { fe: 'LoadBalancerFrontEnd', lbName: { unresolved: true } },
  parameters: { probe: 'p1', missing: unresolved('no value') },
});
const u = (expression: string) => unresolved('the load balancer name is unknown', expression, 'x');

describe('nameHints', () => {
  it('reads the child name of resourceId(type, lb, name) whatever the casing of the type', () => {
    expect(
      hint(u("[resourceId('Microsoft.Network/loadBalancers/frontendIpConfigurations', variables('lbName'), variables('fe'))]"), FRONTEND),
    ).toBe('LoadBalancerFrontEnd');
    expect(hint(u("[resourceId('Microsoft.Network/loadBalancers/probes', parameters('lb'), parameters('probe'))]"), PROBE)).toBe('p1');
    expect(hint(u("[resourceId('rg', 'Microsoft.Network/loadBalancers/backendAddressPools', parameters('lb'), 'pool')]"), POOL)).toBe(
      'pool',
    );
  });
  it("reads the SAP form concat(resourceId(lb), '/frontendIpConfigurations/', name)", () => {
    expect(
      hint(
        u("[concat(resourceId('Microsoft.Network/loadBalancers', parameters('lb')), '/frontendIpConfigurations/', variables('fe'))]"),
        FRONTEND,
      ),
    ).toBe('LoadBalancerFrontEnd');
  });
  it('gives nothing for another child type, an unknown name or an opaque parameter', () => {
    expect(hint(u("[resourceId('Microsoft.Network/loadBalancers/probes', parameters('lb'), 'p')]"), FRONTEND)).toBeUndefined();
    expect(
      hint(u("[resourceId('Microsoft.Network/loadBalancers/probes', parameters('lb'), parameters('missing'))]"), PROBE),
    ).toBeUndefined();
    expect(hint(u("[parameters('sqllbFEConfigID')]"), FRONTEND)).toBeUndefined();
    expect(hint(u("[resourceId('Microsoft.Network/loadBalancers', parameters('lb'))]"), FRONTEND)).toBeUndefined();
  });
});
