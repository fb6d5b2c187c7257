import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** A valid topology whose `map --json` output is far larger than a pipe's buffer (64 KiB). */
function bigTopology() {
  const vms = Array.from({ length: 40 }, (_, i) => ({
    name: `vm${i}`,
    os: 'ubuntu',
    nic: { name: `nic${i}`, ip: `10.0.${i >> 8}.${(i % 250) + 4}` },
  }));
  const rules = Array.from({ length: 50 }, (_, i) => ({
    name: `rule${i}`,
    frontend: 'fe',
    backendPool: 'pool',
    protocol: 'Tcp',
    frontendPort: 1000 + i,
    backendPort: 1000 + i,
    floatingIp: false,
    probe: 'p',
  }));
  return {
    version: 1,
    name: 'big',
    loadBalancer: { name: 'lb', sku: 'Standard', type: 'Internal' },
    frontends: [{ name: 'fe', ip: '10.0.9.9' }],
    backendPools: [{ name: 'pool', members: vms.map((v) => v.name) }],
    probes: [{ name: 'p', protocol: 'Tcp', port: 22 }],
    rules,
    vms,
  };
}

// A reader that stops early (`| head -c 10`) closes the pipe while the CLI still writes: not a failure of ours.
describe('a closed stdout pipe', () => {
  it('ends the CLI quietly with its own exit code, without a stack', () => {
    const dir = mkdtempSync(join(tmpdir(), 'floatplan-pipe-'));
    try {
      const file = join(dir, 'big.json');
      writeFileSync(file, JSON.stringify(bigTopology()));
      // pipefail makes bash report the CLI's exit status rather than head's.
      const r = spawnSync('bash', ['-c', `set -o pipefail; node bin/floatplan.mjs map '${file}' --json | head -c 10 >/dev/null`], {
        encoding: 'utf8',
      });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

// Issue 16: `script --all` prints a line per file written; with many VMs that is far more than a pipe holds, and a
// reader that takes the first line (`| head -1`) must not turn into a stack or a failing exit code.
describe('a closed stdout pipe under script --all', () => {
  it('ends quietly with exit 0 after the reader took one line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'floatplan-pipe-all-'));
    try {
      const vms = Array.from({ length: 600 }, (_, i) => ({
        name: `vm${i}`,
        os: 'ubuntu',
        nic: { name: 'eth0', ip: `10.1.${i >> 8}.${(i % 250) + 4}` },
      }));
      const topology = {
        ...bigTopology(),
        vms,
        backendPools: [{ name: 'pool', members: vms.map((v) => v.name) }],
        rules: bigTopology().rules.slice(0, 1),
      };
      const file = join(dir, 'many.json');
      writeFileSync(file, JSON.stringify(topology));
      // A long output directory makes each "wrote …" line long: 1,200 lines of about 120 bytes, over 64 KiB.
      const out = join(dir, 'scripts-written-here-for-a-pipe-test-with-a-deliberately-long-directory-name');
      const r = spawnSync('bash', ['-c', `set -o pipefail; node bin/floatplan.mjs script '${file}' --all --out '${out}' | head -1`], {
        encoding: 'utf8',
      });
      expect(r.stdout).toBe(`wrote ${join(out, 'vm0.ubuntu.sh')}\n`);
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
