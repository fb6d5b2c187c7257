// The lab reads a generated cluster script's declared groups from the recorded crm/pcs commands; both tools' forms.
import { describe, expect, it } from 'vitest';
import { declaredGroups } from './netnsCluster';

describe('declaredGroups', () => {
  it('pairs IPaddr2 with the azure-lb of its group, pcs form (--group)', () => {
    expect(
      declaredGroups([
        'pcs resource config vip_a',
        'pcs resource create vip_a IPaddr2 ip=192.0.2.100 --group g-a',
        'pcs resource create nc_a azure-lb port=62000 --group g-a',
        'pcs resource create vip_b ocf:heartbeat:IPaddr2 ip=192.0.2.101 --group g-b',
        'pcs resource create nc_b azure-lb port=62101 --group g-b',
      ]),
    ).toEqual([
      { vip: '192.0.2.100', probePort: 62000, group: 'g-a' },
      { vip: '192.0.2.101', probePort: 62101, group: 'g-b' },
    ]);
  });

  it('pairs IPaddr2 with the azure-lb of its group, crm form (configure group)', () => {
    expect(
      declaredGroups([
        'crm configure primitive nc_a azure-lb port=62000 op monitor timeout=20s interval=10',
        'crm configure primitive vip_a IPaddr2 params ip=192.0.2.100 op monitor interval=10 timeout=20',
        'crm configure show g-a',
        'crm configure group g-a nc_a vip_a',
        'crm_mon -1 -r',
      ]),
    ).toEqual([{ vip: '192.0.2.100', probePort: 62000, group: 'g-a' }]);
  });

  it('refuses a VIP without a probe listener in its group: the load balancer could never find the node', () => {
    expect(() => declaredGroups(['crm configure primitive vip_a IPaddr2 params ip=192.0.2.100', 'crm configure group g-a vip_a'])).toThrow(
      /no azure-lb/,
    );
  });
});
