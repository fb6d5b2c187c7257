import { describe, expect, it } from 'vitest';
import { readAzureFixture } from '../testing/fixtures';
import { skipWithout } from '../testing/prerequisites';
import { importDefinition } from './importDefinition';

describe.skipIf(skipWithout('fixtures'))('importDefinition on the azure-real fixtures', () => {
  it('dispatches the Terraform and Bicep fixtures to their importers', async () => {
    const tf = await importDefinition(readAzureFixture('tf-sql-vm-lb.tf'));
    expect(tf.format).toBe('terraform');
    const bicep = await importDefinition(readAzureFixture('haports-ilb-main.bicep'));
    expect(bicep.format).toBe('bicep');
  }, 60_000); // the HCL and Bicep parsers load WebAssembly on first use
});
