import { describe, expect, it } from 'vitest';
import { lbView } from '../topology/design';
import { design, lb } from '../validation/acrossCodeCases.testing';
import { indexTopology } from './resolve';

describe('indexTopology over the views of one design', () => {
  it('shares the VMs’ IP configurations between views of one VM list', () => {
    const t = design([lb('pub', '203.0.113.1'), lb('ilb', '10.0.1.10', ['VM3', 'VM4'])]);
    const [a, b] = [indexTopology(lbView(t, 0)), indexTopology(lbView(t, 1))];
    expect(a.configs).toBe(b.configs);
    expect(a.memberCache).not.toBe(b.memberCache);
    expect(a.frontendIps.get('FE1')?.text).toBe('203.0.113.1');
    expect(b.frontendIps.get('FE1')?.text).toBe('10.0.1.10');
  });

  it('builds them again when a VM was changed in place', () => {
    const t = design([lb('pub', '203.0.113.1')]);
    const before = indexTopology(lbView(t, 0)).configs.get('VM1')![0]!.ip.text;
    t.vms[0]!.nic.ip = '10.0.0.40';
    expect(before).toBe('10.0.0.4');
    expect(indexTopology(lbView(t, 0)).configs.get('VM1')![0]!.ip.text).toBe('10.0.0.40');
    t.vms.push({ name: 'VM9', os: 'ubuntu', nic: { name: 'eth0', ip: '10.0.0.9' } });
    expect(indexTopology(lbView(t, 0)).configs.has('VM9')).toBe(true);
  });
});
