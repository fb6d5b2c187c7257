import { describe, expect, it } from 'vitest';
import { Findings } from './diagnostics';
import { poolMembership, type Resource } from './membership';
import { DefaultAddresses } from '../defaultAddresses';
import { messageOf } from '../../diagnostics/diagnostic';
import { unresolved } from './resolved';
import { itext } from '../text';

const LB = '/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/loadBalancers';
const ipconfig = (name: string, ip: string | undefined, pools: string[], primary?: boolean) => ({
  name,
  properties: {
    ...(ip ? { privateIPAddress: ip } : {}),
    ...(primary !== undefined ? { primary } : {}),
    loadBalancerBackendAddressPools: pools.map((id) => ({ id })),
  },
});
const nic = (name: string, configs: object[]): Resource => ({
  type: 'Microsoft.Network/networkInterfaces',
  path: `nic:${name}`,
  value: { name, properties: { ipConfigurations: configs } },
});
const pools = (...names: string[]) => names.map((name) => ({ name, at: { value: { name }, path: `pool:${name}` } }));

describe('poolMembership', () => {
  it('the primary ipconfig makes the member the VM; a secondary one is { vm, ip }', () => {
    const f = new Findings();
    const m = poolMembership(
      pools('a', 'b'),
      [
        nic('nva-nic', [
          ipconfig('ip1', '10.0.0.4', [`${LB}/lb/backendAddressPools/a`]),
          ipconfig('ip2', '10.0.0.5', [`${LB}/lb/backendAddressPools/b`], true),
        ]),
      ],
      'lb',
      f,
      new DefaultAddresses(),
    );
    // ip2 is flagged primary, so it is the VM's address and ip1 the secondary.
    expect(m.vms).toEqual([{ name: 'nva-nic', os: 'linux', nic: { name: 'eth0', ip: '10.0.0.5', secondaryIps: ['10.0.0.4'] } }]);
    expect(m.members.get('a')).toEqual([{ vm: 'nva-nic', ip: '10.0.0.4' }]);
    expect(m.members.get('b')).toEqual(['nva-nic']);
  });

  it("ignores NICs that join another load balancer's pool, and NICs in no pool", () => {
    const m = poolMembership(
      pools('a'),
      [nic('other', [ipconfig('ip1', '10.0.0.9', [`${LB}/lb2/backendAddressPools/a`])]), nic('lonely', [ipconfig('ip1', '10.0.0.8', [])])],
      'lb',
      new Findings(),
      new DefaultAddresses(),
    );
    expect(m.vms).toEqual([]);
    expect(m.members.get('a')).toEqual([]);
  });

  it('two NICs named after the same VM get distinct VM names', () => {
    const vm = {
      type: 'Microsoft.Compute/virtualMachines',
      path: 'vm',
      value: {
        name: 'vm1',
        properties: {
          networkProfile: {
            networkInterfaces: [
              { id: '/x/providers/Microsoft.Network/networkInterfaces/n1' },
              { id: '/x/providers/Microsoft.Network/networkInterfaces/n2' },
            ],
          },
        },
      },
    };
    const m = poolMembership(
      pools('a'),
      [
        nic('n1', [ipconfig('c', '10.0.0.4', [`${LB}/lb/backendAddressPools/a`])]),
        nic('n2', [ipconfig('c', '10.0.1.4', [`${LB}/lb/backendAddressPools/a`])]),
        vm,
      ],
      'lb',
      new Findings(),
      new DefaultAddresses(),
    );
    expect(m.vms.map((v) => [v.name, v.nic.ip])).toEqual([
      ['vm1', '10.0.0.4'],
      ['vm1-2', '10.0.1.4'],
    ]);
    expect(m.members.get('a')).toEqual(['vm1', 'vm1-2']);
  });

  it('IP-based addresses and deployed NIC ipconfig ids become VMs with marked defaults', () => {
    const f = new Findings();
    const pool = {
      name: 'p',
      at: {
        path: 'pool',
        value: {
          name: 'p',
          properties: {
            loadBalancerBackendAddresses: [
              { name: 'addr1', properties: { ipAddress: '10.0.0.20' } },
              {
                name: 'viaNic',
                properties: {
                  networkInterfaceIPConfiguration: {
                    id: '/x/providers/Microsoft.Network/networkInterfaces/web-nic/ipConfigurations/ipconfig1',
                  },
                },
              },
              { name: 'dup', properties: { ipAddress: '10.0.0.20' } },
            ],
          },
        },
      },
    };
    const m = poolMembership([pool], [], 'lb', f, new DefaultAddresses());
    expect(m.vms).toEqual([
      { name: 'addr1', os: 'linux', nic: { name: 'eth0', ip: '10.0.0.20' } },
      { name: 'web-nic', os: 'linux', nic: { name: 'eth0', ip: '192.0.2.10' } },
    ]);
    // The same address twice is one member.
    expect(m.members.get('p')).toEqual(['addr1', 'web-nic']);
    expect(f.list.every((d) => d.severity === 'info' && d.code === 'ImportDefaultUsed')).toBe(true);
    expect(f.list.map((d) => messageOf(d)).join('\n')).toMatch(
      /NIC "web-nic" \(IP configuration "ipconfig1"\) is in the pool "p" but its address is not in this JSON/,
    );
  });

  it('a NIC ipconfig naming a classic NAT rule makes the rule target it; a secondary ipconfig is { vm, ip }; a port-range rule is never a target', () => {
    const f = new Findings();
    const natConfig = (name: string, ip: string, rules: string[], primary?: boolean) => ({
      name,
      properties: {
        privateIPAddress: ip,
        ...(primary !== undefined ? { primary } : {}),
        loadBalancerInboundNatRules: rules.map((id) => ({ id })),
      },
    });
    const rules = [
      { name: 'ssh', at: { value: { name: 'ssh' }, path: 'nat:ssh' }, classic: true },
      { name: 'rdp', at: { value: { name: 'rdp' }, path: 'nat:rdp' }, classic: true },
      { name: 'range', at: { value: { name: 'range' }, path: 'nat:range' }, classic: false },
    ];
    const m = poolMembership(
      pools('a'),
      [
        nic('nat-nic', [
          natConfig('ip1', '10.0.0.4', [`${LB}/lb/inboundNatRules/ssh`], true),
          natConfig('ip2', '10.0.0.5', [`${LB}/lb/inboundNatRules/rdp`, `${LB}/lb/inboundNatRules/range`]),
        ]),
      ],
      'lb',
      f,
      new DefaultAddresses(),
      undefined,
      rules,
    );
    expect(m.vms).toEqual([{ name: 'nat-nic', os: 'linux', nic: { name: 'eth0', ip: '10.0.0.4', secondaryIps: ['10.0.0.5'] } }]);
    expect([...m.targets]).toEqual([
      ['ssh', 'nat-nic'],
      ['rdp', { vm: 'nat-nic', ip: '10.0.0.5' }],
    ]);
    expect(m.members.get('a')).toEqual([]);
  });
});

describe('poolMembership: a reference whose load balancer name is unknown', () => {
  it('is not taken for the only pool when the pool it names is another one, and that is said', () => {
    // cross-region quickstart without projectName: region 2's NICs name lbR2's pool through an unresolved lbR2Name.
    const f = new Findings();
    const id = (pool: string) =>
      unresolved(
        "parameter 'projectName' has no value",
        `[resourceId('Microsoft.Network/loadBalancers/backendAddressPools', variables('lb'), '${pool}')]`,
        'x',
      );
    const nicWith = (name: string, pool: string): Resource => ({
      type: 'Microsoft.Network/networkInterfaces',
      path: `nic:${name}`,
      value: {
        name,
        properties: {
          ipConfigurations: [
            { name: 'ip', properties: { privateIPAddress: '10.0.0.4', loadBalancerBackendAddressPools: [{ id: id(pool) }] } },
          ],
        },
      },
    });
    const hint = (u: { expression: string }) => /'([^']+)'\)\]$/.exec(u.expression)?.[1];
    const m = poolMembership(
      pools('pool-r1'),
      [nicWith('nic1', 'pool-r1'), nicWith('nic2', 'pool-r2')],
      '<lb>',
      f,
      new DefaultAddresses(),
      hint,
    );
    expect(m.members.get('pool-r1')).toEqual(['nic1']);
    expect(f.list.map((d) => messageOf(d))).toContainEqual(
      expect.stringContaining('"pool-r2" of a load balancer whose name cannot be read'),
    );
  });
});

describe('poolMembership: a VM whose network interface id cannot be read', () => {
  const vm = (name: string, path: string, id: unknown): Resource => ({
    type: 'Microsoft.Compute/virtualMachines',
    path,
    value: { name, properties: { networkProfile: { networkInterfaces: [{ id }] } } },
  });
  const joined = (path: string): Resource => ({
    ...nic('nic0', [ipconfig('ip', '10.0.0.4', [`${LB}/lb/backendAddressPools/a`])]),
    path,
  });
  it('says the id is malformed and names the VM, instead of saying no VM uses the NIC', () => {
    // 2-vms-loadbalancer-natrules: resourceId('Microsoft.Network/networkInterfaces', nicNamePrefix, copyindex()).
    const f = new Findings();
    const bad = unresolved(
      itext('reason.argType', { fn: 'resourceId', expected: 'a string', index: 3, type: 'an integer' }),
      "[resourceId('Microsoft.Network/networkInterfaces',parameters('nicNamePrefix'),copyindex())]",
      'vm.id',
    );
    poolMembership(
      pools('a'),
      [joined('nics[copyIndex=0]'), vm('myVM1', 'vms[copyIndex=1]', bad), vm('myVM0', 'vms[copyIndex=0]', bad)],
      'lb',
      f,
      new DefaultAddresses(),
    );
    const d = f.list.find((x) => x.code === 'ImportInvalid')!;
    expect(messageOf(d)).toMatch(/the VM "myVM0" names its network interface with \[resourceId.*which is malformed/);
    expect(f.list.map((x) => messageOf(x)).join('\n')).not.toMatch(/No virtual machine in the template uses/);
  });
  it('a reference unknown only for want of a parameter value is unreadable, not malformed', () => {
    const f = new Findings();
    const later = unresolved(
      itext('reason.parameterNoValue', { name: 'nicName' }),
      "[resourceId('Microsoft.Network/networkInterfaces', parameters('nicName'))]",
      'vm.id',
    );
    poolMembership(pools('a'), [joined('nic'), vm('web', 'vm', later)], 'lb', f, new DefaultAddresses());
    expect(f.list.filter((x) => x.code === 'ImportInvalid')).toEqual([]);
    expect(f.list.map((x) => messageOf(x))).toContainEqual(expect.stringMatching(/network interface of the VM "web".*cannot be read/));
  });
});
