import { describe, expect, it } from 'vitest';
import { azureRealFixtures, fixtureDirCandidates, readAzureFixture } from './fixtures';
import { skipWithout } from './prerequisites';

describe.skipIf(skipWithout('fixtures'))('azure-real fixtures helper', () => {
  it('finds the JSON fixtures and reads them unmodified', () => {
    const files = azureRealFixtures('json');
    expect(files).toContain('haports-ilb-azuredeploy.json');
    // SOURCES.md: this file has no final newline; the helper must not add or strip anything.
    expect(readAzureFixture('haports-ilb-azuredeploy.json').endsWith('}')).toBe(true);
  });
});

describe('fixtureDirCandidates', () => {
  it('tries $FLOATPLAN_FIXTURES first, then the shared folder beside the repo, then /work/shared', () => {
    const before = process.env.FLOATPLAN_FIXTURES;
    try {
      process.env.FLOATPLAN_FIXTURES = '/somewhere/azure-real';
      const dirs = fixtureDirCandidates();
      expect(dirs[0]).toBe('/somewhere/azure-real');
      expect(dirs[1]).toMatch(/[/\\]shared[/\\]fixtures[/\\]azure-real$/);
      expect(dirs[2]).toBe('/work/shared/fixtures/azure-real');
      delete process.env.FLOATPLAN_FIXTURES;
      expect(fixtureDirCandidates()).toHaveLength(2);
    } finally {
      if (before === undefined) delete process.env.FLOATPLAN_FIXTURES;
      else process.env.FLOATPLAN_FIXTURES = before;
    }
  });
});
