// The Azure CLI export passes `shellcheck -S warning` and `bash -n` for every preset, the NAT topology and
// fast-check topologies with hostile names (NAT rules included); hostile names stay inside single quotes.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { PRESET_NAMES, preset } from '../testing/presets';
import { skipWithout } from '../testing/prerequisites';
import { scriptDir, shellcheckBash } from '../testing/shellcheck';
import type { LbTopology } from '../topology/schema';
import { exportTopology } from './export';
import { natTopology, unconnectedNatRule } from './natRules.testing';

const { dir, cleanup } = scriptDir('floatplan-export-sc-');
afterAll(cleanup);

const check = (texts: string[], tag: string) => shellcheckBash(dir, texts, tag);

const hostile = fc.oneof(
  fc.constantFrom(
    '-fe2',
    '--help',
    '-',
    "'",
    '"',
    '$(reboot)',
    '`id`',
    '; rm -rf /',
    '\\',
    '${IFS}',
    '!!',
    '*',
    '#',
    '\u2019',
    'a\nb',
    '\u001b[2J',
    'é',
    'a b',
    '[x]',
    '${x}',
    '%{x}',
  ),
  fc.string({ unit: fc.constantFrom(...`'"$\`\\;&|<>(){}[]*?!#~% \tab\n`.split('')), minLength: 1, maxLength: 8 }),
);
const topologies = fc
  .record({
    lb: hostile,
    fe: hostile,
    fe2: hostile,
    pool: hostile,
    probe: hostile,
    rule: hostile,
    nat: hostile,
    vm: hostile,
    floating: fc.boolean(),
    port: fc.integer({ min: 0, max: 65534 }),
    internal: fc.boolean(),
    http: fc.boolean(),
  })
  .map((h): LbTopology => ({
    version: 1,
    name: h.rule,
    loadBalancer: { name: h.lb, sku: 'Standard', type: h.internal ? 'Internal' : 'Public' },
    frontends: [
      { name: h.fe, ip: '10.0.0.10' },
      { name: `${h.fe2}2`, ip: '2001:db8::10' },
    ],
    backendPools: [{ name: h.pool, members: [h.vm, { vm: h.vm, ip: '10.0.0.5' }] }],
    probes: [{ name: h.probe, protocol: h.http ? 'Http' : 'Tcp', port: 59999, ...(h.http ? { requestPath: `/${h.probe}` } : {}) }],
    rules: [
      {
        name: h.rule,
        frontend: h.fe,
        backendPool: h.pool,
        protocol: h.port === 0 ? 'All' : 'Tcp',
        frontendPort: h.port,
        backendPort: h.port,
        floatingIp: h.floating,
        probe: h.probe,
      },
    ],
    inboundNatRules: [
      {
        name: h.nat,
        frontend: `${h.fe2}2`,
        protocol: 'Tcp',
        frontendPort: 50001,
        backendPort: 3389,
        floatingIp: h.floating,
        target: { vm: h.vm, ip: '10.0.0.5' },
        idleTimeoutMinutes: 10,
        enableTcpReset: true,
      },
      { name: `${h.nat}2`, frontend: h.fe, protocol: 'Udp', frontendPort: 50002, backendPort: 53, floatingIp: false, target: h.vm },
    ],
    vms: [{ name: h.vm, os: 'ubuntu', nic: { name: 'eth0', ip: '10.0.0.4', secondaryIps: ['10.0.0.5'] } }],
  }));
// Every name starting with "-", which az (argparse) would read as an option if it stood alone.
const dashed = (t: LbTopology): LbTopology => {
  const d = (s: string) => `-${s}`;
  return {
    ...t,
    loadBalancer: { ...t.loadBalancer, name: d(t.loadBalancer.name) },
    frontends: t.frontends.map((f) => ({ ...f, name: d(f.name) })),
    backendPools: t.backendPools.map((p) => ({ ...p, name: d(p.name) })),
    probes: t.probes.map((p) => ({ ...p, name: d(p.name) })),
    rules: t.rules.map((r) => ({
      ...r,
      name: d(r.name),
      frontend: d(r.frontend),
      backendPool: d(r.backendPool),
      ...(r.probe !== undefined ? { probe: d(r.probe) } : {}),
    })),
    inboundNatRules: t.inboundNatRules?.map((n) => ({ ...n, name: d(n.name), frontend: d(n.frontend) })),
  };
};
const SAMPLE = [...fc.sample(topologies, { numRuns: 30, seed: 7 }), ...fc.sample(topologies, { numRuns: 3, seed: 8 }).map(dashed)];

describe.skipIf(skipWithout('shellcheck'))('Azure CLI export: shellcheck -S warning', { timeout: 60_000 }, () => {
  it('every preset and the NAT topology are clean', () => {
    expect(
      check(
        [
          ...PRESET_NAMES.map((p) => exportTopology(preset(p), 'azcli').text),
          exportTopology({ ...natTopology(), inboundNatRules: [...natTopology().inboundNatRules!, unconnectedNatRule] }, 'azcli').text,
        ],
        'preset',
      ),
    ).toBe('');
  });
  it('fast-check topologies with hostile names are clean', () => {
    expect(
      check(
        SAMPLE.map((t) => exportTopology(t, 'azcli').text),
        'hostile',
      ),
    ).toBe('');
  });
});

describe('hostile names', () => {
  it('reach az exactly as written: the script run with a stub az passes each name as one argument', () => {
    const f = join(dir, 'stub.sh');
    for (const t of SAMPLE) {
      writeFileSync(f, exportTopology(t, 'azcli').text);
      // The stub prints each call's arguments NUL-separated, ending with a marker no name can equal.
      const r = spawnSync('bash', ['-c', 'az() { printf "%s\\0" "$@" @@END@@; }; export -f az; exec bash "$1"', '_', f], {
        encoding: 'utf8',
      });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      const calls = r.stdout
        .split('\0@@END@@\0')
        .filter((c) => c !== '')
        .map((c) => c.split('\0'));
      expect(calls.map((c) => c.slice(0, c[1] === 'lb' && c[2] !== 'create' ? 4 : 3).join(' '))).toEqual([
        ...(t.loadBalancer.type === 'Public' ? ['network public-ip create', 'network public-ip create'] : []),
        'network lb create',
        'network lb frontend-ip create',
        'network lb probe create',
        'network lb rule create',
        'network lb inbound-nat-rule create',
        'network lb inbound-nat-rule create',
      ]);
      // argparse: `--flag value` or `--flag=value`; a value standing alone must not start with "-".
      const options = (c: string[]) => {
        const map = new Map<string, string>();
        for (let i = c.findIndex((a) => a.startsWith('--')); i < c.length;) {
          const eq = /^(--[a-z][a-z-]*)=(.*)$/s.exec(c[i]!);
          if (eq) {
            map.set(eq[1]!, eq[2]!);
            i += 1;
            continue;
          }
          expect(c[i]).toMatch(/^--[a-z][a-z-]*$/);
          expect(c[i + 1]!.startsWith('-'), `${c[i]} ${c[i + 1]}`).toBe(false);
          map.set(c[i]!, c[i + 1]!);
          i += 2;
        }
        return map;
      };
      for (const c of calls) options(c);
      const arg = (c: string[], flag: string) => options(c).get(flag);
      const lb = calls.find((c) => c[1] === 'lb' && c[2] === 'create')!;
      const rule = calls.find((c) => c[2] === 'rule')!;
      expect(arg(lb, '--name')).toBe(t.loadBalancer.name);
      expect(arg(lb, '--frontend-ip-name')).toBe(t.frontends[0]!.name);
      expect(arg(rule, '--name')).toBe(t.rules[0]!.name);
      expect(arg(rule, '--frontend-ip')).toBe(t.rules[0]!.frontend);
      expect(arg(rule, '--backend-pool-name')).toBe(t.rules[0]!.backendPool);
      expect(arg(rule, '--probe')).toBe(t.rules[0]!.probe);
      expect(arg(rule, '--floating-ip')).toBe(String(t.rules[0]!.floatingIp));
      const nats = calls.filter((c) => c[2] === 'inbound-nat-rule');
      t.inboundNatRules!.forEach((n, i) => {
        expect(arg(nats[i]!, '--name')).toBe(n.name);
        expect(arg(nats[i]!, '--frontend-ip')).toBe(n.frontend);
        expect(arg(nats[i]!, '--floating-ip')).toBe(String(n.floatingIp));
      });
    }
  });
  it('are pure ASCII outside comments in the Azure CLI script, so no code page can change what bash runs', () => {
    for (const t of SAMPLE) {
      const code = exportTopology(t, 'azcli')
        .text.split('\n')
        .filter((l) => !/^\s*#/.test(l));
      for (const l of code) expect(l).toMatch(/^[\x20-\x7e]*$/);
    }
  });
  it('are flagged with AzureNameInvalid and the ARM output stays valid JSON with resolvable references', () => {
    for (const t of SAMPLE) {
      const r = exportTopology(t, 'arm');
      expect(r.notes.some((n) => n.code === 'AzureNameInvalid')).toBe(true);
      const lb = JSON.parse(r.text).resources[0];
      const rule = lb.properties.loadBalancingRules[0];
      expect(rule.properties.enableFloatingIP).toBe(t.rules[0]!.floatingIp);
      const m = /, variables\('lbName'\), '((?:[^']|'')*)'\)\]$/.exec(rule.properties.frontendIPConfiguration.id);
      const literal = (s: string) => (s.startsWith('[') ? `[${s}` : s);
      expect(m && m[1]!.replace(/''/g, "'")).toBe(t.rules[0]!.frontend);
      expect(lb.properties.frontendIPConfigurations[0].name).toBe(literal(t.frontends[0]!.name));
      const nat = lb.properties.inboundNatRules[0];
      expect(nat.name).toBe(literal(t.inboundNatRules![0]!.name));
      const n = /, variables\('lbName'\), '((?:[^']|'')*)'\)\]$/.exec(nat.properties.frontendIPConfiguration.id);
      expect(n && n[1]!.replace(/''/g, "'")).toBe(t.inboundNatRules![0]!.frontend);
    }
  });
  it('give valid, unique Terraform labels and Bicep parameters', () => {
    for (const t of SAMPLE) {
      const tf = exportTopology(t, 'terraform').text;
      for (const m of tf.matchAll(/^(resource|variable) ("[^"]*" )?"([^"]*)" \{/gm)) expect(m[3]).toMatch(/^[A-Za-z_][A-Za-z0-9_-]*$/);
      const bicep = exportTopology(t, 'bicep').text;
      for (const m of bicep.matchAll(/^param (\S+) string/gm)) expect(m[1]).toMatch(/^[A-Za-z_][A-Za-z0-9_]*$/);
      // Comments never carry a raw control character: each comment line stays one line.
      // eslint-disable-next-line no-control-regex -- finding control characters is the point
      for (const l of [...tf.split('\n'), ...bicep.split('\n')]) expect(l).not.toMatch(/[\u0000-\u0008\u000b-\u001f]/);
    }
  });
});
