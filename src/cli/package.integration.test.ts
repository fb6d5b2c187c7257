// The packed package, installed into an empty folder as a user or a pipeline installs it: the bin runs every command
// from built JavaScript, the library imports and type-checks from the installed files, and nothing of the app's
// (React and the rest) comes along.
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sarifErrors } from '../core/check/sarifSchema.testing';
import { floatplan, packAndInstall, put, ROOT, run, type Installed, type Ran } from './packed.testing';
import { azureSteps, githubWorkflow, preCommitHooks, stepRunning, stepUsing } from './pipelines.testing';

let installed: Installed;
beforeAll(() => {
  installed = packAndInstall();
  console.info(
    `package test: npm pack ${Math.round(installed.timings.packMs)} ms (prepack builds included), npm install ${Math.round(installed.timings.installMs)} ms`,
  );
}, 300_000);
afterAll(() => installed?.remove());

const packageVersion = () => (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const example = () => readFileSync(join(ROOT, 'public/examples/type2-floating-ip.json'), 'utf8');
/** The example with floating IP off on both rules: rule1 and rule2 then collide on backend port 80 (an error). */
const colliding = () => example().replaceAll('"floatingIp": true', '"floatingIp": false');

describe('the installed package', { timeout: 120_000 }, () => {
  it('holds only the built files, and no app dependency is installed with it', () => {
    const pkg = join(installed.dir, 'node_modules/floatplan');
    expect(existsSync(join(pkg, 'dist-cli/floatplan.mjs'))).toBe(true);
    expect(existsSync(join(pkg, 'src'))).toBe(false);
    const modules = readdirSync(join(installed.dir, 'node_modules'));
    for (const app of ['react', 'react-dom', '@xyflow', 'zustand', 'zundo', 'highlight.js', 'tsx', 'typescript', 'rolldown'])
      expect(modules, app).not.toContain(app);
    expect(modules).toEqual(expect.arrayContaining(['@cdktn', 'tree-sitter-bicep', 'web-tree-sitter', 'valibot']));
  });

  it('validates, writes a script and exports through npx floatplan', () => {
    put(installed, 'lb.json', example());
    expect(floatplan(installed, ['validate', 'lb.json']).stdout).toContain('0 error(s)');
    expect(floatplan(installed, ['script', 'lb.json', '--vm', 'VM2', '--flavor', 'ubuntu']).stdout).toMatch(/^#!\/usr\/bin\/env bash/);
    const tf = floatplan(installed, ['export', 'lb.json', '--format', 'terraform']).stdout;
    expect(tf).toContain('resource "azurerm_lb_rule" "rule1"');
    put(installed, 'colliding.json', colliding());
    const failed = floatplan(installed, ['validate', 'colliding.json'], 1);
    expect(failed.stdout).toContain('RulesUseSameBackendPortProtocolAndPool');
  });

  it('imports Terraform and Bicep with the WebAssembly parsers of its dependencies', () => {
    for (const file of ['terraform/classic-private-lb.tf', 'bicep/internal-lb-vm-loop.bicep']) {
      const source = put(installed, `in/${file}`, readFileSync(join(ROOT, 'src/core/import/__samples__/fixtures', file), 'utf8'));
      const topology = JSON.parse(floatplan(installed, ['import', source]).stdout) as { loadBalancers: { rules: unknown[] }[] };
      expect(topology.loadBalancers[0]!.rules.length, file).toBeGreaterThan(0);
    }
  });

  it("imports as a library: `import { analyze } from 'floatplan'` in an .mjs file", () => {
    put(installed, 'lib-lb.json', colliding());
    put(
      installed,
      'use.mjs',
      [
        "import { readFileSync } from 'node:fs';",
        "import { analyze, analyzeTopology, importDefinition, lbView, loadTopology, messageOf } from 'floatplan';",
        "const loaded = loadTopology(JSON.parse(readFileSync('lib-lb.json', 'utf8')));",
        'const { rows, diagnostics } = analyze(lbView(loaded.topology, 0));',
        'if (analyzeTopology(loaded.topology).rows.length !== rows.length) throw new Error("analyzeTopology differs");',
        "const bicep = await importDefinition(readFileSync(process.argv[2], 'utf8'));",
        'console.log(JSON.stringify({ rows: rows.length, codes: diagnostics.map((d) => d.code), first: messageOf(diagnostics[0]), bicep: bicep.ok }));',
      ].join('\n'),
    );
    const bicep = join(ROOT, 'src/core/import/__samples__/fixtures/bicep/internal-lb-vm-loop.bicep');
    const out = JSON.parse(run(process.execPath, ['use.mjs', bicep], installed.dir).stdout) as Record<string, unknown>;
    expect(out).toMatchObject({ rows: 4, bicep: true });
    expect(out.codes).toContain('RulesUseSameBackendPortProtocolAndPool');
    expect(out.first).toMatch(/rule1 and rule2/);
  });

  it('has types a consumer compiles against: right use passes, wrong use fails', () => {
    // As most projects compile: skipLibCheck. Whether the types resolve at all is what the wrong use below proves.
    put(
      installed,
      'tsconfig.json',
      JSON.stringify({
        compilerOptions: {
          module: 'nodenext',
          moduleResolution: 'nodenext',
          target: 'es2022',
          strict: true,
          noEmit: true,
          types: [],
          skipLibCheck: true,
        },
        include: ['check.ts'],
      }),
    );
    const good = [
      "import { analyze, analyzeTopology, loadTopology, type Diagnostic, type LbTopology, type Topology } from 'floatplan';",
      'export function errors(topology: LbTopology): Diagnostic[] {',
      "  return analyze(topology).diagnostics.filter((d) => d.severity === 'error');",
      '}',
      'export const all = (topology: Topology): Diagnostic[] => analyzeTopology(topology).diagnostics;',
      'export const loaded = loadTopology({});',
    ].join('\n');
    const tsc = join(ROOT, 'node_modules/typescript/bin/tsc');
    put(installed, 'check.ts', good);
    expect(run(process.execPath, [tsc, '-p', '.'], installed.dir, 'any')).toMatchObject({ status: 0, stdout: '' });
    // Types that resolved to `any` would let this through.
    put(installed, 'check.ts', `${good}\nexport const wrong: number = analyze({} as LbTopology);\n`);
    const failed = run(process.execPath, [tsc, '-p', '.'], installed.dir, 'any');
    expect(failed.status).not.toBe(0);
    expect(failed.stdout).toContain('TS2322');
  });
});

/** Whether the installed CLI has the check command (docs/check.md); its cases are skipped only when it has not. */
const hasCheck = () => floatplan(installed, ['--help']).stdout.includes('floatplan check');

interface SarifLocation {
  physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn?: number } };
}
interface SarifLog {
  version: string;
  runs: {
    tool: { driver: { name: string; rules?: { id: string }[] } };
    results: (SarifLocation & { ruleId: string; locations: SarifLocation[]; relatedLocations?: SarifLocation[] })[];
  }[];
}

/** The lines of `file` from `line` (1-based) on, as many as `count`. */
const linesAt = (file: string, line: number, count = 5) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .slice(line - 1, line - 1 + count)
    .join('\n');

/** The colliding example exported by the installed CLI as Terraform, Bicep and ARM into `dir` (relative to the install). */
function writeColliding(dir: string): Record<'terraform' | 'bicep' | 'arm', string> {
  put(installed, `${dir}/colliding.json`, colliding());
  const out = { terraform: `${dir}/terraform/lb.tf`, bicep: `${dir}/bicep/lb.bicep`, arm: `${dir}/arm/lb.json` };
  for (const [format, file] of Object.entries(out)) {
    mkdirSync(join(installed.dir, file, '..'), { recursive: true });
    // A topology with errors is still exported, with exit 1 (the errors are written at the top).
    floatplan(installed, ['export', `${dir}/colliding.json`, '--format', format, '--out', file], 1);
  }
  return out;
}

describe('floatplan check from the installed package', { timeout: 120_000 }, () => {
  it('locates each finding in Floatplan-written Terraform, Bicep and ARM at the element', (ctx) => {
    if (!hasCheck()) ctx.skip('the installed CLI has no check command');
    const files = writeColliding('written');
    floatplan(installed, ['check', 'written/terraform', 'written/bicep', 'written/arm', '--format', 'sarif', '--out', 'written.sarif'], 1);
    const log = JSON.parse(readFileSync(join(installed.dir, 'written.sarif'), 'utf8')) as SarifLog;
    expect(sarifErrors(log)).toEqual([]);
    expect(log.runs[0]!.tool.driver).toMatchObject({ name: 'Floatplan', version: packageVersion() });
    const results = log.runs.flatMap((r) => r.results);
    for (const [format, file] of Object.entries(files)) {
      const collision = results.filter(
        (r) => r.ruleId === 'RulesUseSameBackendPortProtocolAndPool' && r.locations[0]?.physicalLocation.artifactLocation.uri === file,
      );
      expect(collision, format).toHaveLength(1);
      const [first] = collision;
      const at = (l: SarifLocation) =>
        linesAt(join(installed.dir, l.physicalLocation.artifactLocation.uri), l.physicalLocation.region.startLine);
      // At the first rule named, and the other rule among the related locations.
      expect(at(first!.locations[0]!), format).toMatch(/rule1/);
      expect((first!.relatedLocations ?? []).map(at).join('\n'), format).toMatch(/rule2/);
    }
  });

  it('gives every finding in the import samples a line in its file', (ctx) => {
    if (!hasCheck()) ctx.skip('the installed CLI has no check command');
    const samples = join(ROOT, 'src/core/import/__samples__/fixtures');
    for (const kind of ['terraform', 'bicep', 'arm'])
      for (const name of readdirSync(join(samples, kind))) {
        // Each sample is a configuration of its own, but the legacy pair's two files are one.
        const folder = kind === 'terraform' ? name.replace(/-(main|variables)\.tf$|\.tf$/, '') : kind;
        put(installed, `samples/${kind}/${folder}/${name}`, readFileSync(join(samples, kind, name), 'utf8'));
      }
    const ran = floatplan(installed, ['check', 'samples', '--format', 'sarif', '--fail-on', 'never'], 0);
    const log = JSON.parse(ran.stdout) as SarifLog;
    expect(sarifErrors(log)).toEqual([]);
    const results = log.runs.flatMap((r) => r.results);
    expect(results.length).toBeGreaterThan(0);
    for (const r of results) {
      const { artifactLocation, region } = r.locations[0]!.physicalLocation;
      const lines = readFileSync(join(installed.dir, artifactLocation.uri), 'utf8').split('\n').length;
      expect(region.startLine, `${r.ruleId} in ${artifactLocation.uri}`).toBeGreaterThanOrEqual(1);
      expect(region.startLine, `${r.ruleId} in ${artifactLocation.uri}`).toBeLessThanOrEqual(lines);
    }
  });
});

describe('the pipeline glue (examples/ci, .pre-commit-hooks.yaml)', { timeout: 120_000 }, () => {
  const version = packageVersion();

  /** Runs a pipeline's shell lines in a repository holding the colliding load balancer in infra/, with floatplan on PATH. */
  function runInRepo(repo: string, script: string): Ran {
    writeColliding(`${repo}/infra`);
    const PATH = `${join(installed.dir, 'node_modules/.bin')}:${process.env.PATH ?? ''}`;
    return run('bash', ['-c', script], join(installed.dir, repo), 'any', { PATH });
  }

  it('installs the pinned version of this package, as a pipeline would', () => {
    const install = new RegExp(`^npm install --global --no-audit --no-fund floatplan@${version.replaceAll('.', '\\.')}$`);
    expect(stepRunning(githubWorkflow().steps, /npm install/).command).toMatch(install);
    expect(stepRunning(azureSteps(), /npm install/).command).toMatch(install);
  });

  it('GitHub Actions: the check writes the SARIF the upload step sends, and the upload runs when the check fails', (ctx) => {
    if (!hasCheck()) ctx.skip('the installed CLI has no check command');
    const { permissions, steps } = githubWorkflow();
    expect(permissions['security-events']).toBe('write');
    const upload = stepUsing(steps, 'github/codeql-action/upload-sarif');
    expect(upload.if).toMatch(/failure\(\)/);
    const ran = runInRepo('gh', stepRunning(steps, /floatplan check/).command);
    expect(ran.status, ran.stderr).toBe(1);
    const log = JSON.parse(readFileSync(join(installed.dir, 'gh', upload.with!.sarif_file!), 'utf8')) as SarifLog;
    expect(log.runs[0]!.results.map((r) => r.ruleId)).toContain('RulesUseSameBackendPortProtocolAndPool');
  });

  it('Azure Pipelines: JUnit for the Tests tab and SARIF in CodeAnalysisLogs, published when the check fails', (ctx) => {
    if (!hasCheck()) ctx.skip('the installed CLI has no check command');
    const steps = azureSteps();
    const tests = stepUsing(steps, 'PublishTestResults');
    const artifact = stepUsing(steps, 'PublishBuildArtifacts');
    for (const s of [tests, artifact]) expect(s.condition).toBe('succeededOrFailed()');
    expect(artifact.inputs!.ArtifactName).toBe('CodeAnalysisLogs');
    const staging = join(installed.dir, 'az-staging');
    const script = stepRunning(steps, /floatplan check/).command.replaceAll('$(Build.ArtifactStagingDirectory)', staging);
    const ran = runInRepo('az', script);
    expect(ran.status, ran.stderr).toBe(1);
    expect(readFileSync(join(installed.dir, 'az', tests.inputs!.testResultsFiles!), 'utf8')).toMatch(/<testsuites[\s>][\s\S]*<failure /);
    const published = artifact.inputs!.PathtoPublish!.replaceAll('$(Build.ArtifactStagingDirectory)', staging);
    expect((JSON.parse(readFileSync(join(published, 'floatplan.sarif'), 'utf8')) as SarifLog).version).toBe('2.1.0');
  });

  it('pre-commit: the hook runs the installed floatplan check on whole directories', (ctx) => {
    if (!hasCheck()) ctx.skip('the installed CLI has no check command');
    const [hook, ...others] = preCommitHooks();
    expect(others).toEqual([]);
    expect(hook).toMatchObject({ id: 'floatplan-check', language: 'node', pass_filenames: false });
    expect(new RegExp(hook!.files!).test('infra/main.tf')).toBe(true);
    // pre-commit runs `entry args…` from the repository's root; the package's bin is on its PATH.
    const ran = runInRepo('pc', [hook!.entry, ...(hook!.args ?? [])].join(' '));
    expect(ran.status, ran.stderr).toBe(1);
    expect(ran.stdout).toMatch(/infra\/terraform\/lb\.tf:\d+:\d+: error RulesUseSameBackendPortProtocolAndPool/);
  });
});
