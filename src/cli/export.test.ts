import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDirs } from './runCli.testing';

const run = runCli;

const TYPE2 = 'public/examples/type2-floating-ip.json';
const tempDir = tempDirs();

describe('floatplan export', () => {
  it('prints each format; a clean topology exits 0 with nothing on stderr', () => {
    const az = run(['export', TYPE2, '--format', 'azcli']);
    expect(az.code).toBe(0);
    expect(az.err).toBe('');
    expect(az.out).toMatch(/^#!\/usr\/bin\/env bash\n/);
    expect(az.out).toContain('--floating-ip true');
    expect(
      JSON.parse(run(['export', TYPE2, '--format', 'arm']).out).resources[0].properties.loadBalancingRules[0].properties.enableFloatingIP,
    ).toBe(true);
    expect(run(['export', TYPE2, '--format', 'bicep']).out).toContain("resource lb 'Microsoft.Network/loadBalancers@2024-05-01'");
    expect(run(['export', TYPE2, '--format', 'terraform']).out).toMatch(/floating_ip_enabled\s+= true/);
  });
  it('exits 2 for an unknown or missing format and other usage mistakes', () => {
    const bad = run(['export', TYPE2, '--format', 'pulumi']);
    expect(bad.code).toBe(2);
    expect(bad.out).toBe('');
    expect(bad.err).toMatch(/unknown format "pulumi"; formats are azcli, arm, bicep, terraform/);
    expect(run(['export', TYPE2]).err).toMatch(/missing --format <format>/);
    expect(run(['export', '--format', 'arm']).err).toMatch(/missing <file>/);
    expect(run(['export', TYPE2, 'extra', '--format', 'arm']).code).toBe(2);
    expect(run(['export', TYPE2, '--format', 'arm', '--colour']).code).toBe(2);
    expect(run(['export', 'nope.json', '--format', 'arm']).err).toMatch(/cannot read nope\.json: no such file/);
  });
  it('a topology with errors is still exported, with the errors on stderr and at the top; exit 1', () => {
    const t = JSON.parse(readFileSync(TYPE2, 'utf8'));
    t.rules[1].frontend = 'FIP1';
    t.rules[0].name = 'web rule';
    const r = run(['export', 't.json', '--format', 'terraform'], { 't.json': JSON.stringify(t) });
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^# !!! THIS TOPOLOGY HAS \d+ ERRORS?/m);
    expect(r.err).toMatch(/^floatplan: error \w+: /m);
    expect(r.err).toMatch(/floatplan: warning AzureNameInvalid: The rule name "web rule" contains " "/);
  });
  it('--out writes the file (the CLI script executable) and says so', () => {
    const dir = tempDir('floatplan-export-');
    const f = join(dir, 'lb.sh');
    const r = run(['export', TYPE2, '--format', 'azcli', '--out', f]);
    expect(r.code).toBe(0);
    expect(r.out).toBe(`wrote ${f}`);
    expect(readFileSync(f, 'utf8')).toBe(run(['export', TYPE2, '--format', 'azcli']).out);
    expect(statSync(f).mode & 0o111).not.toBe(0);
    expect(run(['export', TYPE2, '--format', 'arm', '--out', join(dir, 'missing', 'x.json')]).code).toBe(2);
  });
  it('--out that cannot be written exits 2 with one line naming the reason, never a stack', () => {
    const dir = tempDir('floatplan-export-');
    const cases: [string, string][] = [
      [dir, 'it is a directory (EISDIR)'],
      [join(dir, 'missing', 'x.json'), 'no such file or directory (ENOENT)'],
      [join(dir, `${'x'.repeat(300)}.json`), 'the file name is too long (ENAMETOOLONG)'],
    ];
    for (const [path, why] of cases) {
      const r = run(['export', TYPE2, '--format', 'arm', '--out', path]);
      expect(r.code).toBe(2);
      expect(r.err).toBe(`floatplan: ${path}: ${why}.`);
    }
  });
  it('the bin exports as a real process', () => {
    const out = execFileSync(process.execPath, ['bin/floatplan.mjs', 'export', TYPE2, '--format', 'bicep'], { encoding: 'utf8' });
    expect(out).toContain('enableFloatingIP: true');
  });
});
