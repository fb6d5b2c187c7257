// The persistent variants, validated without touching the host: netplan renders our file from a private
// --root-dir, and the networkd file holds one [Address] section per frontend IP.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { rule, topology, vm } from '../testing/builders';
import { preset } from '../testing/presets';
import { skipWithout } from '../testing/prerequisites';
import { printedFile } from '../testing/printedFile';
import type { LbTopology } from '../topology/schema';
import { generateScript } from './generate';

const dual: LbTopology = topology({
  frontends: [
    { name: 'FE1', ip: '203.0.113.1' },
    { name: 'FE6', ip: '2001:db8::10' },
  ],
  vms: [vm('VM1', '192.0.2.4', { nic: { name: 'eth0', ip: '192.0.2.4', secondaryIps: ['2001:db8::4'] } }), vm('VM2', '192.0.2.5')],
  backendPools: [
    { name: 'pool', members: ['VM1', 'VM2'] },
    { name: 'pool6', members: [{ vm: 'VM1', ip: '2001:db8::4' }] },
  ],
  rules: [rule('r1', { floatingIp: true }), rule('r6', { frontend: 'FE6', backendPool: 'pool6', floatingIp: true })],
});
const cases: [string, LbTopology, string, string | undefined][] = [
  ['type2 VM2', preset('type2-floating-ip'), 'VM2', undefined],
  ['tls-endpoints web1 with a label', preset('tls-endpoints'), 'web1', 'lo:fp'],
  ['dual-stack VM1', dual, 'VM1', 'lo:fp'],
];
const roots: string[] = [];
/** The addresses of the script's LOOPBACK table, which its runtime step adds to lo. */
const loopbackOf = (text: string) => /^readonly -a LOOPBACK=\(\n((?: {2}\S+\n)*)\)/m.exec(text)![1]!.trim().split(/\s+/);
afterAll(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })));

describe.skipIf(skipWithout('netplan'))('netplan generate --root-dir accepts the ubuntu file', () => {
  it.each(cases)('%s', (_name, t, vmName, label) => {
    const s = generateScript(t, vmName, { flavor: 'ubuntu', label });
    const [file] = s.files;
    expect(printedFile(s.text, file!.path)).toBe(file!.content);
    const root = mkdtempSync(join(tmpdir(), 'floatplan-netplan-'));
    roots.push(root);
    mkdirSync(join(root, 'etc/netplan'), { recursive: true });
    writeFileSync(join(root, file!.path), file!.content, { mode: 0o600 });
    const env = { ...process.env };
    delete env.SNAP; // netplan would otherwise ask the host's netplan service over D-Bus
    const r = spawnSync('netplan', ['generate', '--root-dir', root], { encoding: 'utf8', env });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).not.toMatch(/warning|error/i);
    const out = readFileSync(join(root, 'run/systemd/network/10-netplan-lo.network'), 'utf8');
    expect(out).toContain('Name=lo');
    const plan = loopbackOf(s.text);
    for (const addr of plan) expect(out).toContain(`Address=${addr}`);
    if (label) expect(out).toContain(`Label=${label}`);
  });
});

describe('systemd-networkd file', () => {
  it.each(cases)('%s: [Match] lo and one [Address] per frontend IP', (_name, t, vmName, label) => {
    const s = generateScript(t, vmName, { flavor: 'linux-networkd', label });
    const content = s.files[0]!.content;
    expect(printedFile(s.text, s.files[0]!.path)).toBe(content);
    const sections = content.split(/\n(?=\[)/).filter((x) => x.startsWith('['));
    expect(sections[0]).toBe('[Match]\nName=lo\n');
    const addrs = loopbackOf(s.text);
    expect(sections.slice(1).map((x) => x.match(/^Address=(.*)$/m)![1])).toEqual(addrs);
    for (const sec of sections.slice(1)) expect(sec.split('\n')[0]).toBe('[Address]');
  });
});
