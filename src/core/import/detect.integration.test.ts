import { describe, expect, it } from 'vitest';
import { azureRealFixtures, readAzureFixture } from '../testing/fixtures';
import { skipWithout } from '../testing/prerequisites';
import { detectFormat } from './detect';

describe.skipIf(skipWithout('fixtures'))('detectFormat on the azure-real fixtures', () => {
  it('every fixture is detected by its extension', () => {
    const expected = { json: 'arm', tf: 'terraform', bicep: 'bicep' } as const;
    for (const ext of ['json', 'tf', 'bicep'] as const) {
      for (const f of azureRealFixtures(ext)) expect([f, detectFormat(readAzureFixture(f))]).toEqual([f, expected[ext]]);
    }
  });
});
