// `import x.bicep --lb …` (issue 16): a symbolic name picks the load balancer, an unknown name exits 2 listing them.
import { describe, expect, it } from 'vitest';
import { runCliAsync, importedLb } from './runCli.testing';

const FILE = 'src/core/import/arm/fixtures/gateway-chain.bicep';

describe('floatplan import <bicep> --lb', () => {
  it('takes the symbolic name of the resource', async () => {
    const r = await runCliAsync(['import', FILE, '--lb', 'appLb']);
    expect(r.code).toBe(0);
    expect(importedLb(r.out).loadBalancer.name).toBe('app-lb');
    expect(r.err).toContain('the file has 3 load balancers (nva-gwlb, app-lb, cr-lb); imported app-lb');
  });

  it('exits 2 for an unknown name and lists the load balancers there are', async () => {
    const r = await runCliAsync(['import', FILE, '--lb', 'nope']);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toContain('There is no load balancer "nope" in this file; it has "nva-gwlb", "app-lb", "cr-lb".');
  });
});
