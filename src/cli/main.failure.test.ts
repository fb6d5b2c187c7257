// Whatever goes wrong, the CLI prints one line and a documented exit code: 2 for what the user can fix (usage,
// a file in the way, a name too long), 3 for a fault of Floatplan itself; never a stack, never 1 (which means
// "the topology has errors").
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EXIT, type Io } from './io';
import { failed, main, USAGE } from './main';

const TYPE2 = 'public/examples/type2-floating-ip.json';

function recording(overrides: Partial<Io> = {}) {
  const err: string[] = [];
  const io: Io = { out: () => {}, err: (t) => err.push(t), readFile: () => '', ...overrides };
  return { io, err };
}

function oneLine(lines: string[]) {
  const text = lines.join('\n');
  expect(text.trim().split('\n')).toHaveLength(1);
  expect(text).toMatch(/^floatplan: /);
  expect(text).not.toMatch(/\n\s+at /);
  return text;
}

describe('the CLI on an unexpected failure', () => {
  const dir = mkdtempSync(join(tmpdir(), 'floatplan-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('a fault inside a command is exit 3 with one line, not a thrown stack', () => {
    const { io, err } = recording({
      readFile: (p) => (p === TYPE2 ? JSON.stringify(JSON.parse(readFileSync(TYPE2, 'utf8'))) : ''),
      out: () => {
        throw new TypeError("Cannot read properties of undefined (reading 'x')\n    at somewhere (file.ts:1:1)");
      },
    });
    expect(main(['map', TYPE2], io)).toBe(EXIT.internal);
    expect(oneLine(err)).toMatch(
      /^floatplan: internal error in map: TypeError: Cannot read properties of undefined \(reading 'x'\) — this is a bug in Floatplan; please report it at /,
    );
  });

  it('a rejected promise (import) is handled the same way', async () => {
    const thrown = recording({
      readFile: () => '{"resources": []}',
      err: () => {
        throw Object.assign(new Error('write EPIPE'), { code: 'EPIPE' });
      },
    });
    expect(await main(['import', 'x.json'], thrown.io)).toBe(EXIT.internal);
    expect(thrown.err).toEqual([]); // its err() is what failed
  });

  it('script --all --out onto an existing file is exit 2 with one line naming the path', () => {
    const file = join(dir, 'taken');
    writeFileSync(file, 'x');
    const { io, err } = recording({ readFile: (p) => readFileSync(p, 'utf8') });
    expect(main(['script', TYPE2, '--all', '--out', file], io)).toBe(EXIT.usage);
    expect(oneLine(err)).toContain(file);
  });

  it('file system errors say the path, why and the code; anything else is internal', () => {
    const cases: [NodeJS.ErrnoException, RegExp][] = [
      [
        Object.assign(new Error('EEXIST: file already exists, mkdir'), { code: 'EEXIST', path: 'out/x' }),
        /^floatplan: out\/x: the file already exists \(EEXIST\)\.$/,
      ],
      [
        Object.assign(new Error('ENAMETOOLONG'), { code: 'ENAMETOOLONG', path: 'out/long.ps1' }),
        /^floatplan: out\/long\.ps1: the file name is too long \(ENAMETOOLONG\)\.$/,
      ],
      [Object.assign(new Error('EACCES'), { code: 'EACCES', path: '/root/x' }), /permission denied \(EACCES\)/],
      [Object.assign(new Error('ENOENT'), { code: 'ENOENT' }), /^floatplan: no such file or directory \(ENOENT\)\.$/],
    ];
    for (const [e, line] of cases) {
      const { io, err } = recording();
      expect(failed(e, io)).toBe(EXIT.usage);
      expect(oneLine(err)).toMatch(line);
    }
    const { io, err } = recording();
    expect(failed('a string was thrown', io)).toBe(EXIT.internal);
    expect(oneLine(err)).toContain('a string was thrown');
    const bare = recording();
    expect(failed(Object.create(null), bare.io)).toBe(EXIT.internal);
    expect(oneLine(bare.err)).toContain('internal error in floatplan: unknown error — ');
  });

  it('USAGE documents exit codes 2 for unwritable files and 3 for internal errors', () => {
    expect(USAGE).toMatch(/2 usage[\s\S]*cannot be written[\s\S]*3 an internal error/);
  });
});
