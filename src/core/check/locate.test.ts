import { describe, expect, it } from 'vitest';
import { jsonPathSegments, JsonLocator } from './jsonLocate';
import { LineIndex } from './position';
import { TerraformLocator } from './terraformLocate';

const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('positions', () => {
  it('offsets and lines to 1-based lines and columns', () => {
    const index = new LineIndex('ab\n  cd\n\n');
    expect(index.at(0)).toEqual({ line: 1, column: 1 });
    expect(index.at(5)).toEqual({ line: 2, column: 3 });
    expect(index.line(2)).toEqual({ line: 2, column: 3 });
    expect(index.line(3)).toEqual({ line: 3, column: 1 });
    expect(index.line(99).line).toBe(4);
  });
});

describe('JSON paths', () => {
  const text =
    '{\n  "resources": [\n    {\n      "properties": {\n        "probes": [\n          { "name": "p" }\n        ]\n      }\n    }\n  ]\n}\n';
  it('splits the importers paths', () => {
    expect(jsonPathSegments("resources[2].properties['a.b'].x")).toEqual(['resources', 2, 'properties', 'a.b', 'x']);
    expect(jsonPathSegments('rules[0]')).toEqual(['rules', 0]);
    expect(jsonPathSegments('not a path!')).toBeUndefined();
  });
  it('finds a value, or its nearest ancestor the text has', () => {
    const json = new JsonLocator(text);
    expect(json.locate('resources[0].properties.probes[0]')).toEqual({ line: lineOf(text, '"name": "p"'), column: 11 });
    expect(json.locate('resources[0].properties.probes[7].properties.port')).toEqual({ line: lineOf(text, '"probes"'), column: 19 });
    expect(json.locate('outputs.x')).toBeUndefined();
  });
});

describe('Terraform addresses', () => {
  const main = [
    '# lb',
    'resource "azurerm_lb" "lb" {',
    '  name = "lb"',
    '  frontend_ip_configuration {',
    '    name = "a"',
    '  }',
    '  frontend_ip_configuration {',
    '    name = "b"',
    '  }',
    '}',
    '',
    '  resource azurerm_lb_rule "web" {',
    '  frontend_port = var.p',
    '}',
  ].join('\n');
  const other =
    'data "azurerm_subnet" "s" {\n}\nmodule "net" {\n  source = "./net"\n}\nresource "azurerm_lb" "d" {\n  dynamic "frontend_ip_configuration" {\n  }\n}\n';
  const tf = new TerraformLocator([
    { name: 'main.tf', text: main },
    { name: 'other.tf', text: other },
  ]);
  it('finds resources, nested blocks and attributes in the file that has them', () => {
    expect(tf.locate('azurerm_lb.lb')).toEqual({ file: 'main.tf', line: 2, column: 1 });
    expect(tf.locate('azurerm_lb.lb.frontend_ip_configuration[1]')).toEqual({ file: 'main.tf', line: 7, column: 3 });
    expect(tf.locate('azurerm_lb_rule.web[0].frontend_port')).toEqual({ file: 'main.tf', line: 13, column: 3 });
    expect(tf.locate('azurerm_lb_rule.web.probe_id')).toEqual({ file: 'main.tf', line: 12, column: 3 });
    expect(tf.locate('data.azurerm_subnet.s')).toEqual({ file: 'other.tf', line: 1, column: 1 });
    expect(tf.locate('module.net.azurerm_lb.x')).toEqual({ file: 'other.tf', line: 3, column: 1 });
    expect(tf.locate('azurerm_lb.d.frontend_ip_configuration[0]')).toEqual({ file: 'other.tf', line: 7, column: 3 });
    expect(tf.locate('azurerm_lb.elsewhere')).toBeUndefined();
  });
});
