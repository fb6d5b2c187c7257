// The loader's messages name the exact place in a v2 file: the load balancer by its position, then the element.
import { describe, expect, it } from 'vitest';
import { topology } from '../testing/builders';
import { migrateV1 } from './design';
import { formatLoadErrors, loadTopology } from './load';

/** A v2 document with two load balancers (the second an internal copy of the first), as plain JSON to break. */
function doc() {
  const t = migrateV1(topology());
  const second = { ...t.loadBalancers[0]!, name: 'ilb', type: 'Internal' as const };
  return JSON.parse(JSON.stringify({ ...t, loadBalancers: [t.loadBalancers[0], second] }));
}

const messages = (input: unknown): string[] => {
  const r = loadTopology(input);
  return r.ok ? [] : formatLoadErrors(r.errors).split('\n');
};

describe('loader messages for format v2', () => {
  it('names the load balancer and the element: loadBalancers[1].frontends[0].ip', () => {
    const d = doc();
    d.loadBalancers[1].frontends[0].ip = 7;
    expect(messages(d)).toEqual(['loadBalancers[1].frontends[0].ip: expected an IP address, got 7']);
  });

  it('checks the fields v2 added, each at its path', () => {
    const d = doc();
    d.loadBalancers[0].tier = 'Planet';
    d.loadBalancers[0].frontends[0].gatewayLoadBalancer = { loadBalancer: 'gw' };
    d.loadBalancers[1].backendPools[0].regionalFrontends = [{ loadBalancer: 'west', frontend: '' }];
    d.vms[1].nic.gatewayLoadBalancer = { loadBalancer: 'gw', frontend: 'nva', port: 1 };
    expect(messages(d)).toEqual([
      'loadBalancers[0].tier: expected "Regional" or "Global", got "Planet"',
      'loadBalancers[0].frontends[0].gatewayLoadBalancer.frontend: missing; this field is required',
      'loadBalancers[1].backendPools[0].regionalFrontends[0].frontend: expected a non-empty name, got ""',
      'vms[1].nic.gatewayLoadBalancer.port: unknown field; remove it or check its spelling',
    ]);
  });

  it('refuses two load balancers of one name, naming both, and loads them once renamed', () => {
    const d = doc();
    d.loadBalancers.push({ ...d.loadBalancers[1], name: d.loadBalancers[0].name });
    expect(messages(d)).toEqual([
      `loadBalancers[2].name: "${d.loadBalancers[0].name}" is already the name of loadBalancers[0]; every load balancer of a design needs a name of its own. Rename one of them.`,
    ]);
    d.loadBalancers[2].name = 'ilb2';
    expect(loadTopology(d).ok).toBe(true);
  });

  it('refuses a topology without a load balancer, and a v1 field in a v2 file, by name', () => {
    const d = doc();
    expect(messages({ ...d, loadBalancers: [] })[0]).toMatch(/^loadBalancers: /);
    const { loadBalancers: _gone, ...none } = d;
    expect(messages(none)[0]).toBe('loadBalancers: missing; this field is required');
    expect(messages({ ...d, rules: [] })).toEqual(['rules: unknown field; remove it or check its spelling']);
  });

  it('a v1 file keeps its v1 paths', () => {
    const v1 = JSON.parse(JSON.stringify(topology()));
    v1.frontends[0].ip = 7;
    expect(messages(v1)).toEqual(['frontends[0].ip: expected an IP address, got 7']);
  });
});
