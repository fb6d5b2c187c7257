import { describe, expect, it } from 'vitest';
import { rule, topology, vm } from '../testing/builders';
import type { LbTopology } from '../topology/schema';
import { removeElement, renameElement, renameProbe, updateElement, upsertProbe } from './elements';
import { acceptPlaceholder } from './placeholders';

const ipMarker = { field: 'ip', reason: 'unresolved', source: "[parameters('ip')]" } as const;
const nameMarker = { field: 'name', reason: 'unresolved', source: "[parameters('fe')]" } as const;
const marked: LbTopology = topology({
  frontends: [{ name: '<fe>', ip: '198.51.100.10', placeholders: [nameMarker, ipMarker] }],
  rules: [rule('r1', { frontend: '<fe>', placeholders: [{ field: 'frontendPort', reason: 'unresolved', source: 'p' }] })],
  probes: [{ name: 'p80', protocol: 'Tcp', port: 0, placeholders: [{ field: 'port', reason: 'missing', source: 'probes[0]' }] }],
  vms: [
    vm('VM1', '192.0.2.10', {
      nic: { name: 'eth0', ip: '192.0.2.10', secondaryIps: ['192.0.2.11'] },
      placeholders: [
        { field: 'nic.ip', reason: 'allocatedByAzure', source: 'nic' },
        { field: 'nic.secondaryIps.0', reason: 'allocatedByAzure', source: 'nic' },
      ],
    }),
    vm('VM2', '10.0.0.5'),
  ],
});

describe('placeholder markers through edits', () => {
  it('drops the marker of the field the user changes and keeps the others', () => {
    const t = updateElement(marked, 'frontend', '<fe>', { ip: '10.0.1.10' });
    expect(t.frontends[0]).toEqual({ name: '<fe>', ip: '10.0.1.10', placeholders: [nameMarker] });
  });

  it('keeps a marker when the patch writes the same value back', () => {
    const t = updateElement(marked, 'frontend', '<fe>', { ip: '198.51.100.10' });
    expect(t.frontends[0]!.placeholders).toEqual([nameMarker, ipMarker]);
  });

  it('drops the key when the last marker goes', () => {
    const t = updateElement(marked, 'rule', 'r1', { frontendPort: 1433 });
    expect('placeholders' in t.rules[0]!).toBe(false);
  });

  it('clears only the NIC address that changed', () => {
    const t = updateElement(marked, 'vm', 'VM1', { nic: { name: 'eth0', ip: '10.0.0.4', secondaryIps: ['192.0.2.11'] } });
    expect(t.vms[0]!.placeholders).toEqual([{ field: 'nic.secondaryIps.0', reason: 'allocatedByAzure', source: 'nic' }]);
  });

  it('a rename clears the name marker and keeps the address marker', () => {
    const r = renameElement(marked, 'frontend', '<fe>', 'sqlfe');
    expect(r.ok && r.topology.frontends[0]).toEqual({ name: 'sqlfe', ip: '198.51.100.10', placeholders: [ipMarker] });
    const v = renameElement(marked, 'vm', 'VM1', 'sql1');
    expect(v.ok && v.topology.vms[0]!.placeholders).toHaveLength(2);
  });

  it('a probe edit clears its port marker; a probe rename keeps it', () => {
    expect(upsertProbe(marked, { ...marked.probes[0]!, port: 59999 }).probes[0]!.placeholders).toBeUndefined();
    const r = renameProbe(marked, 'p80', 'listener');
    expect(r.ok && r.topology.probes[0]!.placeholders).toEqual(marked.probes[0]!.placeholders);
  });

  it('deleting the element drops its markers with it', () => {
    const t = removeElement(marked, 'frontend', '<fe>');
    expect(JSON.stringify(t)).not.toContain('198.51.100.10');
  });

  it('accepting a value as real removes its marker without changing it', () => {
    const t = acceptPlaceholder(marked, 'probe', 'p80', 'port');
    expect(t.probes[0]).toEqual({ name: 'p80', protocol: 'Tcp', port: 0 });
    expect(acceptPlaceholder(marked, 'frontend', '<fe>', 'ip').frontends[0]!.placeholders).toEqual([nameMarker]);
  });
});
