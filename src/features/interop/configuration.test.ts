import { describe, expect, it } from 'vitest';
import { asOneDefinition } from './configuration';

describe('asOneDefinition', () => {
  it('keeps one file as it is and joins several .tf files in name order', () => {
    expect(asOneDefinition([{ name: 'lb.json', text: '{}' }])).toEqual({ name: 'lb.json', text: '{}' });
    const joined = asOneDefinition([
      { name: 'variables.tf', text: 'variable "ip" {}' },
      { name: 'main.tf', text: 'resource "azurerm_lb" "lb" {}' },
    ]);
    expect(joined?.name).toBe('main.tf, variables.tf');
    expect(joined?.text).toBe(
      '# floatplan: file main.tf\nresource "azurerm_lb" "lb" {}\n# floatplan: file variables.tf\nvariable "ip" {}\n',
    );
  });

  it('refuses several files that are not all .tf, and no file at all', () => {
    expect(
      asOneDefinition([
        { name: 'main.tf', text: '' },
        { name: 'lb.json', text: '{}' },
      ]),
    ).toBeUndefined();
    expect(asOneDefinition([])).toBeUndefined();
  });
});
