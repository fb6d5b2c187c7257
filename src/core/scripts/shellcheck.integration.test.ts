// Every generated bash script passes `shellcheck -S warning` and `bash -n`: all presets, every bash flavour
// and option, and fast-check topologies with hostile names.
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { PRESET_NAMES, preset } from '../testing/presets';
import { skipWithout } from '../testing/prerequisites';
import { scriptDir, shellcheckBash } from '../testing/shellcheck';
import type { LbTopology } from '../topology/schema';
import { generateScript } from './generate';
import type { ScriptOptions } from './types';

const VARIANTS: Omit<ScriptOptions, 'flavor'>[] = [
  {},
  { rollback: true },
  { persist: false },
  { persist: false, rollback: true },
  { label: 'lo:fp', prefix4: 31 },
];
const { dir, cleanup } = scriptDir('floatplan-shellcheck-');
afterAll(cleanup);

// A pool held by a Windows cluster has no bash script (HolderUnsupportedFlavor), nor has doc-exact a cluster or appliance form.
function scripts(t: LbTopology): { texts: string[]; refused: number } {
  const out: string[] = [];
  let refused = 0;
  const add = (r: ReturnType<typeof generateScript>) => {
    if (r.text === '') {
      expect(r.diagnostics.map((d) => d.code)).toContain('HolderUnsupportedFlavor');
      refused++;
    } else out.push(r.text);
  };
  for (const vm of t.vms) {
    for (const flavor of ['ubuntu', 'rhel', 'suse', 'linux-networkd'] as const)
      for (const v of VARIANTS) add(generateScript(t, vm.name, { flavor, ...v }));
    for (const rollback of [false, true]) add(generateScript(t, vm.name, { flavor: 'ubuntu', docExact: true, rollback }));
  }
  return { texts: [...new Set(out)], refused };
}

const check = (texts: string[], tag: string) => shellcheckBash(dir, texts, tag);

// shellcheck takes ~0.1 s a script on a shared 2-core machine; the timeouts leave room for that.
describe.skipIf(skipWithout('shellcheck'))('shellcheck -S warning', { timeout: 60_000 }, () => {
  it.each(PRESET_NAMES)('%s: all bash flavours and options are clean', (name) => {
    const { texts, refused } = scripts(preset(name));
    expect(texts.length + refused).toBeGreaterThan(20);
    if (texts.length) expect(check(texts, name)).toBe('');
  });

  it('fast-check topologies with hostile names are clean, or refused with a diagnostic', () => {
    const hostile = fc.oneof(
      fc.constantFrom("'", '"', '$(reboot)', '`id`', '; rm -rf /', '\\', '${IFS}', '!!', '*', '#', '\u2019', 'a\nb', '\u001b[2J', 'é'),
      fc.string({ unit: fc.constantFrom(...`'"$\`\\;&|<>(){}[]*?!#~% \tab`.split('')), minLength: 1, maxLength: 8 }),
    );
    const topo = fc
      .record({
        tname: hostile,
        vname: hostile,
        rname: hostile,
        pname: hostile,
        nic: fc.constantFrom('eth0', '$(x)', "a'b", 'a"b', 'x;y', 'a b'),
        floating: fc.boolean(),
        port: fc.integer({ min: 0, max: 65535 }),
        v6: fc.boolean(),
        holder: fc.constantFrom(undefined, 'cluster-pacemaker', 'appliance') as fc.Arbitrary<'cluster-pacemaker' | 'appliance' | undefined>,
      })
      .map((h): LbTopology => ({
        version: 1,
        name: h.tname,
        loadBalancer: { name: 'lb', sku: 'Standard', type: 'Internal' },
        frontends: [{ name: 'fe', ip: h.v6 ? '2001:db8::10' : '203.0.113.10' }],
        backendPools: [
          {
            name: 'pool',
            members: [h.v6 ? { vm: `${h.vname}1`, ip: '2001:db8::4' } : `${h.vname}1`],
            ...(h.holder ? { frontendIpHolder: h.holder } : {}),
          },
        ],
        probes: [{ name: h.pname, protocol: 'Tcp', port: 59999 }],
        rules: [
          {
            name: h.rname,
            frontend: 'fe',
            backendPool: 'pool',
            protocol: h.port === 0 ? 'All' : 'Tcp',
            frontendPort: h.port,
            backendPort: h.port,
            floatingIp: h.floating,
            probe: h.pname,
          },
        ],
        vms: [
          { name: `${h.vname}1`, os: 'ubuntu', nic: { name: h.nic, ip: '192.0.2.4', ...(h.v6 ? { secondaryIps: ['2001:db8::4'] } : {}) } },
        ],
      }));
    const texts: string[] = [];
    let refused = 0;
    for (const t of fc.sample(topo, { numRuns: 25, seed: 42 })) {
      for (const flavor of ['ubuntu', 'rhel', 'suse', 'linux-networkd'] as const) {
        for (const rollback of [false, true]) {
          const r = generateScript(t, t.vms[0]!.name, { flavor, rollback });
          if (r.text === '') {
            refused++;
            expect(r.diagnostics.some((d) => d.severity === 'error' && /UnsafeScriptValue|InvalidInterfaceName/.test(d.code))).toBe(true);
          } else texts.push(r.text);
        }
      }
    }
    expect(texts.length).toBeGreaterThan(50);
    expect(refused).toBeGreaterThan(0);
    expect(check(texts, 'fc')).toBe('');
  });
});
