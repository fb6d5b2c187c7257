import { describe, expect, it } from 'vitest';
import { readAzureFixture } from '../../testing/fixtures';
import { skipWithout } from '../../testing/prerequisites';
import { toArm } from './toArm.testing';

type Obj = Record<string, unknown>;

describe.skipIf(skipWithout('fixtures'))('bicepToArm on the HA-ports quickstart', () => {
  it('gives what the Bicep compiler gave (azuredeploy.json), apart from dependsOn and the generator stamp', async () => {
    const out = await toArm(readAzureFixture('haports-ilb-main.bicep'));
    const compiled = JSON.parse(readAzureFixture('haports-ilb-azuredeploy.json')) as Obj;
    const withoutDependsOn = (compiled.resources as Obj[]).map(({ dependsOn: _, ...r }) => r);
    expect(out.template.parameters).toEqual(compiled.parameters);
    expect(out.template.resources).toEqual(withoutDependsOn);
    expect(out.template.$schema).toBe(compiled.$schema);
  });
});
