import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheck } from './checkCli.testing';
import { tempDirs } from './runCli.testing';

const tempDir = tempDirs();
const DIR = 'src/core/check/__fixtures__';
const tf = (name: string) => readFileSync(`${DIR}/terraform/${name}`, 'utf8');

interface Result {
  file: string;
  line: number;
  severity: string;
  code: string;
  suppressed?: { justification: string };
}
type Report = { results: Result[]; summary: { errors: number; suppressed: number; failed: boolean } };

/** The Terraform fixture as in-memory files under `mem/`, main.tf with `edit` applied. */
function config(edit: (main: string) => string = (m) => m, extra: Record<string, string> = {}): Record<string, string> {
  return { 'mem/main.tf': edit(tf('main.tf')), 'mem/variables.tf': tf('variables.tf'), 'mem/vms.tf': tf('vms.tf'), ...extra };
}
const before = (header: string, comment: string) => (main: string) => main.replace(header, `${comment}\n${header}`);
const API = 'resource "azurerm_lb_rule" "api" {';

async function check(files: Record<string, string>, ...args: string[]) {
  const r = await runCheck(['check', 'mem', '--format', 'json', ...args], files);
  return { ...r, report: r.code === 2 ? undefined : (JSON.parse(r.out) as Report) };
}
const codes = (r: Report | undefined) => (r?.results ?? []).filter((x) => !x.suppressed).map((x) => x.code);

describe('inline suppressions', () => {
  it('a reasoned floatplan-ignore on the line above suppresses the finding: kept, marked, not failing', async () => {
    const files = config(before(API, '# floatplan-ignore RulesUseSameBackendPortProtocolAndPool: rule-api goes away in CHG-1234'));
    const { code, report } = await check(files, '--no-config');
    const clash = report!.results.find((r) => r.code === 'RulesUseSameBackendPortProtocolAndPool')!;
    expect(clash.suppressed).toEqual({ justification: 'rule-api goes away in CHG-1234' });
    expect(report!.summary).toMatchObject({ errors: 0, suppressed: 1, failed: false });
    expect(code).toBe(0);
    expect(codes(report)).not.toContain('CheckSuppressionUnused');
  });

  it('a suppression on a related element (the other colliding rule) counts too; // comments work', async () => {
    const files = config(
      before('resource "azurerm_lb_rule" "web" {', '// floatplan-ignore RulesUseSameBackendPortProtocolAndPool: both stay'),
    );
    const { report } = await check(files, '--no-config');
    expect(report!.results.find((r) => r.code === 'RulesUseSameBackendPortProtocolAndPool')!.suppressed).toBeDefined();
  });

  it('without a reason it suppresses nothing and is reported at the comment', async () => {
    const files = config(before(API, '# floatplan-ignore RulesUseSameBackendPortProtocolAndPool'));
    const { code, report } = await check(files, '--no-config');
    expect(code).toBe(1);
    const line = files['mem/main.tf']!.split('\n').findIndex((l) => l.startsWith('# floatplan-ignore')) + 1;
    expect(report!.results.find((r) => r.code === 'CheckSuppressionWithoutReason')).toMatchObject({
      file: 'mem/main.tf',
      line,
      severity: 'warning',
    });
    expect(codes(report)).toContain('RulesUseSameBackendPortProtocolAndPool');
  });

  it('works in ARM JSON with comments and in Bicep, on the line above the element', async () => {
    const arm = readFileSync(`${DIR}/arm/azuredeploy.json`, 'utf8').replace(
      '          {\n            "name": "rule-ha"',
      '          // floatplan-ignore HaPortsNonFloatingExclusive, FrontendPortConflict: rule-https moves out in CHG-7\n          {\n            "name": "rule-ha"',
    );
    const bicep = readFileSync(`${DIR}/bicep/main.bicep`, 'utf8').replace(
      "      {\n        name: 'rule-endpoint'",
      "      // floatplan-ignore NoProbe: the mirroring endpoint follows the listener's probe\n      {\n        name: 'rule-endpoint'",
    );
    const r = await runCheck(['check', 'mem', '--format', 'json', '--no-config'], { 'mem/lb.json': arm, 'mem/main.bicep': bicep });
    const report = JSON.parse(r.out) as Report;
    const suppressed = report.results
      .filter((x) => x.suppressed)
      .map((x) => x.code)
      .sort();
    expect(suppressed).toEqual(['FrontendPortConflict', 'HaPortsNonFloatingExclusive', 'NoProbe']);
    expect(codes(report)).not.toContain('CheckSuppressionUnused');
  });

  it('an unused suppression is reported', async () => {
    const files = config(before(API, '# floatplan-ignore NoProbe: there is a probe now'));
    const { report } = await check(files, '--no-config');
    expect(codes(report)).toContain('CheckSuppressionUnused');
  });
});

describe('configuration', () => {
  it('turns a code off, changes a severity, and applies to check codes too', async () => {
    const rules = { RulesUseSameBackendPortProtocolAndPool: 'warning', NoOutboundPath: 'off', CheckSuppressionUnused: 'off' };
    const files = config(before(API, '# floatplan-ignore NoProbe: stale'), { 'mem/cfg.json': JSON.stringify({ rules }) });
    const { code, report } = await check(files, '--config', 'mem/cfg.json');
    expect(code).toBe(0);
    expect(report!.results.find((r) => r.code === 'RulesUseSameBackendPortProtocolAndPool')!.severity).toBe('warning');
    expect(codes(report)).not.toContain('NoOutboundPath');
    expect(codes(report)).not.toContain('CheckSuppressionUnused');
  });

  it('ignores paths by glob, relative to the configuration file', async () => {
    const files = config(undefined, { 'mem/cfg.json': JSON.stringify({ ignore: ['vms.tf'] }) });
    const { report } = await check(files, '--config', 'mem/cfg.json');
    expect(report!.results.map((r) => r.file)).not.toContain('mem/vms.tf');
    expect(codes(report)).not.toContain('NoOutboundPath');
  });

  it('a bad configuration is exit 2 with every mistake at its place', async () => {
    const bad = { rules: { NoProbee: 'off', NoProbe: 'loud' }, ignore: [''], extra: 1 };
    const { code, err } = await check(config(undefined, { 'mem/cfg.json': JSON.stringify(bad) }), '--config', 'mem/cfg.json');
    expect(code).toBe(2);
    expect(err).toContain('mem/cfg.json: rules.NoProbee: unknown code (did you mean NoProbe?)');
    expect(err).toContain('mem/cfg.json: rules.NoProbe: "loud" is not a severity');
    expect(err).toContain('mem/cfg.json: ignore[0]: a glob must be a non-empty string');
    expect(err).toContain('mem/cfg.json: extra: unknown key');
    expect((await check(config(undefined, { 'mem/cfg.json': '{ rules' }), '--config', 'mem/cfg.json')).code).toBe(2);
    const ja = await check(config(undefined, { 'mem/cfg.json': JSON.stringify(bad) }), '--config', 'mem/cfg.json', '--lang', 'ja');
    expect(ja.err).toContain('mem/cfg.json: rules.NoProbee: 不明なコードです(NoProbe のことですか?)');
  });

  it('is found from the working directory upward: floatplan.config.json, or package.json "floatplan"', async () => {
    const root = tempDir('floatplan-check-config-');
    const sub = join(root, 'infra', 'lb');
    mkdirSync(sub, { recursive: true });
    for (const f of ['main.tf', 'variables.tf', 'vms.tf']) writeFileSync(join(sub, f), tf(f));
    writeFileSync(join(root, 'package.json'), JSON.stringify({ name: 'x', floatplan: { rules: { NoOutboundPath: 'off' } } }));
    const run = async () => JSON.parse((await runCheck(['check', sub, '--format', 'json'], {}, sub)).out) as Report;
    expect(codes(await run())).not.toContain('NoOutboundPath');
    // A floatplan.config.json nearer the working directory wins.
    writeFileSync(join(root, 'infra', 'floatplan.config.json'), JSON.stringify({ rules: { PlaceholderValue: 'off' } }));
    const nearer = codes(await run());
    expect(nearer).toContain('NoOutboundPath');
    expect(nearer).not.toContain('PlaceholderValue');
    // Paths are shown relative to the working directory.
    expect((await run()).results[0]!.file).toMatch(/^(main|variables|vms)\.tf$/);
  });
});
