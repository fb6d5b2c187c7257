import { execFileSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluatePowerShellString } from '../testing/windowsCodePages';
import {
  asciiLines,
  asciiText,
  cmdCommentText,
  cmdNonAsciiReason,
  cmdQuote,
  cmdUnsafeReason,
  commentText,
  controlCharReason,
  posixQuote,
  psQuote,
} from './quote';
import { render, type Text } from '../i18n/text';

// A reason's English words (reasons are catalog texts).
const said = (why: Text | undefined) => (why ? render(why) : undefined);

describe('posixQuote', () => {
  it('quotes the usual suspects', () => {
    expect(posixQuote("it's")).toBe(`'it'\\''s'`);
    expect(posixQuote('$(reboot)')).toBe(`'$(reboot)'`);
  });
  it('round-trips through a real bash for any string without NUL (one bash for all samples)', () => {
    const samples = fc.sample(
      fc.string({
        unit: fc.oneof(
          fc.constantFrom(...`'"$\`\\;&|<>(){}[]*?!#~% \t\n`.split('')),
          fc
            .integer({ min: 1, max: 0x10ffff })
            .filter((c) => c < 0xd800 || c > 0xdfff)
            .map((c) => String.fromCodePoint(c)),
        ),
      }),
      { numRuns: 300, seed: 5 },
    );
    const script = samples.map((s) => `printf '%s\\0' ${posixQuote(s)}`).join('\n');
    const out = execFileSync('bash', ['-c', script], { encoding: 'utf8' });
    expect(out.split('\u0000').slice(0, -1)).toEqual(samples);
  });
});

describe('psQuote', () => {
  it('doubles ASCII single quotes and leaves $ and backticks alone', () => {
    expect(psQuote("a'b")).toBe("'a''b'");
    expect(psQuote('$(Stop-Computer) `n')).toBe("'$(Stop-Computer) `n'");
  });
  it('writes every character outside printable ASCII, typographic quotes included, as a [char] term', () => {
    expect(psQuote('a\u2019b')).toBe("('a' + [char]0x2019 + 'b')");
    expect(psQuote('\u00d2; Start-Process calc.exe; #')).toBe("('' + [char]0x00D2 + '; Start-Process calc.exe; #')");
    expect(psQuote('\u{1f600}')).toBe("('' + [char]0xD83D + [char]0xDE00)");
  });
  it('is pure ASCII and evaluates back to the string (property)', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.oneof(
            fc.constantFrom("'", '\u2018', '\u2019', '\u201a', '\u201b', 'a', '$', '`', '"'),
            fc.string({ unit: 'binary', maxLength: 1 }),
          ),
        }),
        (s) => {
          const q = psQuote(s);
          expect(q).toMatch(/^[\x20-\x7e]*$/);
          expect(evaluatePowerShellString(q)).toBe(s);
        },
      ),
      { seed: 12, numRuns: 500 },
    );
  });
});

describe('cmdQuote', () => {
  it('double-quotes safe text and refuses each character cmd.exe cannot carry', () => {
    expect(cmdQuote('Ethernet 2')).toBe('"Ethernet 2"');
    for (const ch of ['"', '%', '^', '&', '|', '<', '>', '\n', '\r']) {
      expect(said(cmdUnsafeReason(`a${ch}b`))).toMatch(/cmd\.exe cannot carry/);
      expect(() => cmdQuote(`a${ch}b`)).toThrow(/cmdQuote/);
    }
    expect(said(cmdUnsafeReason('a\u001bb'))).toMatch(/U\+001B/);
  });
});

describe('Windows text in pure ASCII', () => {
  it('asciiText writes everything outside printable ASCII as \\uXXXX', () => {
    expect(asciiText('Caf\u00e9 \u{1f600}')).toBe('Caf\\u00e9 \\ud83d\\ude00');
  });
  it('cmdCommentText also hides % and ^ from cmd.exe, which reads them even in a REM line', () => {
    expect(cmdCommentText('100%~ a^ \u00d2\n')).toBe('100\\u0025~ a\\u005e \\u00d2\\n');
  });
  it('cmdNonAsciiReason names the first non-ASCII character and points to windows-powershell', () => {
    expect(said(cmdNonAsciiReason('Ethernet 2'))).toBeUndefined();
    expect(said(cmdNonAsciiReason('\u30a4\u30fc\u30b5'))).toMatch(
      /^contains the non-ASCII character "\u30a4", which cmd\.exe reads in the OEM code page.*windows-powershell flavour$/,
    );
    expect(() => cmdQuote('Caf\u00e9')).toThrow(/cmdQuote/);
  });
});

describe('comments and control characters', () => {
  it('escapes line breaks so text cannot leave a comment', () => {
    expect(commentText('a\nrm -rf /\r\u2028')).toBe('a\\nrm -rf /\\r\\u2028');
    expect(said(controlCharReason('plain name'))).toBeUndefined();
    expect(said(controlCharReason('a\u0007'))).toMatch(/U\+0007/);
  });
  it('asciiLines is asciiText of each line, a newline inside a line included', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: fc.constantFrom('a', ' ', '~', '\n', '\r', '\u00e9', '\u007f', '\u{1f600}') })), (lines) => {
        expect(asciiLines(lines)).toEqual(lines.map(asciiText));
      }),
    );
    const plain = ['a', '', 'b c'];
    expect(asciiLines(plain)).toBe(plain);
  });
});
