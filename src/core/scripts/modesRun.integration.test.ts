// The cluster and appliance bash scripts run for real in a bare network namespace (root on Linux): the per-node part
// sets exactly the kernel parameters Microsoft's procedures ask for, a second run changes nothing, the rollback puts
// them back, and `--node-only` is the only argument accepted. The kernel parameters used are per namespace, so the
// host is not touched; --no-persist keeps the scripts from writing files. The packet paths are the lab's (netnsModes).
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { skipWithout } from '../testing/prerequisites';
import { scriptDir } from '../testing/shellcheck';
import type { LbTopology } from '../topology/schema';
import { generateScript } from './generate';
import { nvaPool, sapCluster } from './modes.testing';
import type { Flavor } from './types';

const ns = `fp-${process.pid}-modes`;
const { dir, cleanup } = scriptDir('floatplan-modes-run-');

function run(t: LbTopology, vm: string, flavor: Flavor, rollback: boolean, args: string[] = []) {
  const file = join(dir, `${vm}-${rollback ? 'rb' : 'cfg'}.sh`);
  writeFileSync(file, generateScript(t, vm, { flavor, rollback, persist: false }).text);
  const r = spawnSync('ip', ['netns', 'exec', ns, 'bash', file, ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
const sysctl = (key: string) => spawnSync('ip', ['netns', 'exec', ns, 'sysctl', '-n', key], { encoding: 'utf8' }).stdout.trim();

describe.skipIf(skipWithout('netns'))('cluster and appliance scripts in a network namespace', () => {
  beforeAll(() => {
    spawnSync('ip', ['netns', 'add', ns]);
  });
  afterAll(() => {
    spawnSync('ip', ['netns', 'del', ns]);
    cleanup();
  });

  it('appliance: forwarding on (IPv6 too with an IPv6 frontend), rp_filter loose; idempotent; the rollback turns forwarding off', () => {
    const t = nvaPool(true);
    const first = run(t, 'nva1', 'ubuntu', false);
    expect(first.code, first.err).toBe(0);
    expect([sysctl('net.ipv4.ip_forward'), sysctl('net.ipv6.conf.all.forwarding'), sysctl('net.ipv4.conf.all.rp_filter')]).toEqual([
      '1',
      '1',
      '2',
    ]);
    const again = run(t, 'nva1', 'ubuntu', false);
    expect(again.out).not.toMatch(/floatplan: set /);
    expect(again.out.match(/is already/g)).toHaveLength(3);
    const rb = run(t, 'nva1', 'ubuntu', true);
    expect(rb.code, rb.err).toBe(0);
    expect([sysctl('net.ipv4.ip_forward'), sysctl('net.ipv6.conf.all.forwarding')]).toEqual(['0', '0']);
    expect(run(t, 'nva1', 'ubuntu', true).out).not.toMatch(/floatplan: set /);
  });

  it('pacemaker, per-node part (--node-only): tcp_timestamps 0, no cluster command; the rollback puts 1 back', () => {
    const t = sapCluster('suse');
    const r = run(t, 'nw1-cl-0', 'linux-networkd', false, ['--node-only']);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain('--node-only: the cluster resources are left as they are');
    expect(sysctl('net.ipv4.tcp_timestamps')).toBe('0');
    expect(run(t, 'nw1-cl-0', 'linux-networkd', true, ['--node-only']).code).toBe(0);
    expect(sysctl('net.ipv4.tcp_timestamps')).toBe('1');
  });

  it('pacemaker: an unknown argument changes nothing; the cluster part stops when crm is missing', () => {
    const t = sapCluster('suse');
    const bad = run(t, 'nw1-cl-0', 'linux-networkd', false, ['--bogus']);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/unknown argument --bogus/);
    expect(sysctl('net.ipv4.tcp_timestamps')).toBe('1');
    if (spawnSync('sh', ['-c', 'command -v crm']).status === 0) return;
    const full = run(t, 'nw1-cl-0', 'linux-networkd', false);
    expect(full.code).toBe(1);
    expect(full.err).toMatch(/crm is not installed here; run part 2 on a cluster node, or add --node-only/);
  });
});
