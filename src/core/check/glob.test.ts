import { describe, expect, it } from 'vitest';
import { isIgnored } from './glob';

describe('ignore globs', () => {
  it.each([
    ['generated/**', 'generated/a/main.tf', true],
    ['generated/**', 'generated', true],
    ['generated/**', 'src/generated/main.tf', false],
    ['**/*.test.tf', 'a/b/x.test.tf', true],
    ['**/*.test.tf', 'x.test.tf', true],
    ['*.bicep', 'main.bicep', true],
    ['*.bicep', 'modules/main.bicep', false],
    ['modules', 'modules/lb/main.bicep', true],
    ['lb?.json', 'lb1.json', true],
    ['lb?.json', 'lb10.json', false],
    ['./infra/', 'infra/x.tf', true],
    ['a.b', 'axb', false],
  ])('%s on %s: %s', (glob, path, expected) => {
    expect(isIgnored(path, [glob])).toBe(expected);
  });
});
