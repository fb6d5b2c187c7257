import { describe, expect, it } from 'vitest';
import type { ImportOutcome, ImportSuccess } from '../types';
import { importBicep } from './importBicep';
import { messageOf } from '../../diagnostics/diagnostic';
import { errorOf } from '../text';
import { withEnglish } from '../withEnglish.testing';
import { lbView } from '../../topology/design';

function success(r: ImportOutcome): ImportSuccess {
  if (!r.ok) throw new Error(`import failed: ${errorOf(r)}`);
  return r;
}

// A module call as the AVM README shows it: frontends, pools, rules and probes referring to each other by name.
const REGISTRY_CALL = `
param lbName string = 'lb-web'

var rules = [
  {
    name: 'https'
    frontendIPConfigurationName: 'fe'
    backendAddressPoolName: 'pool'
    probeName: 'p443'
    frontendPort: 443
    backendPort: 8443
  }
]

module lb 'br/public:avm/res/network/load-balancer:0.4.2' = {
  name: 'lb-deploy'
  params: {
    name: lbName
    frontendIPConfigurations: [
      {
        name: 'fe'
        subnetResourceId: '/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/v/subnets/sn'
        privateIPAddress: '10.0.0.10'
      }
    ]
    backendAddressPools: [
      {
        name: 'pool'
      }
    ]
    loadBalancingRules: rules
    probes: [
      {
        name: 'p443'
        port: 8443
      }
    ]
  }
}
`;

describe('AVM load-balancer module calls', () => {
  it('reads a registry module call, following a var, with the module defaults for what is not written', async () => {
    const r = success(await importBicep(REGISTRY_CALL));
    expect(lbView(r.topology).loadBalancer).toEqual({ name: 'lb-web', sku: 'Standard', type: 'Internal' });
    expect(lbView(r.topology).frontends).toEqual([{ name: 'fe', ip: '10.0.0.10' }]);
    // The module's defaults (its main.bicep): protocol Tcp, floating IP off, TCP reset off, idle 4, Default,
    // and disableOutboundSnat true, which differs from Azure's own default (false).
    expect(lbView(r.topology).rules).toEqual([
      {
        name: 'https',
        frontend: 'fe',
        backendPool: 'pool',
        probe: 'p443',
        protocol: 'Tcp',
        frontendPort: 443,
        backendPort: 8443,
        floatingIp: false,
        enableTcpReset: false,
        idleTimeoutMinutes: 4,
        loadDistribution: 'Default',
        disableOutboundSnat: true,
      },
    ]);
    // Probe defaults: Tcp, every 5 seconds, threshold 1.
    expect(lbView(r.topology).probes).toEqual([{ name: 'p443', protocol: 'Tcp', port: 8443, intervalInSeconds: 5, probeThreshold: 1 }]);
    // A registry module is the AVM module by name: no note that its shape was guessed.
    expect(r.diagnostics.some((d) => messageOf(d).includes("because its parameters have that module's shape"))).toBe(false);
  });

  it('maps a diagnostic on a module value back to the parameter that holds it', async () => {
    const r = success(await importBicep(REGISTRY_CALL.replace('port: 8443\n', "port: 'eighty'\n")));
    const probePort = r.diagnostics.find((d) => messageOf(d).includes('eighty'));
    expect(probePort).toMatchObject({ code: 'ImportInvalid', path: 'lb.params.probes[0].port (line 35)' });
  });

  it('does not take a local module with resource-shaped rules for the AVM module', async () => {
    const text = `
module lb './lb.bicep' = {
  name: 'lb'
  params: {
    frontendIPConfigurations: []
    loadBalancingRules: [
      {
        name: 'r'
        properties: {
          frontendPort: 80
        }
      }
    ]
  }
}
`;
    const r = await importBicep(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(messageOf(r.diagnostics.find((d) => d.code === 'ImportIgnored')!)).toContain("The module 'lb' (./lb.bicep) is another file");
    expect(r.diagnostics.map((d) => d.code)).toContain('ImportNoLoadBalancer');
  });

  it('says when the module parameters are not written out in the file', async () => {
    const r = await importBicep(`
param rules array
module lb 'br/public:avm/res/network/load-balancer:0.4.2' = {
  name: 'lb'
  params: {
    name: 'lb'
    frontendIPConfigurations: [
      {
        name: 'fe'
        privateIPAddress: '10.0.0.4'
        subnetResourceId: 'x'
      }
    ]
    loadBalancingRules: rules
  }
}
`);
    expect(withEnglish(r.diagnostics)).toContainEqual(
      expect.objectContaining({
        severity: 'warning',
        code: 'ImportUnresolved',
        path: 'lb.params.loadBalancingRules (line 14)',
        message: expect.stringContaining('is not written out in this file (rules)'),
      }),
    );
  });
});

describe('AVM inbound NAT rules', () => {
  const withNat = (natRules: string) =>
    `param natPort int\n${REGISTRY_CALL}`.replace(
      '    loadBalancingRules: rules\n',
      `    loadBalancingRules: rules\n    inboundNatRules: [\n${natRules}    ]\n`,
    );

  it('applies the module defaults, keeps an unresolved port visible at its module key, and leaves a port-range rule out with why', async () => {
    const r = success(
      await importBicep(
        withNat(`      {
        name: 'rdp'
        frontendIPConfigurationName: 'fe'
        frontendPort: natPort
      }
      {
        name: 'range'
        frontendIPConfigurationName: 'fe'
        frontendPortRangeStart: 50000
        frontendPortRangeEnd: 50099
        backendAddressPoolName: 'pool'
        backendPort: 22
      }
`),
      ),
    );
    // backendPort defaults to frontendPort in the module, so both are the placeholder 0 here.
    expect(lbView(r.topology).inboundNatRules).toEqual([
      {
        name: 'rdp',
        frontend: 'fe',
        protocol: 'Tcp',
        frontendPort: 0,
        backendPort: 0,
        floatingIp: false,
        idleTimeoutMinutes: 4,
        enableTcpReset: false,
      },
    ]);
    const unresolved = r.diagnostics.filter((d) => d.code === 'ImportUnresolved' && messageOf(d).includes('inbound NAT rule "rdp"'));
    // frontendPort: natPort is line 37; the defaulted backendPort has no key of its own, so it points at the element (line 34).
    expect(unresolved.map((d) => [d.severity, d.path])).toEqual([
      ['warning', 'lb.params.inboundNatRules[0].frontendPort (line 37)'],
      ['warning', 'lb.params.inboundNatRules[0].backendPort (line 34)'],
    ]);
    expect(withEnglish(r.diagnostics)).toContainEqual(
      expect.objectContaining({
        severity: 'info',
        code: 'ImportIgnored',
        path: 'lb.params.inboundNatRules[1] (line 39)',
        message: expect.stringContaining('The inbound NAT rule "range" is a port-range (v2) NAT rule'),
      }),
    );
  });
});

describe('AVM paths', () => {
  it('points at the flat module key for a value the module nests under properties', async () => {
    const r = success(await importBicep(REGISTRY_CALL.replace("        privateIPAddress: '10.0.0.10'\n", '')));
    // Without privateIPAddress the frontend is Dynamic; the note names the module element, not ARM's nesting.
    const note = r.diagnostics.find((d) => d.code === 'ImportDefaultUsed' && messageOf(d).includes('"fe"'));
    expect(note?.path).toBe('lb.params.frontendIPConfigurations[0].privateIPAddress (line 20)');
  });

  it('keeps outbound rule settings with the module defaults, and takes numberOfProbes as the threshold', async () => {
    // The module's outboundRulesVar (avm/res/network/load-balancer/main.bicep): allocatedOutboundPorts 63984,
    // enableTcpReset true, idleTimeoutInMinutes 4; its probesVar: numberOfProbes 2 (older versions: no probeThreshold).
    const text = (frontend: string) => `
targetScope = 'subscription'
param loc string = deployment().location
module lb 'br/public:avm/res/network/load-balancer:0.1.0' = {
  name: 'd'
  params: {
    name: 'lb'
    location: loc
    frontendIPConfigurations: [
      {
        name: 'fe'
        ${frontend}: '/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/publicIPAddresses/pip'
      }
    ]
    backendAddressPools: [
      {
        name: 'pool'
      }
    ]
    probes: [
      {
        name: 'p1'
        numberOfProbes: 5
      }
      {
        name: 'p2'
      }
      {
        name: 'p3'
        probeThreshold: 3
      }
    ]
    outboundRules: [
      {
        name: 'out1'
        frontendIPConfigurationName: 'fe'
        backendAddressPoolName: 'pool'
        allocatedOutboundPorts: 1000
      }
      {
        name: 'out2'
        frontendIPConfigurationName: 'fe'
        backendAddressPoolName: 'pool'
        enableTcpReset: false
        idleTimeoutInMinutes: 10
      }
    ]
  }
}
`;
    const older = success(await importBicep(text('publicIPAddressId')));
    expect(lbView(older.topology).outboundRules).toEqual([
      {
        name: 'out1',
        frontends: ['fe'],
        backendPool: 'pool',
        protocol: 'All',
        allocatedOutboundPorts: 1000,
        idleTimeoutMinutes: 4,
        enableTcpReset: true,
      },
      {
        name: 'out2',
        frontends: ['fe'],
        backendPool: 'pool',
        protocol: 'All',
        allocatedOutboundPorts: 63984,
        idleTimeoutMinutes: 10,
        enableTcpReset: false,
      },
    ]);
    expect(lbView(older.topology).probes.map((p) => [p.name, p.probeThreshold])).toEqual([
      ['p1', 5],
      ['p2', 2],
      ['p3', 3],
    ]);
    // deployment().location feeds only the location, which the topology does not hold: nothing is said about it.
    expect(older.diagnostics.filter((d) => d.path?.startsWith('param loc'))).toEqual([]);
    // Newer versions (…ResourceId keys) also write probeThreshold: probe.?probeThreshold ?? 1, which Azure follows.
    const newer = success(await importBicep(text('publicIPAddressResourceId')));
    expect(lbView(newer.topology).probes.map((p) => [p.name, p.probeThreshold])).toEqual([
      ['p1', 1],
      ['p2', 1],
      ['p3', 3],
    ]);
  });
});
