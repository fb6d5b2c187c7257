// Issue 16: an unexpected exception in any command is one line, "internal error in <command>: <message> — …
// please report it at …", exit 3 (never 1, which means "the topology has errors"); the stack only with --debug.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EXIT, type Io } from './io';
import { main, REPORT_AT } from './main';

const TYPE2 = 'public/examples/type2-floating-ip.json';
const ARM = 'lb.json';
const dir = mkdtempSync(join(tmpdir(), 'floatplan-internal-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** An Io whose stdout throws a TypeError with a stack, as a bug in a command would. */
function faulty() {
  const err: string[] = [];
  const io: Io = {
    out: () => {
      throw new TypeError("Cannot read properties of undefined (reading 'name')");
    },
    err: (t) => err.push(t),
    readFile: (p) => (p === ARM ? readFileSync('src/core/import/arm/fixtures/natgw-two-pools.json', 'utf8') : readFileSync(p, 'utf8')),
  };
  return { io, err };
}

const COMMANDS: [string, string[]][] = [
  ['validate', ['validate', TYPE2]],
  ['map', ['map', TYPE2, '--json']],
  ['trace', ['trace', TYPE2, '--rule', 'rule1', '--vm', 'VM1']],
  ['script', ['script', TYPE2, '--vm', 'VM1']],
  ['script --all', ['script', TYPE2, '--all', '--out', join(dir, 'all')]],
  ['export', ['export', TYPE2, '--format', 'bicep']],
  ['import', ['import', ARM]],
  ['floatplan', ['--help']],
];

describe('an unexpected exception in a command', () => {
  it.each(COMMANDS)('%s: one line naming the command, exit 3', async (command, argv) => {
    const { io, err } = faulty();
    expect(await main(argv, io)).toBe(EXIT.internal);
    // import says what it read (its diagnostics and summary) before it writes the topology, which is what fails.
    expect(err.join('\n')).not.toMatch(/\n\s+at /);
    expect(err.filter((l) => l.includes('internal error'))).toEqual([
      `floatplan: internal error in ${command}: TypeError: Cannot read properties of undefined (reading 'name') — this is a bug in Floatplan; please report it at ${REPORT_AT}.`,
    ]);
  });

  it.each(COMMANDS)('%s --debug: the same line, then the stack', async (command, argv) => {
    const { io, err } = faulty();
    expect(await main([...argv, '--debug'], io)).toBe(EXIT.internal);
    const at = err.findIndex((l) => l.startsWith(`floatplan: internal error in ${command}: TypeError: `));
    expect(at).toBeGreaterThanOrEqual(0);
    expect(err[at + 1]).toMatch(/^TypeError: Cannot read properties[\s\S]*\n\s+at /);
    expect(err).toHaveLength(at + 2);
  });

  it('--debug changes nothing when nothing fails', () => {
    const out: string[] = [];
    const io: Io = { out: (t) => out.push(t), err: () => {}, readFile: (p) => readFileSync(p, 'utf8') };
    expect(main(['map', TYPE2, '--debug'], io)).toBe(EXIT.ok);
    expect(out.join('\n')).toContain('VM1');
  });
});
