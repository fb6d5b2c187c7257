import { execFileSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cmdQuote, cmdUnsafeReason, commentText, controlCharReason, posixQuote, psQuote } from './quote';

describe('posixQuote', () => {
  it('quotes the usual suspects', () => {
    expect(posixQuote("it's")).toBe(`'it'\\''s'`);
    expect(posixQuote('$(reboot)')).toBe(`'$(reboot)'`);
  });
  it('round-trips through a real bash for any string without NUL (one bash for all samples)', () => {
    const samples = fc.sample(fc.string({ unit: fc.oneof(fc.constantFrom(...`'"$\`\\;&|<>(){}[]*?!#~% \t\n`.split('')), fc.integer({ min: 1, max: 0x10ffff }).filter((c) => c < 0xd800 || c > 0xdfff).map((c) => String.fromCodePoint(c))) }), { numRuns: 300, seed: 5 });
    const script = samples.map((s) => `printf '%s\\0' ${posixQuote(s)}`).join('\n');
    const out = execFileSync('bash', ['-c', script], { encoding: 'utf8' });
    expect(out.split('\u0000').slice(0, -1)).toEqual(samples);
  });
});

describe('psQuote', () => {
  it('doubles ASCII and typographic single quotes and leaves $ and backticks alone', () => {
    expect(psQuote("a'b")).toBe("'a''b'");
    expect(psQuote('a\u2019b')).toBe("'a\u2019\u2019b'");
    expect(psQuote('$(Stop-Computer) `n')).toBe("'$(Stop-Computer) `n'");
  });
  it('never leaves an odd run of quote characters inside (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("'", '\u2018', '\u2019', '\u201a', '\u201b', 'a', '$') }), (s) => {
        const inner = psQuote(s).slice(1, -1);
        for (const run of inner.match(/['\u2018-\u201b]+/g) ?? []) expect(run.length % 2).toBe(0);
      }),
    );
  });
});

describe('cmdQuote', () => {
  it('double-quotes safe text and refuses each character cmd.exe cannot carry', () => {
    expect(cmdQuote('Ethernet 2')).toBe('"Ethernet 2"');
    for (const ch of ['"', '%', '^', '&', '|', '<', '>', '\n', '\r']) {
      expect(cmdUnsafeReason(`a${ch}b`)).toMatch(/cmd\.exe cannot carry/);
      expect(() => cmdQuote(`a${ch}b`)).toThrow(/cmdQuote/);
    }
    expect(cmdUnsafeReason('a\u001bb')).toMatch(/U\+001B/);
  });
});

describe('comments and control characters', () => {
  it('escapes line breaks so text cannot leave a comment', () => {
    expect(commentText('a\nrm -rf /\r\u2028')).toBe('a\\nrm -rf /\\r\\u2028');
    expect(controlCharReason('plain name')).toBeUndefined();
    expect(controlCharReason('a\u0007')).toMatch(/U\+0007/);
  });
});
