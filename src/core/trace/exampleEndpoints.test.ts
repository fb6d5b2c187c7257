import { describe, expect, it } from 'vitest';
import { rule, topology, vm } from '../testing/builders';
import { defaultClient, exampleAddress, ownAddresses, traceExamples } from './exampleEndpoints';
import { traceFlow } from './trace';

// The SQL listener template imported without parameters: its internal frontend gets 198.51.100.10, the trace's old
// fixed client, so the trace showed a client sending to itself.
const placeholderFrontend = topology({
  loadBalancer: { name: 'lb', sku: 'Standard', type: 'Internal' },
  frontends: [{ name: '<sqlLBFE>', ip: '198.51.100.10' }],
  rules: [rule('r1', { frontend: '<sqlLBFE>', floatingIp: true })],
  vms: [vm('VM1', '198.51.100.11'), vm('VM2', '10.0.0.5', { nic: { name: 'eth0', ip: '10.0.0.5', secondaryIps: ['198.51.100.12'] } })],
});

describe('the trace example endpoints', () => {
  it('keeps 198.51.100.10:50000 when the topology does not use it', () => {
    expect(defaultClient(topology(), 4)).toBe('198.51.100.10:50000');
    expect(defaultClient(topology(), 6)).toBe('[2001:db8::10]:50000');
  });

  it('skips every address of the topology: frontends, NIC and secondary IPs', () => {
    expect([...ownAddresses(placeholderFrontend)].sort()).toEqual(['10.0.0.5', '198.51.100.10', '198.51.100.11', '198.51.100.12']);
    expect(defaultClient(placeholderFrontend, 4)).toBe('198.51.100.13:50000');
  });

  it('compares canonical IPv6 forms and moves on to the next free address', () => {
    const own = ownAddresses(topology({ frontends: [{ name: 'FE1', ip: '2001:DB8:0::10' }], rules: [] }));
    expect(exampleAddress(own, 6, '2001:db8::10')).toBe('2001:db8::11');
  });

  it('skips pool members given by IP configuration and the appliance destination too', () => {
    const t = topology({
      backendPools: [{ name: 'pool', members: [{ vm: 'VM1', ip: '198.51.100.80' }, 'VM2'] }],
      vms: [vm('VM1', '10.0.0.4', { nic: { name: 'eth0', ip: '10.0.0.4', secondaryIps: ['198.51.100.80'] } }), vm('VM2', '10.0.0.5')],
    });
    expect(traceExamples(t, 4)).toEqual({ client: '198.51.100.10:50000', destinationIp: '198.51.100.81' });
  });

  it('traceFlow uses the free example client, so the client is never the frontend it sends to', () => {
    const r = traceFlow(placeholderFrontend, { rule: 'r1', vm: 'VM2' });
    if (!r.ok) throw new Error(r.error);
    expect(r.trace.hops[0]).toMatchObject({ src: '198.51.100.13:50000', dst: '198.51.100.10:80' });
    expect(r.trace.warnings).toEqual([]);
  });
});
