import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_FILE_STEM, safeFileName, safeFileStem, uniqueFileName } from './fileName';

const DEVICES = ['CON', 'PRN', 'AUX', 'NUL', 'COM0', 'COM1', 'COM9', 'LPT1', 'LPT9', 'COM\u00b9', 'LPT\u00b3', 'CONIN$', 'CONOUT$'];
// What Windows, macOS and Linux all accept: portable characters, no leading or trailing dot, no device name before the first dot;
// no leading dash either, which a shell command would read as an option.
const portable = (name: string) => {
  expect(name).toMatch(/^[A-Za-z0-9_][A-Za-z0-9._-]*$/);
  expect(name).not.toMatch(/\.$/);
  expect(name.split('.')[0]).not.toMatch(/^(con|prn|aux|nul|com\d|lpt\d)$/i);
};

describe('safeFileStem', () => {
  it('keeps letters, digits, dots, dashes and underscores, and writes one _ for anything else', () => {
    expect(safeFileStem('Two frontends (type 2)')).toBe('Two_frontends__type_2_');
    expect(safeFileStem('../a b')).toBe('__a_b');
    expect(safeFileStem('Caf\u00e9')).toBe('Cafe');
  });

  it('never starts with a dash, which bash or chmod would read as an option (issue 12)', () => {
    expect(safeFileStem('-VM2')).toBe('_VM2');
    expect(safeFileStem('--rf')).toBe('_-rf');
    portable(`${safeFileStem('-x')}.ubuntu.sh`);
  });

  it('never gives a Windows device name, with or without an extension, in any case', () => {
    for (const d of DEVICES) {
      portable(`${safeFileStem(d)}.ps1`);
      portable(`${safeFileStem(d.toLowerCase())}.txt`);
      portable(`${safeFileStem(`${d}.txt`)}.json`);
    }
    expect(safeFileStem('con.txt')).toBe('con_.txt');
    expect(safeFileStem('CONSOLE')).toBe('CONSOLE');
  });

  it('drops trailing dots, keeps at most MAX_FILE_STEM characters and falls back when nothing readable is left', () => {
    expect(safeFileStem('vm.')).toBe('vm');
    expect(safeFileStem('x'.repeat(300))).toBe('x'.repeat(MAX_FILE_STEM));
    expect(safeFileStem('\u8ca0\u8377\u5206\u6563', 'vm')).toBe('vm');
    expect(safeFileStem('...')).toBe('floatplan');
  });

  it('is portable for any name (property)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'grapheme', maxLength: 400 }),
          fc
            .constantFrom(...DEVICES)
            .chain((d) => fc.tuple(fc.constant(d), fc.constantFrom('', '.', '.txt', ' ', '. ')).map(([a, b]) => a + b)),
        ),
        (name) => {
          const stem = safeFileStem(name);
          expect(stem.length).toBeLessThanOrEqual(MAX_FILE_STEM);
          portable(`${stem}.windows-powershell.rollback.ps1`);
          portable(stem);
        },
      ),
      { seed: 1210, numRuns: 500 },
    );
  });
});

describe('safeFileName', () => {
  it('turns runs of spaces and punctuation into one dash, lower case, and adds the suffix', () => {
    expect(safeFileName('Two frontends (type 2)', 'json')).toBe('two-frontends-type-2.json');
    expect(safeFileName('SQL Always On listener', 'azcli.sh')).toBe('sql-always-on-listener.azcli.sh');
  });

  it('drops accents, path characters and leading or trailing dots', () => {
    expect(safeFileName('../Caf\u00e9 lb.', 'tf')).toBe('cafe-lb.tf');
  });

  it('never returns an empty name or a device name', () => {
    expect(safeFileName('\u8ca0\u8377\u5206\u6563', 'json')).toBe('topology.json');
    expect(safeFileName('', 'bicep')).toBe('topology.bicep');
    expect(safeFileName('NUL', 'json')).toBe('nul_.json');
    expect(safeFileName('con.txt', 'json')).toBe('con_.txt.json');
  });

  it('keeps at most MAX_FILE_STEM characters and no dash left at the cut', () => {
    expect(safeFileName('x'.repeat(100), 'json')).toBe(`${'x'.repeat(MAX_FILE_STEM)}.json`);
    expect(safeFileName(`${'a'.repeat(59)} b`, 'json')).toBe(`${'a'.repeat(59)}.json`);
  });

  it('is portable for any name (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (name) => portable(safeFileName(name, 'json'))),
      { seed: 1211, numRuns: 500 },
    );
  });
});

describe('uniqueFileName', () => {
  it('numbers a name already used, ignoring case, after its stem', () => {
    expect(uniqueFileName('a.ubuntu.sh', new Set())).toBe('a.ubuntu.sh');
    expect(uniqueFileName('A.ubuntu.sh', new Set(['a.ubuntu.sh']))).toBe('A-2.ubuntu.sh');
    expect(uniqueFileName('a.ubuntu.sh', new Set(['a.ubuntu.sh', 'a-2.ubuntu.sh']))).toBe('a-3.ubuntu.sh');
  });
});
