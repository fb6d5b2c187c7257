import { describe, expect, it } from 'vitest';
import { AZURE_REAL_DIR, azureRealFixtures, readAzureFixture } from './fixtures';

describe.skipIf(!AZURE_REAL_DIR)('azure-real fixtures helper', () => {
  it('finds the JSON fixtures and reads them unmodified', () => {
    const files = azureRealFixtures('json');
    expect(files).toContain('haports-ilb-azuredeploy.json');
    // SOURCES.md: this file has no final newline; the helper must not add or strip anything.
    expect(readAzureFixture('haports-ilb-azuredeploy.json').endsWith('}')).toBe(true);
  });
});
