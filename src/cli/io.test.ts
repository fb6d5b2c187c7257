import { existsSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { MAX_TOPOLOGY_FILE_BYTES } from '../core/topology/limits';
import { printable, processIo } from './io';
import { main } from './main';

describe('processIo.readFile with a cap (issue 12: caps before expensive work)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'floatplan-io-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads a file up to the cap, and refuses one byte more', () => {
    const path = join(dir, 'small.json');
    writeFileSync(path, 'héllo');
    expect(processIo.readFile(path, 6)).toBe('héllo');
    expect(() => processIo.readFile(path, 5)).toThrow('the file is larger than 5 bytes, the most Floatplan reads');
  });

  it.runIf(existsSync('/dev/zero'))('stops on a device that never ends', () => {
    expect(() => processIo.readFile('/dev/zero', 1000)).toThrow(/larger than/);
  });

  it('validate refuses a file over MAX_TOPOLOGY_FILE_BYTES in one line, exit 2, without reading it all', () => {
    const path = join(dir, 'huge.json');
    writeFileSync(path, '');
    truncateSync(path, MAX_TOPOLOGY_FILE_BYTES + 1);
    const err: string[] = [];
    const code = main(['validate', path], { ...processIo, out: () => {}, err: (t) => err.push(t) });
    expect(code).toBe(2);
    expect(err.join('\n')).toBe(
      `floatplan: cannot read ${path}: the file is larger than 9,000,000 bytes, the most Floatplan reads\nRun "floatplan --help" for usage.`,
    );
  });
});

describe('printable (issue 12: hostile names on a terminal)', () => {
  it('escapes the control characters a terminal acts on, and keeps tab, CR and LF', () => {
    expect(printable('a\u001b[2J\u0007\u0000\u009bb')).toBe('a\\u001b[2J\\u0007\\u0000\\u009bb');
    expect(printable('x\ty\r\nz \u00e9\u8ca0')).toBe('x\ty\r\nz \u00e9\u8ca0');
  });

  it('is applied to everything the CLI prints', () => {
    const written: string[] = [];
    const spy = vi.spyOn(process.stderr, 'write').mockImplementation((t) => (written.push(String(t)), true));
    try {
      processIo.err('rule \u001b]0;pwned\u0007');
    } finally {
      spy.mockRestore();
    }
    expect(written).toEqual(['rule \\u001b]0;pwned\\u0007\n']);
  });
});
