// Bicep export → Bicep import keeps the VMs, the pool members and the NAT rule targets, as the ARM and Terraform
// round trips do (issue 16): the export writes them as file metadata, which the import reads back.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportTopology } from '../../export/export';
import { loadTopology } from '../../topology/load';
import type { LbTopology } from '../../topology/schema';
import { imported as ok } from '../imported.testing';
import { importArm } from '../arm/importArm';
import { importBicep } from './importBicep';
import { lbView } from '../../topology/design';

const EXAMPLES = new URL('../../../../public/examples/', import.meta.url);
const presets = readdirSync(EXAMPLES)
  .filter((f) => f.endsWith('.json'))
  .sort();

function preset(file: string): LbTopology {
  const r = loadTopology(readFileSync(new URL(file, EXAMPLES), 'utf8'));
  if (!r.ok) throw new Error(`${file} does not load`);
  return lbView(r.topology);
}

describe('Bicep export → import keeps the VMs and pool members', () => {
  it.each(presets)('%s: the same VMs, pools and NAT rules as the ARM round trip', async (file) => {
    const t = preset(file);
    const fromBicep = lbView(ok(await importBicep(exportTopology(t, 'bicep').text)).topology);
    const fromArm = lbView(ok(await importArm(exportTopology(t, 'arm').text)).topology);
    expect(fromBicep.vms).toEqual(fromArm.vms);
    expect(fromBicep.backendPools).toEqual(fromArm.backendPools);
    expect(fromBicep.inboundNatRules).toEqual(fromArm.inboundNatRules);
    expect(fromBicep.frontends).toEqual(fromArm.frontends);
    expect(fromBicep.name).toBe(fromArm.name);
    expect(fromBicep.description).toBe(fromArm.description);
  });

  it('gives back the VMs and members of the floating IP example exactly', async () => {
    const t = preset('type2-floating-ip.json');
    const back = lbView(ok(await importBicep(exportTopology(t, 'bicep').text)).topology);
    expect(back.vms).toEqual(t.vms);
    expect(back.backendPools.map((p) => [p.name, p.members])).toEqual(t.backendPools.map((p) => [p.name, p.members]));
    expect(back.frontends).toEqual(t.frontends);
  });

  it('keeps names Bicep must quote and escape', async () => {
    const t = preset('type2-floating-ip.json');
    const odd = "VM 'one' ${x} \\";
    const renamed: LbTopology = {
      ...t,
      vms: t.vms.map((v, i) => (i === 0 ? { ...v, name: odd } : v)),
      backendPools: t.backendPools.map((p) => ({ ...p, members: p.members.map((m) => (m === t.vms[0]!.name ? odd : m)) })),
    };
    const back = lbView(ok(await importBicep(exportTopology(renamed, 'bicep').text)).topology);
    expect(back.vms[0]!.name).toBe(odd);
    expect(back.backendPools[0]!.members).toContain(odd);
  });
});
