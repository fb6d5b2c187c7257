import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { preset } from '../core/testing/presets';
import { runCli } from './runCli.testing';

// Issue 12 item 3: `trace --svg` printed a stack when the diagram code threw (a probe port of -1 did).
const fault = vi.hoisted(() => ({ on: false }));
vi.mock('../core/diagram/diagram', async (real) => {
  const m = await real<typeof import('../core/diagram/diagram')>();
  return {
    ...m,
    traceDiagram: (...a: Parameters<typeof m.traceDiagram>) => (fault.on ? m.traceDiagram(undefined as never, a[1]) : m.traceDiagram(...a)),
  };
});

const dir = mkdtempSync(join(tmpdir(), 'floatplan-trace-fail-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => void (fault.on = false));

describe('trace --svg never prints a stack', () => {
  it('draws a probe port of -1 (a validation error) instead of crashing', () => {
    const t = structuredClone(preset('type2-floating-ip'));
    t.probes[0]!.port = -1;
    const file = join(dir, 'neg.json');
    writeFileSync(file, JSON.stringify(t));
    const svg = join(dir, 'neg.svg');
    const r = runCli(['trace', file, '--rule', 'rule1', '--vm', 'VM1', '--svg', svg]);
    expect(r.code).toBe(0);
    expect(readFileSync(svg, 'utf8')).toContain('10.0.0.4:-1');
  });

  it('says in one line that drawing failed, writes nothing and exits 3 when the diagram code throws', () => {
    fault.on = true;
    const svg = join(dir, 'fault.svg');
    const r = runCli(['trace', 'public/examples/type2-floating-ip.json', '--rule', 'rule1', '--vm', 'VM1', '--svg', svg]);
    expect(r.code).toBe(3);
    expect(r.err.split('\n')).toHaveLength(1);
    expect(r.err).toMatch(
      /^floatplan: internal error in trace --svg: could not draw the diagram of rule1 → VM1 \(.+\); .*fault\.svg was not written — this is a bug in Floatplan; please report it at /,
    );
    expect(r.err).not.toMatch(/\bat .*\.ts:\d+/);
    expect(existsSync(svg)).toBe(false);
  });
});
