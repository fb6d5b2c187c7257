// `script --all` plans every VM from one grouped index and streams the files; it must write exactly what
// `script --vm X` (and `--rollback`) print one VM at a time, which plan each VM from the whole mapping.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scriptFileBytes } from '../core/scripts/fileBytes';
import { generateAll, generateScript } from '../core/scripts/generate';
import { defaultFlavor, scriptExtension } from '../core/scripts/types';
import type { Rule, LbTopology } from '../core/topology/schema';
import { runCli, tempDirs } from './runCli.testing';

const tempDir = tempDirs();

/** 60 VMs in four pools (every member, Pacemaker cluster, WSFC cluster, appliances), 80 rules, IPv4 and IPv6, NAT rules. */
function midTopology(): LbTopology {
  // The Pacemaker pool (vm15–29) runs Linux, the WSFC pool (vm30–44) Windows; the others mix all three.
  const osOf = (n: number) => (n >= 30 && n < 45 ? 'windows' : (['ubuntu', 'rhel', 'windows'] as const)[n % (n >= 15 && n < 30 ? 2 : 3)]!);
  const vms: LbTopology['vms'] = Array.from({ length: 60 }, (_, n) => ({
    name: `vm${n}`,
    os: osOf(n),
    nic: { name: 'eth0', ip: `10.0.${n >> 4}.${(n & 15) + 4}` },
  }));
  const holders = ['every-member', 'cluster-pacemaker', 'cluster-windows', 'appliance'] as const;
  const backendPools = holders.map((holder, p) => ({
    name: `pool${p}`,
    members: vms.slice(p * 15, p * 15 + 15).map((v) => v.name),
    ...(p ? { frontendIpHolder: holder } : {}),
  }));
  const frontends = Array.from({ length: 12 }, (_, i) => ({ name: `fe${i}`, ip: `10.1.0.${i + 10}` }));
  const rules = Array.from({ length: 80 }, (_, r): Rule => {
    const pool = r % 4;
    const floatingIp = r % 3 !== 1;
    return {
      name: `rule${r}`,
      frontend: `fe${(r * 5) % 12}`,
      backendPool: `pool${pool}`,
      protocol: pool === 3 ? 'All' : r % 5 === 0 ? 'Udp' : 'Tcp',
      frontendPort: pool === 3 ? 0 : 1000 + r,
      backendPort: pool === 3 ? 0 : floatingIp ? 1000 + r : 20000 + r,
      floatingIp,
      probe: `probe${r % 3}`,
    };
  });
  return {
    version: 1,
    name: 'mid-size',
    loadBalancer: { name: 'lb', sku: 'Standard', type: 'Internal' },
    frontends,
    backendPools,
    probes: [0, 1, 2].map((i) => ({ name: `probe${i}`, protocol: 'Tcp', port: 8080 + i })),
    rules,
    inboundNatRules: [0, 1, 2].map((i) => ({
      name: `ssh${i}`,
      frontend: 'fe0',
      protocol: 'Tcp',
      frontendPort: 50000 + i,
      backendPort: 22,
      target: `vm${i}`,
      floatingIp: i === 1,
    })),
    vms,
  } as LbTopology;
}

const EXAMPLES = readdirSync('public/examples')
  .filter((f) => f.endsWith('.json'))
  .map((f) => join('public/examples', f));

describe('script --all', () => {
  it.each(['mid-size', ...EXAMPLES])(
    'writes for %s exactly what script --vm prints for each VM and its rollback',
    (source) => {
      const dir = tempDir('floatplan-all-');
      let file = source;
      if (source === 'mid-size') writeFileSync((file = join(dir, 'mid.json')), JSON.stringify(midTopology()));
      const out = join(dir, 'out');
      const all = runCli(['script', file, '--all', '--out', out]);
      const topology = JSON.parse(readFileSync(file, 'utf8')) as LbTopology;
      const written = readdirSync(out).sort();
      let scripts = 0;
      for (const vm of topology.vms) {
        for (const rollback of [false, true]) {
          const one = runCli(['script', file, '--vm', vm.name, ...(rollback ? ['--rollback'] : [])]);
          const name = `${vm.name}.${defaultFlavor(vm.os)}${rollback ? '.rollback' : ''}${scriptExtension(defaultFlavor(vm.os))}`;
          // A script that cannot be written safely is refused alike: no file, exit 1, the same diagnostics.
          if (one.code === 0) {
            scripts++;
            expect(Buffer.from(readFileSync(join(out, name)))).toEqual(Buffer.from(scriptFileBytes(name, one.out)));
          } else expect(written).not.toContain(name);
          // Each file's diagnostics are the single VM's, prefixed with the file name.
          const mine = all.err
            .split('\n')
            .filter((l) => l.startsWith(`floatplan: ${name}: `))
            .map((l) => l.replace(`${name}: `, ''));
          expect(mine.join('\n')).toBe(one.err);
        }
      }
      expect(written).toHaveLength(scripts);
      expect(scripts).toBeGreaterThan(topology.vms.length);
      expect(all.code).toBe(scripts === topology.vms.length * 2 ? 0 : 1);
    },
    120_000,
  );
  it('generateAll gives, result for result, what generateScript gives one VM at a time', () => {
    const t = midTopology();
    const expected = t.vms.flatMap((vm) =>
      [false, true].map((rollback) => generateScript(t, vm.name, { flavor: defaultFlavor(vm.os), rollback })),
    );
    expect(generateAll(t)).toEqual(expected);
    expect(expected.some((r) => r.text.includes('pcs resource'))).toBe(true);
  }, 60_000);
});
