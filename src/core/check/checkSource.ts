// One input of `floatplan check` (a file, or a Terraform configuration's files): every load balancer in it imported,
// validated and located, its suppression comments applied (docs/check.md).
import { render, text } from '../i18n/text';
import { importDefinition } from '../import/importDefinition';
import { errorOf } from '../import/text';
import type { ImportDiagnostic, ImportFormat } from '../import/types';
import { joinTerraformFiles } from '../import/terraform/files';
import { lbViews } from '../topology/design';
import { loadTopology } from '../topology/load';
import type { LbTopology, Topology } from '../topology/schema';
import { analyzeTopology } from '../validation/analyzeTopology';
import type { ElementOrigin } from '../import/origins';
import { locateDiagnostics } from './findings';
import { tfvarsJson, tfvarsParams } from './tfvars';
import { armLocator, bicepLocator, terraformLocator, topologyOrigins, type SourceLocator } from './locators';
import { applySuppressions, parseSuppressions } from './suppressions';
import type { TerraformFile } from './terraformLocate';
import type { CheckedElement, CheckedFile, CheckResult } from './types';

/** One input: a file, or the `.tf` files of one directory (read together as one configuration). */
export interface CheckInput {
  /** The input's name in the report: the file, or the configuration's directory. */
  name: string;
  files: TerraformFile[];
  /** True for a configuration of several `.tf` files (or one read as Terraform), false for a file read as itself. */
  terraform: boolean;
  /** Named on the command line (a file without a load balancer is then said), not found by walking a directory. */
  explicit: boolean;
  /**
   * The values the deployment tool would load by itself: Terraform's `terraform.tfvars` and `*.auto.tfvars` (`.json`
   * too) in the configuration's directory, or the `<template>.parameters.json` beside an ARM template. `--param` and
   * `--parameters` win over them.
   */
  values?: TerraformFile[];
}

/** Parameters for every import, as `floatplan import` takes them. */
export interface CheckParams {
  params?: Readonly<Record<string, string>>;
  parametersFile?: string;
}

/** What one input gave: the file entry of the report and its results. */
export interface InputOutcome {
  file: CheckedFile;
  results: CheckResult[];
}

/** A Floatplan topology (version 1 with a `loadBalancer`, version 2 with `loadBalancers`), read as itself rather than imported. */
function asTopology(source: string): { topology: Topology; v1: boolean } | undefined {
  if (!/"version"\s*:\s*[12]\b/.test(source) || !/"loadBalancers?"\s*:/.test(source)) return undefined;
  const loaded = loadTopology(source);
  return loaded.ok ? { topology: loaded.topology, v1: loaded.migratedFrom === 1 } : undefined;
}

function elementsOf(t: LbTopology): CheckedElement[] {
  const lb = t.loadBalancer.name;
  const of = (kind: CheckedElement['kind'], list: readonly { name: string }[] | undefined) =>
    (list ?? []).map((e) => ({ kind, name: e.name, loadBalancer: lb }));
  return [
    { kind: 'loadBalancer', name: lb, loadBalancer: lb },
    ...of('frontend', t.frontends),
    ...of('backendPool', t.backendPools),
    ...of('probe', t.probes),
    ...of('rule', t.rules),
    ...of('natRule', t.inboundNatRules),
    ...of('vm', t.vms),
  ];
}

/**
 * Every load balancer of a topology, its diagnostics located through `locate` (given the origins of that load balancer
 * and the VMs). A finding across load balancers goes with the load balancer it names, else with the first; the
 * import's own findings go with the first.
 */
function locateAll(
  t: Topology,
  imported: readonly ImportDiagnostic[],
  origins: readonly ElementOrigin[],
  locate: (origins: readonly ElementOrigin[]) => SourceLocator,
  entry: CheckedFile,
): CheckResult[] {
  const views = lbViews(t);
  const names = new Set(views.map((v) => v.loadBalancer.name));
  const diagnostics = analyzeTopology(t).diagnostics;
  const out: CheckResult[] = [];
  views.forEach((view, i) => {
    const name = view.loadBalancer.name;
    entry.loadBalancers.push(name);
    entry.elements.push(...elementsOf(view).filter((e) => e.kind !== 'vm' || i === 0));
    const own = diagnostics.filter((d) => (d.loadBalancer !== undefined && names.has(d.loadBalancer) ? d.loadBalancer === name : i === 0));
    const at = locate(origins.filter((o) => o.loadBalancer === undefined || o.loadBalancer === name));
    out.push(...locateDiagnostics(own, i === 0 ? imported : [], view, at));
  });
  return out;
}

function locatorOf(format: ImportFormat, input: CheckInput, source: string, origins: readonly ElementOrigin[]): SourceLocator {
  const file = input.files[0]!.name;
  if (format === 'terraform') return terraformLocator(input.files, origins);
  if (format === 'bicep') return bicepLocator(file, source, origins);
  return armLocator(file, source, origins);
}

/** A failed import's words, and its line and column when the parser said them (`line 3, column 17`). */
function unreadable(input: CheckInput, detail: string): CheckResult {
  const at = /line (\d+), column (\d+)/.exec(detail);
  const file = /^([^,]+), line \d+, column/.exec(detail)?.[1] ?? input.files[0]!.name;
  return {
    file: input.files.some((f) => f.name === file) ? file : input.files[0]!.name,
    line: at ? Number(at[1]) : 1,
    column: at ? Number(at[2]) : 1,
    severity: 'error',
    code: 'CheckUnreadable',
    text: text('check.unreadable', { file: input.name, detail }),
    refs: [],
    related: [],
  };
}

function noLoadBalancer(input: CheckInput, detail: string): CheckResult {
  const file = input.files[0]!.name;
  return {
    file,
    line: 1,
    column: 1,
    severity: 'info',
    code: 'CheckNoLoadBalancer',
    text: text('check.noLoadBalancer', { file: input.name, detail }),
    refs: [],
    related: [],
  };
}

/** The values of `input.values`: Terraform variables files read in order (later ones win), or an ARM parameters file. */
async function ownValues(
  input: CheckInput,
): Promise<{ ok: true; params: Record<string, string>; parametersFile?: string } | { ok: false; result: CheckResult }> {
  const params: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const f of input.values ?? []) {
    if (!input.terraform) return { ok: true, params, parametersFile: f.text };
    const vars = /\.json$/i.test(f.name) ? tfvarsJson(f.text) : await tfvarsParams(f.text);
    if (!vars.ok) {
      const result: CheckResult = {
        file: f.name,
        line: 1,
        column: 1,
        severity: 'error',
        code: 'CheckUnreadable',
        text: text('check.unreadable', { file: f.name, detail: vars.error }),
        refs: [],
        related: [],
      };
      return { ok: false, result };
    }
    Object.assign(params, vars.params);
  }
  return { ok: true, params };
}

const keyOf = (r: CheckResult) => `${r.file}\0${r.line}\0${r.column}\0${r.code}\0${render(r.text, 'en')}`;

/**
 * Checks one input: a topology is validated as it is; anything else is imported once per load balancer it holds.
 * Undefined for a file found by walking that holds no load balancer (other JSON, a parameters file).
 * @example await checkInput({ name: 'main.tf', files: [{ name: 'main.tf', text }], terraform: true, explicit: true }, {})
 */
export async function checkInput(input: CheckInput, given: CheckParams): Promise<InputOutcome | undefined> {
  const own = await ownValues(input);
  if (!own.ok) return { file: { file: input.name, loadBalancers: [], elements: [] }, results: [{ ...own.result, input: input.name }] };
  const params: CheckParams = {
    params: { ...own.params, ...given.params },
    ...((given.parametersFile ?? own.parametersFile) !== undefined ? { parametersFile: given.parametersFile ?? own.parametersFile } : {}),
  };
  const source = input.files.length === 1 && !input.terraform ? input.files[0]!.text : joinTerraformFiles(input.files);
  const entry: CheckedFile = { file: input.name, loadBalancers: [], elements: [] };
  let results: CheckResult[] = [];
  const read = input.terraform ? undefined : asTopology(source);
  if (read) {
    entry.format = 'topology';
    const file = input.files[0]!.name;
    results = locateAll(read.topology, [], topologyOrigins(read.topology, read.v1), (o) => armLocator(file, source, o), entry);
  } else {
    const options = {
      ...(input.terraform ? { format: 'terraform' as const } : {}),
      ...(params.params ? { params: params.params } : {}),
      ...(params.parametersFile !== undefined ? { parametersFile: params.parametersFile } : {}),
    };
    const first = await importDefinition(source, options);
    if (!first.ok) {
      const empty = first.diagnostics.some((d) => d.code === 'ImportNoLoadBalancer');
      // A file found by walking that holds no load balancer is none of check's business; a broken one is.
      if (empty && !input.explicit) return undefined;
      const result = empty ? noLoadBalancer(input, errorOf(first)) : unreadable(input, errorOf(first));
      return { file: { ...entry, ...(first.format ? { format: first.format } : {}) }, results: [{ ...result, input: input.name }] };
    }
    entry.format = first.format;
    const seen = new Set<string>();
    // An import holds every load balancer of the file; one that picked a single one leaves the others to import.
    const others = first.loadBalancer === undefined ? [] : (first.loadBalancers ?? []).filter((n) => n !== first.loadBalancer);
    for (const r of [first, ...(await Promise.all(others.map((loadBalancer) => importDefinition(source, { ...options, loadBalancer }))))]) {
      if (!r.ok) continue;
      const located = locateAll(r.topology, r.diagnostics, r.origins ?? [], (o) => locatorOf(first.format, input, source, o), entry);
      for (const x of located) {
        const k = keyOf(x);
        if (!seen.has(k)) {
          seen.add(k);
          results.push(x);
        }
      }
    }
  }
  const suppressions = input.files.flatMap((f) => parseSuppressions(f.name, f.text));
  return { file: entry, results: applySuppressions(results, suppressions).map((r) => ({ ...r, input: input.name })) };
}
