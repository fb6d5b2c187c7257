// The bash flavours loop over their tables (bashTables.ts). Run for real against recording stubs of ufw and
// firewall-cmd (src/core/testing/guestRoot.ts), each loop must make exactly the calls the plan asks for, in plan
// order: the commands a script wrote out one per opening before its tables (ufwArgs, richRule, describeOpening), and
// the listen lines of the verification. Root + Linux only (a private network namespace holds the addresses).
import { afterEach, describe, expect, it } from 'vitest';
import { formatEndpoint } from '../net/address';
import { natRule, rule, topology, vm } from '../testing/builders';
import { GuestRoot } from '../testing/guestRoot';
import { skipWithout } from '../testing/prerequisites';
import type { LbTopology } from '../topology/schema';
import { analyze } from '../validation/analyze';
import { describeOpening } from './bash';
import { generateScript } from './generate';
import { richRule, ufwArgs } from './linuxFirewall';
import { listenLabel, planVm, type VmPlan } from './plan';
import type { ScriptOptions } from './types';

// Every kind of row: floating and not (the NIC IP, written as $NIC_IP), IPv6, HA ports, a NAT rule, a shared port
// whose reasons merge, a probe, and a name full of shell syntax.
const HOSTILE = `web $(touch /tmp/floatplan-pwned) 'x' "y" \`z\``;
const mixed: LbTopology = topology({
  loadBalancer: { name: 'lb', sku: 'Standard', type: 'Internal' },
  frontends: [
    { name: 'FE1', ip: '203.0.113.1' },
    { name: 'FE6', ip: '2001:db8::10' },
  ],
  vms: [vm('VM1', '192.0.2.4', { nic: { name: 'eth0', ip: '192.0.2.4', secondaryIps: ['2001:db8::4'] } }), vm('VM2', '192.0.2.5')],
  backendPools: [
    { name: 'pool', members: ['VM1', 'VM2'] },
    { name: 'pool6', members: [{ vm: 'VM1', ip: '2001:db8::4' }] },
  ],
  probes: [{ name: 'p', protocol: 'Tcp', port: 8080 }],
  rules: [
    rule(HOSTILE, { floatingIp: true, probe: 'p' }),
    rule('plain', { frontendPort: 81, backendPort: 8081, floatingIp: false, probe: 'p' }),
    rule('dns', { protocol: 'Udp', frontendPort: 53, backendPort: 53, floatingIp: true }),
    rule('ha', { protocol: 'All', frontendPort: 0, backendPort: 0, floatingIp: true }),
    rule('six', { frontend: 'FE6', backendPool: 'pool6', floatingIp: true }),
  ],
  inboundNatRules: [natRule('ssh', { frontendPort: 2201, backendPort: 22, target: 'VM1', floatingIp: false })],
});

const guests: GuestRoot[] = [];
afterEach(() => guests.splice(0).forEach((g) => g.destroy()));

function planOf(t: LbTopology, name: string): VmPlan {
  const a = analyze(t);
  return planVm(t, a.rows, name, a.natRows);
}

function run(t: LbTopology, name: string, o: Partial<ScriptOptions> & Pick<ScriptOptions, 'flavor'>, setup: (g: GuestRoot) => void) {
  const g = new GuestRoot();
  guests.push(g);
  setup(g);
  const s = generateScript(t, name, o);
  expect(s.text).not.toBe('');
  const r = g.run(s.text);
  expect(r.code, r.err + r.out).toBe(0);
  return { g, out: r.out };
}

const ufwActive = (g: GuestRoot) => {
  g.stub('ufw', 'if [[ "$1" == status ]]; then echo "Status: active"; fi');
  g.stub('netplan');
  g.write('/etc/netplan/50-cloud-init.yaml', 'network: {version: 2}\n');
};

describe.skipIf(skipWithout('netns'))('the bash loops make the calls the plan asks for', () => {
  it.each(['VM1', 'VM2'])('ubuntu %s: one ufw allow per opening, and the rollback deletes the same', (name) => {
    const plan = planOf(mixed, name);
    const { g } = run(mixed, name, { flavor: 'ubuntu' }, ufwActive);
    const ufw = () => g.calls().filter((c) => c.startsWith('ufw ') && c !== 'ufw status');
    expect(ufw()).toEqual(plan.openings.map((o) => `ufw allow ${ufwArgs(o)}`));
    const before = ufw().length;
    const r = g.run(generateScript(mixed, name, { flavor: 'ubuntu', rollback: true }).text);
    expect(r.code, r.err).toBe(0);
    expect(ufw().slice(before)).toEqual(plan.openings.map((o) => `ufw delete allow ${ufwArgs(o)}`));
  });

  it('rhel: one firewalld rich rule per opening, limited to its address (runtime only without --permanent)', () => {
    const plan = planOf(mixed, 'VM1');
    const { g } = run(mixed, 'VM1', { flavor: 'rhel', persist: false }, (x) => x.stub('firewall-cmd'));
    const calls = g.calls().filter((c) => c !== 'firewall-cmd --state');
    expect(calls).toEqual(plan.openings.map((o) => `firewall-cmd --add-rich-rule=${richRule(o)}`));
  });

  it('no firewall: the openings are printed, and the listen addresses at the end, with names as plain text', () => {
    const plan = planOf(mixed, 'VM1');
    const { out } = run(mixed, 'VM1', { flavor: 'ubuntu', persist: false }, () => {});
    const lines = out.split('\n');
    const from = lines.findIndex((l) => l.includes('if another firewall filters inbound traffic, allow:'));
    expect(lines.slice(from + 1, from + 1 + plan.openings.length)).toEqual(plan.openings.map((o) => `  ${describeOpening(o)}`));
    const listens = lines.indexOf('floatplan: services must listen on:');
    expect(lines.slice(listens + 1, listens + 1 + plan.listens.length)).toEqual(
      plan.listens.map(
        (l) =>
          `  ${listenLabel(l)}: ${l.protocol} ${l.port === 0 ? `${l.address} (every port)` : formatEndpoint(l.address, l.port)} on the ${l.on === 'nic' ? 'NIC' : 'loopback'}`,
      ),
    );
    expect(out).toContain(HOSTILE);
  });
});
