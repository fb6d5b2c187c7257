// Who holds each pool's frontend IP in the real definitions (the shared azure-real fixtures).
import { describe, expect, it } from 'vitest';
import { readAzureFixture } from '../testing/fixtures';
import { skipWithout } from '../testing/prerequisites';
import type { LbTopology } from '../topology/schema';
import { importArm } from './arm/importArm';
import { importBicep } from './bicep/importBicep';
import { importTerraform } from './terraform/importTerraform';
import type { ImportOutcome, ImportSuccess } from './types';
import { messageOf } from '../diagnostics/diagnostic';
import { errorOf } from './text';
import { lbView } from '../topology/design';

const ok = (r: ImportOutcome): ImportSuccess => {
  if (!r.ok) throw new Error(errorOf(r));
  return r;
};
const holders = (t: LbTopology) => t.backendPools.map((p) => p.frontendIpHolder);
const holderNotes = (r: ImportSuccess) => r.diagnostics.filter((d) => d.text.key.startsWith('import.holder.'));

describe.skipIf(skipWithout('fixtures'))('holders from the azure-real fixtures', () => {
  it('sql-alwayson-setupLBs.json: Tcp 1433 with probe 59999 is the SQL listener, held by WSFC', async () => {
    const r = ok(await importArm(readAzureFixture('sql-alwayson-setupLBs.json')));
    expect(holders(lbView(r.topology))).toEqual(['cluster-windows']);
    expect(holderNotes(r).map((d) => messageOf(d))).toEqual([
      expect.stringContaining('rule "SQLAlwaysOnEndPointListener" balances SQL Server\'s port 1433 with its own probe port 59999'),
    ]);
  });

  it.each([
    ['sap-2tier-lb-DB-HANA.json', 62504],
    ['sap-2tier-lb-ERS-Linux.json', 62102],
    ['sap-multisid-lb-SCS.json', 62000],
  ])('%s: the SAP probe port %i makes a Pacemaker cluster', async (file, port) => {
    const r = ok(await importArm(readAzureFixture(file)));
    expect(holders(lbView(r.topology))).toEqual(['cluster-pacemaker']);
    expect(messageOf(holderNotes(r)[0]!)).toContain(`probe port ${port} is an SAP cluster probe port`);
    expect(holderNotes(r)[0]!.severity).toBe('info');
  });

  it('sap-multisid-lb-SCS.json with osType Windows: the same probe port is a WSFC cluster', async () => {
    const r = ok(await importArm(readAzureFixture('sap-multisid-lb-SCS.json'), { params: { osType: 'Windows', stackType: 'ABAP' } }));
    expect(holders(lbView(r.topology))).toEqual(['cluster-windows']);
  });

  it('haports-ilb: its NIC does not forward, so the pool keeps the default, with an info saying what would make it an appliance', async () => {
    const r = ok(await importArm(readAzureFixture('haports-ilb-azuredeploy.json')));
    expect(holders(lbView(r.topology))).toEqual([undefined]);
    expect(holderNotes(r).map((d) => d.text.key)).toEqual(['import.holder.haPortsNoForwarding']);
    const b = ok(await importBicep(readAzureFixture('haports-ilb-main.bicep')));
    expect(holders(lbView(b.topology))).toEqual([undefined]);
  });

  it('tf-sql-vm-lb.tf: the listener without floating IP is still WSFC, so validation can warn about floating IP', async () => {
    const r = ok(await importTerraform(readAzureFixture('tf-sql-vm-lb.tf')));
    expect(holders(lbView(r.topology))).toEqual(['cluster-windows']);
  });

  it('lb-standard-public and the REST example: plain web pools stay every-member, with no note', async () => {
    for (const file of ['lb-standard-public-azuredeploy.json', 'rest-lb-get-example.json']) {
      const r = ok(await importArm(readAzureFixture(file)));
      expect(holders(lbView(r.topology)).every((h) => h === undefined)).toBe(true);
      expect(holderNotes(r)).toEqual([]);
    }
  });
});
