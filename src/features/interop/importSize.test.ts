import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_CHARS, MAX_IMPORT_FILE_BYTES } from '../../core/topology/limits';
import { readAll } from './configuration';
import { importSizeProblem, readImportText } from './importSize';

// A file whose text is never read when its size is refused.
const fakeFile = (name: string, size: number, text = '') =>
  ({
    name,
    size,
    text: () => (size > MAX_IMPORT_FILE_BYTES ? Promise.reject(new Error('read a refused file')) : Promise.resolve(text)),
  }) as unknown as File;

describe('importSizeProblem', () => {
  it('refuses a file over the cap by its size, before reading, and text over it by its length', () => {
    expect(importSizeProblem({ size: MAX_IMPORT_FILE_BYTES })).toBeNull();
    expect(importSizeProblem({ size: 20_000_000 })).toBe(
      'it is 20.0 MB, and Import reads definitions of up to 4,194,304 characters, as Azure refuses templates over 4 MB',
    );
    expect(importSizeProblem({ size: 10 }, 'x'.repeat(MAX_IMPORT_CHARS + 1))).toMatch(/^it holds 4,194,305 characters/);
  });

  it('makes the dialog’s file reading fail with that reason', async () => {
    await expect(readImportText(fakeFile('huge.tf', 589_000_000))).rejects.toThrow(/^it is 589.0 MB/);
    await expect(readAll([fakeFile('main.tf', 5, 'a = 1')])).resolves.toEqual([{ name: 'main.tf', text: 'a = 1' }]);
    await expect(readAll([fakeFile('main.tf', 5, 'a = 1'), fakeFile('big.tf', 2 * MAX_IMPORT_FILE_BYTES)])).rejects.toThrow(/MB/);
  });
});
