import { describe, expect, it } from 'vitest';
import { exportTopology } from '../../export/export';
import { preset } from '../../testing/presets';
import { importArm } from './importArm';
import { withEnglish } from '../withEnglish.testing';
import { lbView } from '../../topology/design';

const exported = () => JSON.parse(exportTopology(preset('type2-floating-ip'), 'arm').text);

describe('Floatplan export metadata read back', () => {
  it('a broken floatplanVms list is said and left out; the load balancer still imports', async () => {
    const t = exported();
    t.metadata.floatplanVms = [{ name: 'VM1', os: 'plan9', nic: { name: 'eth0', ip: '10.0.0.4' } }];
    const r = await importArm(JSON.stringify(t));
    expect(r.ok && r.topology.vms).toEqual([]);
    expect(r.ok && lbView(r.topology).rules.length).toBe(2);
    expect(withEnglish(r.diagnostics)).toContainEqual(
      expect.objectContaining({
        severity: 'warning',
        code: 'ImportInvalid',
        path: 'metadata.floatplanVms',
        message: expect.stringMatching(/^metadata\.floatplanVms is not a valid list of VMs \(vms\[0\]\.os: /),
      }),
    );
    // Members naming VMs that are not there are said, not kept dangling.
    expect(withEnglish(r.diagnostics)).toContainEqual(
      expect.objectContaining({
        code: 'ImportInvalid',
        path: 'metadata.floatplanPoolMembers',
        message: expect.stringMatching(/lists "VM1" in the pool "pool", but there is no such VM/),
      }),
    );
  });
  it('is only read from templates Floatplan generated', async () => {
    const t = exported();
    t.metadata.generator = 'someone else';
    const r = await importArm(JSON.stringify(t));
    expect(r.ok && r.topology.vms).toEqual([]);
    // The public addresses are then Azure's to assign: documentation addresses.
    expect(r.ok && lbView(r.topology).frontends.map((f) => f.ip)).toEqual(['203.0.113.10', '203.0.113.11']);
  });
});
