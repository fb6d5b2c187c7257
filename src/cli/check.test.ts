import { readFileSync } from 'node:fs';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDirs } from './runCli.testing';
import { sarifErrors } from '../core/check/sarifSchema.testing';
import { runCheck as runCliAsync } from './checkCli.testing';

const tempDir = tempDirs();
const DIR = 'src/core/check/__fixtures__';
const read = (path: string) => readFileSync(path, 'utf8');
/** The 1-based line of the first line of `path` that contains `needle`. */
const lineOf = (path: string, needle: string, text = read(path)) => {
  const n = text.split('\n').findIndex((l) => l.includes(needle));
  if (n < 0) throw new Error(`${needle} not in ${path}`);
  return n + 1;
};

interface Result {
  file: string;
  line: number;
  column: number;
  severity: string;
  code: string;
  message: string;
  related: { file: string; line: number }[];
  suppressed?: { justification: string };
  placeholder?: boolean;
}
interface JsonReport {
  results: Result[];
  files: { file: string; loadBalancers: string[] }[];
  summary: { errors: number; warnings: number; suppressed: number; loadBalancers: number; failed: boolean };
}

async function checkJson(args: string[], files: Record<string, string> = {}) {
  const r = await runCliAsync(['check', ...args, '--format', 'json', '--no-config'], files);
  return { ...r, report: JSON.parse(r.out) as JsonReport };
}
const only = (report: JsonReport, code: string) => {
  const found = report.results.filter((r) => r.code === code);
  expect(found, code).toHaveLength(1);
  return found[0]!;
};

describe('floatplan check: each finding at the line of its element', () => {
  it('Terraform: a directory is one configuration; rules, placeholders, import findings and VMs at their resources', async () => {
    const { code, report } = await checkJson([`${DIR}/terraform`]);
    expect(code).toBe(1);
    const main = `${DIR}/terraform/main.tf`;
    const vars = `${DIR}/terraform/variables.tf`;
    const clash = only(report, 'RulesUseSameBackendPortProtocolAndPool');
    expect(clash).toMatchObject({ file: main, line: lineOf(main, 'resource "azurerm_lb_rule" "api"'), column: 1, severity: 'error' });
    expect(clash.related).toContainEqual({ file: main, line: lineOf(main, 'resource "azurerm_lb_rule" "web"'), column: 1 });
    expect(only(report, 'PlaceholderValue')).toMatchObject({ file: vars, line: lineOf(vars, 'resource "azurerm_lb_rule" "admin"') });
    expect(only(report, 'ImportUnresolved')).toMatchObject({ file: vars, line: lineOf(vars, 'frontend_port'), column: 3 });
    const vms = `${DIR}/terraform/vms.tf`;
    expect(only(report, 'NoOutboundPath')).toMatchObject({ file: vms, line: lineOf(vms, 'resource "azurerm_linux_virtual_machine"') });
  });

  it('a finding that rests on a placeholder is a warning at most, and says so', async () => {
    // No conflict is judged on the unknown frontend port itself (the core leaves marked ports out)…
    const plain = await checkJson([`${DIR}/terraform`]);
    expect(plain.report.results.map((r) => r.code)).not.toContain('FrontendPortConflict');
    // …but rule-admin, whose frontend port is unknown, also takes backend port 80 on pool-web beside rule-web and
    // rule-api: that clash is real, and rests on an element holding a placeholder.
    const files = Object.fromEntries(['main.tf', 'variables.tf', 'vms.tf'].map((f) => [`mem/tf/${f}`, read(`${DIR}/terraform/${f}`)]));
    files['mem/tf/variables.tf'] = files['mem/tf/variables.tf']!.replace(/backend_port(\s+)= 8443/, 'backend_port$1= 80');
    const { report } = await checkJson(['mem/tf'], files);
    const clash = only(report, 'RulesUseSameBackendPortProtocolAndPool');
    expect(clash).toMatchObject({ severity: 'warning', placeholder: true });
    expect(clash.message).toContain('placeholder value of rule-admin');
    // Given the value, the placeholder is gone and the finding is checked for real: an error again.
    const given = await checkJson(['mem/tf', '--param', 'admin_port=8443'], files);
    expect(given.report.results.map((r) => r.code)).not.toContain('PlaceholderValue');
    expect(only(given.report, 'RulesUseSameBackendPortProtocolAndPool')).toMatchObject({ severity: 'error' });
    expect(only(given.report, 'RulesUseSameBackendPortProtocolAndPool').placeholder).toBeUndefined();
  });

  it('a .tfvars file gives Terraform variables', async () => {
    const { report } = await checkJson([`${DIR}/terraform`, '--parameters', 'mem/prod.tfvars'], {
      'mem/prod.tfvars': 'admin_port = 8443\n',
    });
    expect(report.results.map((r) => r.code)).not.toContain('PlaceholderValue');
  });

  it('reads the values the deployment tool would: terraform.tfvars, *.auto.tfvars, <template>.parameters.json', async () => {
    const tfFiles = Object.fromEntries(['main.tf', 'variables.tf', 'vms.tf'].map((f) => [`mem/tf/${f}`, read(`${DIR}/terraform/${f}`)]));
    const tf = await checkJson(['mem/tf'], {
      ...tfFiles,
      'mem/tf/terraform.tfvars': 'admin_port = 80\n',
      'mem/tf/z.auto.tfvars': 'admin_port = 8443\n',
    });
    expect(tf.report.results.map((r) => r.code)).not.toContain('PlaceholderValue');
    expect(tf.report.results.map((r) => r.code)).not.toContain('FrontendPortConflict'); // 8443 (auto.tfvars, read last) wins
    const bad = await checkJson(['mem/tf'], { ...tfFiles, 'mem/tf/terraform.tfvars': 'admin_port = = 1\n' });
    expect(only(bad.report, 'CheckUnreadable')).toMatchObject({ file: 'mem/tf/terraform.tfvars', line: 1 });
    const template = read(`${DIR}/arm/azuredeploy.json`);
    const parameters = JSON.stringify({ parameters: { probePort: { value: 8443 } } });
    const arm = await checkJson(['mem/arm'], { 'mem/arm/lb.json': template, 'mem/arm/lb.parameters.json': parameters });
    expect(arm.report.results.map((r) => r.code)).not.toContain('PlaceholderValue');
    expect(arm.report.files.map((f) => f.file)).toEqual(['mem/arm/lb.json']);
    // --param wins over the file beside the template.
    const given = await checkJson(['mem/arm', '--param', 'probePort=0'], {
      'mem/arm/lb.json': template,
      'mem/arm/lb.parameters.json': parameters,
    });
    expect(given.report.results.map((r) => r.code)).toContain('PortOutOfRange');
  });

  it('Bicep: at the object of the element in the Bicep file', async () => {
    const file = `${DIR}/bicep/main.bicep`;
    const { code, report } = await checkJson([file]);
    expect(code).toBe(0); // warnings only
    const noProbe = only(report, 'NoProbe');
    expect(noProbe).toMatchObject({ file, line: lineOf(file, "name: 'rule-endpoint'") - 1 });
    expect(read(file).split('\n')[noProbe.line - 1]![noProbe.column - 1]).toBe('{');
  });

  it('ARM: at the element object in the template; a placeholder parameter is reported', async () => {
    const file = `${DIR}/arm/azuredeploy.json`;
    const { report } = await checkJson([file]);
    const ha = only(report, 'HaPortsNonFloatingExclusive');
    expect(ha.line).toBe(lineOf(file, '"name": "rule-ha"') - 1);
    expect(only(report, 'PlaceholderValue').line).toBe(lineOf(file, '"name": "probe-app"') - 1);
  });

  it('a Floatplan topology is checked as it is, at its elements', async () => {
    const file = 'public/examples/type2-floating-ip.json';
    const { code, report } = await checkJson([file]);
    expect(code).toBe(0);
    const floating = report.results.find((r) => r.code === 'FloatingIpGuestConfigRequired')!;
    const text = read(file);
    const rules = JSON.parse(text) as { rules: { name: string }[] };
    // The line of the object of the first rule the finding names.
    const names = rules.rules.map((r) => r.name).filter((n) => floating.message.includes(n));
    expect(names.length).toBeGreaterThan(0);
    const lines = text.split('\n');
    expect(lines[floating.line - 1]![floating.column - 1]).toBe('{');
    expect(`${lines[floating.line - 1]!}${lines[floating.line]!}`).toContain(`"name": "${names[0]!}"`);
  });

  it('every load balancer of a file is checked', async () => {
    const template = read(`${DIR}/arm/azuredeploy.json`);
    const two = JSON.parse(template) as { resources: { name: string }[] };
    two.resources.push({ ...two.resources[0]!, name: 'lb-two' });
    const { report } = await checkJson(['mem/two.json'], { 'mem/two.json': JSON.stringify(two, null, 2) });
    expect(report.files[0]!.loadBalancers).toEqual(['lb-app', 'lb-two']);
    expect(report.results.filter((r) => r.code === 'HaPortsNonFloatingExclusive')).toHaveLength(2);
  });
});

describe('floatplan check: files it cannot use', () => {
  it("a syntax error is an error finding at the parser's line; a named file without a load balancer is said", async () => {
    const bad = await checkJson(['mem/bad'], { 'mem/bad/main.tf': 'resource "azurerm_lb" "x" {\n  name = \n}\n' });
    expect(bad.code).toBe(1);
    expect(only(bad.report, 'CheckUnreadable')).toMatchObject({ file: 'mem/bad/main.tf', line: 2, column: 10, severity: 'error' });
    const none = await checkJson(['package.json']);
    expect(none.code).toBe(0);
    expect(only(none.report, 'CheckNoLoadBalancer')).toMatchObject({ file: 'package.json', severity: 'info' });
    // Found by walking, JSON that cannot hold a load balancer is none of check's business.
    const walked = await checkJson(['mem/app'], { 'mem/app/package.json': '{"name": "x"}', 'mem/app/tsconfig.json': '{ nope' });
    expect(walked.report.results).toEqual([]);
  });
});

describe('floatplan check: formats and exit codes', () => {
  it('text: compiler-style lines and a summary', async () => {
    const file = `${DIR}/bicep/main.bicep`;
    const { out } = await runCliAsync(['check', file, '--no-config']);
    expect(out).toContain(
      `${file}:${lineOf(file, "name: 'rule-endpoint'") - 1}:7: warning NoProbe: Rule rule-endpoint has no health probe`,
    );
    expect(out.split('\n').at(-1)).toMatch(
      /^\d+ problem\(s\) \(0 error\(s\), 2 warning\(s\), \d+ info\) in 1 file\(s\), 1 load balancer\(s\) checked\.$/,
    );
    const ja = await runCliAsync(['check', file, '--no-config', '--lang', 'ja']);
    expect(ja.out.split('\n').at(-1)).toContain('件の問題');
  });

  it('--fail-on decides the exit code', async () => {
    const file = `${DIR}/bicep/main.bicep`;
    expect((await runCliAsync(['check', file, '--no-config'])).code).toBe(0);
    expect((await runCliAsync(['check', file, '--no-config', '--fail-on', 'warning'])).code).toBe(1);
    expect((await runCliAsync(['check', `${DIR}/terraform`, '--no-config', '--fail-on', 'never'])).code).toBe(0);
    expect((await runCliAsync(['check', file, '--fail-on', 'sometimes'])).code).toBe(2);
    expect((await runCliAsync(['check', 'no/such/file.tf'])).code).toBe(2);
    expect((await runCliAsync(['check'])).code).toBe(2);
  });

  it('SARIF: schema-valid, every result on a line of the file it names', async () => {
    const { code, out } = await runCliAsync(['check', DIR, '--format', 'sarif', '--no-config']);
    expect(code).toBe(1);
    const log = JSON.parse(out) as {
      runs: {
        results: {
          ruleId: string;
          locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[];
        }[];
      }[];
    };
    expect(sarifErrors(log)).toEqual([]);
    const results = log.runs[0]!.results;
    expect(results.length).toBeGreaterThan(10);
    for (const r of results) {
      const { artifactLocation, region } = r.locations[0]!.physicalLocation;
      const lines = read(decodeURIComponent(artifactLocation.uri)).split('\n').length;
      expect(region.startLine).toBeGreaterThanOrEqual(1);
      expect(region.startLine).toBeLessThanOrEqual(lines);
    }
    expect(results.map((r) => r.ruleId)).toContain('RulesUseSameBackendPortProtocolAndPool');
  });

  it('JUnit: well-formed, a suite per file, a failure per finding at or above --fail-on', async () => {
    const { out } = await runCliAsync(['check', DIR, '--format', 'junit', '--no-config']);
    expect(XMLValidator.validate(out)).toBe(true);
    const xml = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['testsuite', 'testcase', 'failure'].includes(name) }).parse(
      out,
    ) as {
      testsuites: { testsuite: { '@_name': string; testcase: { '@_name': string; failure?: { '@_type': string }[] }[] }[] };
    };
    const suites = xml.testsuites.testsuite;
    expect(suites.map((s) => s['@_name']).sort()).toEqual([`${DIR}/arm/azuredeploy.json`, `${DIR}/bicep/main.bicep`, `${DIR}/terraform`]);
    const tf = suites.find((s) => s['@_name'] === `${DIR}/terraform`)!;
    const api = tf.testcase.find((c) => c['@_name'] === 'rule rule-api')!;
    expect(api.failure?.map((f) => f['@_type'])).toEqual(['RulesUseSameBackendPortProtocolAndPool']);
    expect(tf.testcase.find((c) => c['@_name'] === 'probe probe-http')!.failure).toBeUndefined();
  });

  it('--out writes the report to a file, nothing on stdout', async () => {
    const out = join(tempDir('floatplan-check-'), 'floatplan.sarif');
    const r = await runCliAsync(['check', `${DIR}/bicep/main.bicep`, '--format', 'sarif', '--out', out, '--no-config']);
    expect(r.out).toBe('');
    expect(sarifErrors(JSON.parse(readFileSync(out, 'utf8')))).toEqual([]);
  });
});
