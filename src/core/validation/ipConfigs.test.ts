import { describe, expect, it } from 'vitest';
import { messageOf } from '../diagnostics/diagnostic';
import { rule, topology, vm, withCode } from '../testing/builders';

const CODE = 'MultipleIpConfigsRequestSamePrivateIpAddress';
const internal = { name: 'lb', sku: 'Standard', type: 'Internal' } as const;
const onAddress = (ip: string, vms = [vm('VM1', '10.0.0.4'), vm('VM2', '10.0.0.5')]) =>
  topology({ loadBalancer: internal, frontends: [{ name: 'FE1', ip }], rules: [rule('r1', { floatingIp: true })], vms });

describe('MultipleIpConfigsRequestSamePrivateIpAddress', () => {
  it("names the frontend, the VM and its NIC, in Azure's words, in both languages", () => {
    const [d, ...rest] = withCode(onAddress('10.0.0.4'), CODE);
    expect(rest).toEqual([]);
    expect(d!.refs).toEqual([
      { kind: 'frontend', name: 'FE1' },
      { kind: 'vm', name: 'VM1' },
    ]);
    expect(messageOf(d!)).toContain("Frontend FE1 uses 10.0.0.4, which is already the address of VM VM1's NIC eth0.");
    expect(messageOf(d!, 'ja')).toContain('仮想マシン VM1 の NIC eth0');
  });

  it('catches a secondary IP configuration, and IPv6 written another way', () => {
    const vms = [
      vm('VM1', '10.0.0.4', { nic: { name: 'eth0', ip: '10.0.0.4', secondaryIps: ['2001:db8:0:0::4'] } }),
      vm('VM2', '10.0.0.5'),
    ];
    const [d] = withCode(onAddress('2001:db8::4', vms), CODE);
    expect(messageOf(d!)).toContain('a secondary IP configuration of VM VM1');
  });

  it('leaves a free address, and a public frontend (a public IP resource, not a subnet address), alone', () => {
    expect(withCode(onAddress('10.0.0.10'), CODE)).toEqual([]);
    const publicLb = topology({ frontends: [{ name: 'FE1', ip: '10.0.0.4' }], rules: [rule('r1')] });
    expect(withCode(publicLb, CODE)).toEqual([]);
  });
});
