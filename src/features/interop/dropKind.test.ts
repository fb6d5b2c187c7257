import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dropKind, needsText } from './dropKind';

describe('dropKind', () => {
  it('sends Terraform and Bicep files to the import dialog, whatever their case', () => {
    expect(dropKind('main.TF', undefined)).toBe('template');
    expect(dropKind('lb.bicep', 'param x string')).toBe('template');
  });

  it('keeps opening a v1 topology (a preset file) as before', () => {
    const preset = readFileSync(new URL('../../../public/examples/type2-floating-ip.json', import.meta.url), 'utf8');
    expect(dropKind('type2-floating-ip.json', preset)).toBe('topology');
  });

  it('keeps sending topology-looking JSON of another version to the opener, which names the problem', () => {
    expect(dropKind('old.json', '{"version": 2, "name": "x"}')).toBe('topology');
  });

  it('imports an ARM template, a single resource, az network lb show output and an az list array', () => {
    expect(
      dropKind(
        'azuredeploy.json',
        '{"$schema":"https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#","resources":[]}',
      ),
    ).toBe('template');
    expect(dropKind('lb.json', '{"type":"Microsoft.Network/loadBalancers","name":"lb","properties":{}}')).toBe('template');
    expect(dropKind('show.json', '{"id":"/subscriptions/x","etag":"W/1","frontendIpConfigurations":[]}')).toBe('template');
    expect(dropKind('list.json', '[{"name":"lb"}]')).toBe('template');
  });

  it('treats a template that happens to have a version-like field as a template', () => {
    expect(dropKind('t.json', '{"version":"1.0","$schema":"x","resources":[]}')).toBe('template');
  });

  it('leaves malformed JSON and other files to the opener (it explains what is wrong)', () => {
    expect(dropKind('broken.json', '{"version": 1,')).toBe('topology');
    expect(dropKind('notes.txt', 'hello')).toBe('topology');
    expect(dropKind('number.json', '42')).toBe('topology');
  });

  it('says only .json files need their text read for the decision', () => {
    expect(needsText('a.JSON')).toBe(true);
    expect(needsText('a.tf')).toBe(false);
  });
});
