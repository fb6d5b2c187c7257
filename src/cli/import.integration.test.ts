import { describe, expect, it } from 'vitest';
import { readAzureFixture } from '../core/testing/fixtures';
import { skipWithout } from '../core/testing/prerequisites';
import { runCliAsync as run, importedLb } from './runCli.testing';

describe.skipIf(skipWithout('fixtures'))('floatplan import on the azure-real fixtures', () => {
  it('prints one line per diagnostic: severity, code, path, message', async () => {
    const r = await run(['import', 'sql.json'], { 'sql.json': readAzureFixture('sql-alwayson-setupLBs.json') });
    expect(r.code).toBe(0);
    expect(r.err.split('\n')).toContainEqual(
      expect.stringMatching(
        /^floatplan: info ImportDefaultUsed resources\[0\]\.properties\.loadBalancingRules\[0\]\.properties\.frontendIPConfiguration\.id: The frontend of the rule "SQLAlwaysOnEndPointListener" cannot be read/,
      ),
    );
    expect(importedLb(r.out).rules[0]).toMatchObject({ frontendPort: 1433, floatingIp: true, probe: '<SQLAOProbe>' });
  });

  it('--param and --parameters give template parameters; errors exit 1 with the topology still printed', async () => {
    const ers = readAzureFixture('sap-2tier-lb-ERS-Linux.json');
    const missing = await run(['import', 'ers.json'], { 'ers.json': ers });
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/^floatplan: error ImportUnresolved outputs\.loadBalancingRules\.value: /m);
    expect(importedLb(missing.out).rules).toEqual([]);
    const given = await run(['import', 'ers.json', '--param', 'stackType=ABAP', '--param', 'ersASCSInstanceNumber=5'], { 'ers.json': ers });
    expect(given.code).toBe(0);
    expect(importedLb(given.out).rules.map((x: { frontendPort: number }) => x.frontendPort)).toEqual([3305, 50513, 50514, 50516]);
    const file = JSON.stringify({
      $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#',
      parameters: { stackType: { value: 'JAVA' } },
    });
    const viaFile = await run(['import', 'ers.json', '--parameters', 'p.json'], { 'ers.json': ers, 'p.json': file });
    expect(importedLb(viaFile.out).rules.map((x: { frontendPort: number }) => x.frontendPort)).toEqual([3303, 50313, 50314, 50316]);
  });
});
