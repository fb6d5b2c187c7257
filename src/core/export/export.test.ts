// Golden files for the type 2 preset, structural checks for every preset and determinism.
import { describe, expect, it } from 'vitest';
import { PRESET_NAMES, preset } from '../testing/presets';
import type { LbTopology } from '../topology/schema';
import { exportTopology } from './export';
import { identifiers } from './names';
import { bicepString } from './resource';
import { hclString } from './terraform';
import { EXPORT_FORMATS } from './types';

/** Un-escapes an ARM expression string literal: `'it''s'` → `it's`. */
const armArg = (s: string) => s.slice(1, -1).replace(/''/g, "'");
const REF = /^\[resourceId\('(Microsoft\.Network\/loadBalancers\/\w+)', variables\('lbName'\), ('(?:[^']|'')*')\)\]$/;

/** Asserts that a resourceId() reference names a child that exists in the template; returns its name. */
function resolve(lb: { properties: Record<string, { name: string }[]> }, id: string, kind: string): string {
  const m = REF.exec(id);
  expect(m, id).not.toBeNull();
  expect(m![1]).toBe(`Microsoft.Network/loadBalancers/${kind}`);
  const name = armArg(m![2]!);
  expect(lb.properties[kind]!.map((c) => c.name)).toContain(name);
  return name;
}

describe('golden exports of the type 2 preset', () => {
  it.each([...EXPORT_FORMATS])('%s', async (format) => {
    const r = exportTopology(preset('type2-floating-ip'), format);
    await expect(r.text).toMatchFileSnapshot(`__golden__/type2-floating-ip.${r.fileName.split('.').pop()}`);
  });
});

describe.each(PRESET_NAMES)('%s', (name) => {
  const t = preset(name);
  it('ARM: valid JSON, Standard, one rule per topology rule with the right values and existing references', () => {
    const arm = JSON.parse(exportTopology(t, 'arm').text);
    expect(arm.resources).toHaveLength(1);
    const lb = arm.resources[0];
    expect(lb).toMatchObject({
      type: 'Microsoft.Network/loadBalancers',
      apiVersion: '2024-05-01',
      sku: { name: 'Standard', tier: 'Regional' },
    });
    expect(lb.properties.loadBalancingRules).toHaveLength(t.rules.length);
    t.rules.forEach((rule, i) => {
      const r = lb.properties.loadBalancingRules[i];
      expect(r.name).toBe(rule.name);
      expect(r.properties).toMatchObject({
        enableFloatingIP: rule.floatingIp,
        frontendPort: rule.frontendPort,
        backendPort: rule.backendPort,
        protocol: rule.protocol,
      });
      expect(resolve(lb, r.properties.frontendIPConfiguration.id, 'frontendIPConfigurations')).toBe(rule.frontend);
      expect(resolve(lb, r.properties.backendAddressPool.id, 'backendAddressPools')).toBe(rule.backendPool);
      if (rule.probe) expect(resolve(lb, r.properties.probe.id, 'probes')).toBe(rule.probe);
    });
    for (const p of lb.properties.probes) {
      expect(p.properties).not.toHaveProperty('numberOfProbes');
      expect(p.properties.probeThreshold).toBeGreaterThanOrEqual(1);
      expect('requestPath' in p.properties).toBe(p.properties.protocol !== 'Tcp');
    }
    const params = Object.keys(arm.parameters);
    expect(params).toContain('location');
    if (t.loadBalancer.type === 'Internal') expect(params).toContain('subnetId');
    else expect(params.filter((p) => p.startsWith('publicIpId_'))).toHaveLength(t.frontends.length);
    expect(arm.metadata.floatplanDiagnostics).toEqual(expect.any(Array));
  });
  it('Bicep and Terraform: one rule per topology rule with the right floating flag', () => {
    const bicep = exportTopology(t, 'bicep').text;
    const bicepFlags = [...bicep.matchAll(/enableFloatingIP: (true|false)/g)].map((m) => m[1] === 'true');
    expect(bicepFlags).toEqual(t.rules.map((r) => r.floatingIp));
    const tf = exportTopology(t, 'terraform').text;
    expect(tf.match(/^resource "azurerm_lb_rule" /gm)).toHaveLength(t.rules.length);
    expect([...tf.matchAll(/floating_ip_enabled\s+= (true|false)/g)].map((m) => m[1] === 'true')).toEqual(t.rules.map((r) => r.floatingIp));
    expect(tf).not.toContain('enable_floating_ip');
    for (const r of t.rules) {
      expect(tf).toContain(`name                           = ${hclString(r.name)}`);
      expect(bicep).toContain(`name: ${bicepString(r.name)}`);
    }
  });
  it('is deterministic', () => {
    for (const f of EXPORT_FORMATS) expect(exportTopology(structuredClone(t), f).text).toBe(exportTopology(t, f).text);
  });
});

describe('notes', () => {
  const broken = (): LbTopology => {
    const t = preset('type2-floating-ip');
    t.rules[1]!.frontend = 'FIP1'; // same frontend, port and pool as rule1: a conflict error
    t.rules.push({
      name: 'unwired',
      frontend: '',
      backendPool: 'pool',
      protocol: 'Tcp',
      frontendPort: 81,
      backendPort: 81,
      floatingIp: false,
    });
    return t;
  };
  it('with errors, every format still exports and puts a prominent warning at the top', () => {
    const t = broken();
    for (const f of ['azcli', 'bicep', 'terraform'] as const) {
      const r = exportTopology(t, f);
      expect(r.text.split('\n').slice(0, 8).join('\n')).toMatch(/THIS TOPOLOGY HAS \d+ ERRORS?/);
      expect(r.text).toMatch(/(#|\/\/) +ERROR \w+: /);
      expect(r.text).toMatch(/WARNING ExportRuleSkipped: The rule "unwired" is left out/);
    }
    const arm = JSON.parse(exportTopology(t, 'arm').text);
    expect(arm.metadata.floatplanWarning).toMatch(/THIS TOPOLOGY HAS/);
    expect(arm.metadata.floatplanDiagnostics.some((d: { severity: string }) => d.severity === 'error')).toBe(true);
    expect(arm.resources[0].properties.loadBalancingRules).toHaveLength(2);
  });
  it('a name Azure refuses gets a warning; a dangling probe is dropped with a note', () => {
    const t = preset('type2-floating-ip');
    t.rules[0]!.name = 'web rule';
    t.rules[1]!.probe = 'nope';
    const r = exportTopology(t, 'terraform');
    expect(r.notes.map((n) => n.code)).toEqual(expect.arrayContaining(['AzureNameInvalid', 'ExportProbeDropped']));
    expect(r.text).toContain('resource "azurerm_lb_rule" "web_rule"');
    expect(r.text.match(/probe_id/g)).toHaveLength(1);
  });
  it('a Basic SKU is exported as Standard with a warning', () => {
    const t = preset('type2-floating-ip');
    t.loadBalancer.sku = 'Basic';
    const r = exportTopology(t, 'bicep');
    expect(r.text).toContain("name: 'Standard'");
    expect(r.notes.map((n) => n.code)).toContain('ExportSkuChanged');
  });
});

describe('helpers', () => {
  it('identifiers are valid and unique', () => {
    const ids = identifiers(['web 1', 'web_1', '1st', 'a-b', ''], 'r');
    expect([...ids.values()]).toEqual(['web_1', 'web_1_2', 'r_1st', 'a_b', 'r_']);
    expect(identifiers(['a-b'], 'r', { hyphen: true }).get('a-b')).toBe('a-b');
  });
  it('string literals escape interpolation and quotes', () => {
    expect(hclString('a${b}%{c}"\\\n')).toBe('"a$${b}%%{c}\\"\\\\\\n"');
    expect(bicepString("it's ${x}\\\n")).toBe("'it\\'s \\${x}\\\\\\n'");
  });
});
