// Issue 16 end to end: the SQL listener template imported without parameter values must not turn its placeholders
// into real-looking data: marked, warned about, refused by the guest OS scripts, asked for by the exports, exit 1.
import { describe, expect, it } from 'vitest';
import { messageOf } from '../core/diagnostics/diagnostic';
import { exportTopology } from '../core/export/export';
import { importDefinition } from '../core/import/importDefinition';
import { generateScript } from '../core/scripts/generate';
import { readAzureFixture } from '../core/testing/fixtures';
import { skipWithout } from '../core/testing/prerequisites';
import type { LbTopology } from '../core/topology/schema';
import { validate } from '../core/validation/analyze';
import { runCli, runCliAsync, importedLb } from './runCli.testing';
import { lbView } from '../core/topology/design';

/** The imported plan with the two SQL VMs an operator adds to the pool, as every-member so the Ubuntu flavour applies. */
async function sqlImported(): Promise<LbTopology> {
  const r = await importDefinition(readAzureFixture('sql-alwayson-setupLBs.json'));
  if (!r.ok) throw new Error('the SQL template did not import');
  const { frontendIpHolder: _cluster, ...pool } = lbView(r.topology).backendPools[0]!;
  return {
    ...lbView(r.topology),
    backendPools: [{ ...pool, members: ['sql1', 'sql2'] }],
    vms: [
      { name: 'sql1', os: 'ubuntu', nic: { name: 'eth0', ip: '10.0.0.4' } },
      { name: 'sql2', os: 'ubuntu', nic: { name: 'eth0', ip: '10.0.0.5' } },
    ],
  };
}

describe.skipIf(skipWithout('fixtures'))('the SQL listener template imported without parameters', () => {
  it('marks the frontend: its name and its address are placeholders with their template source', async () => {
    const fe = (await sqlImported()).frontends[0]!;
    expect(fe).toMatchObject({ name: '<sqlLBFE>', ip: '198.51.100.10' });
    expect(fe.placeholders).toEqual([
      { field: 'name', reason: 'unresolved', source: "[parameters('sqlLBFE')]" },
      { field: 'ip', reason: 'unresolved', source: "[parameters('sqlLBIPAddress')]" },
    ]);
  });

  it('Diagnostics has lasting PlaceholderValue warnings, not 0 warnings', async () => {
    const found = validate(await sqlImported()).filter((d) => d.code === 'PlaceholderValue');
    expect(found.length).toBeGreaterThanOrEqual(4); // the frontend's name and address, the pool's and the probe's names
    expect(found.map((d) => messageOf(d))).toContainEqual(expect.stringContaining('The ip of the frontend "<sqlLBFE>" is a placeholder'));
  });

  it('the Ubuntu script refuses to put the placeholder on lo', async () => {
    const r = generateScript(await sqlImported(), 'sql1', { flavor: 'ubuntu' });
    expect(r.text).toBe('');
    expect(r.diagnostics.map((d) => d.code)).toEqual(['PlaceholderInScript']);
    expect(messageOf(r.diagnostics[0]!)).toContain("198.51.100.10 = <sqlLBFE>.ip ← [parameters('sqlLBIPAddress')]");
  });

  it('the ARM export writes a required parameter instead of the address', async () => {
    const arm = JSON.parse(exportTopology(await sqlImported(), 'arm').text);
    const fe = arm.resources[0].properties.frontendIPConfigurations[0].properties;
    expect(fe.privateIPAddress).toBe("[parameters('frontendIp__sqlLBFE_')]");
    expect(arm.parameters.frontendIp__sqlLBFE_.defaultValue).toBeUndefined();
  });

  it('the CLI: import keeps the markers, script and export exit 1', async () => {
    const imported = await runCliAsync(['import', 'sql.json'], { 'sql.json': readAzureFixture('sql-alwayson-setupLBs.json') });
    expect(importedLb(imported.out).frontends[0]!.placeholders).toHaveLength(2);
    const plan = JSON.stringify(await sqlImported());
    const script = runCli(['script', 'plan.json', '--vm', 'sql1', '--flavor', 'ubuntu'], { 'plan.json': plan });
    expect(script.code).toBe(1);
    expect(script.out).toBe('');
    expect(script.err).toMatch(/error PlaceholderInScript: No script for the VM "sql1"/);
    const exported = runCli(['export', 'plan.json', '--format', 'bicep'], { 'plan.json': plan });
    expect(exported.code).toBe(1);
    expect(exported.out).toMatch(/^param frontendIp__sqlLBFE_ string$/m);
    expect(exported.err).toMatch(/warning ExportPlaceholderInput: /);
  });
});
