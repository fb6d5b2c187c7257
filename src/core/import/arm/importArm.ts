// ARM import: JSON in any of the shapes Azure prints (see shapes.ts) → a v1 topology plus every
// assumption made on the way. Pure: no file or network access.
import { lbView } from '../../topology/design';
import { loadTopology, formatLoadErrors } from '../../topology/load';
import type { LbTopology } from '../../topology/schema';
import { importDiagnostic, importFailure, itext, type ImportParam } from '../text';
import { chooseLoadBalancer } from '../choice';
import { countElements, type ImportOptions, type ImportOutcome } from '../types';
import { isObject, type JsonObject } from './access';
import { loadBalancerChildren } from './children';
import { Findings } from './diagnostics';
import { evaluate } from './evaluate';
import { applyFloatplanMetadata, readFloatplanMetadata } from './floatplanMetadata';
import { fragmentLoadBalancer } from './fragments';
import { parseJson } from './json';
import { type LbContext } from './lbFields';
import { loadBalancerTopology } from './loadBalancer';
import type { Resource } from './membership';
import { nameHints } from './nameHint';
import { withArmNsgs } from './nsg';
import { DefaultAddresses } from '../defaultAddresses';
import { uniqueDiagnostics } from '../uniqueDiagnostics';
import { withoutUnusedParameters } from './unusedParameters';
import { collectSources, LB_TYPE, type Source } from './shapes';
import type { ElementOrigin } from '../origins';
import { armOrigins } from './origins';

interface Found {
  build: () => LbTopology;
  /** Where the built topology's elements are (import/origins.ts). */
  origins: (t: LbTopology) => ElementOrigin[];
  label: string;
  /** The load balancer's name, when it is a plain string. */
  name?: string;
  /** For a single template resource: where it is, to rewrite the evaluator's `resources[0]` paths. */
  base?: string;
}

/** Prefixes evaluator paths of a wrapped single resource with where that resource really is. */
function rebase(path: string | undefined, base: string | undefined): string | undefined {
  if (path === undefined || base === undefined) return path;
  return base === '' ? path.replace(/^resources\[0\]\.?/, '') : path.replace(/^resources\[0\]/, base);
}

/** `{ name }` when the load balancer resource's name is a plain string (not an unresolved expression). */
function nameOf(lb: JsonObject): { name?: string } {
  return typeof lb.name === 'string' && lb.name !== '' ? { name: lb.name } : {};
}

/** `{ declaredOs }` when a parameter named osType (the SAP templates') resolves to Windows or Linux. */
function declaredOs(parameters: Readonly<Record<string, unknown>>): Pick<LbContext, 'declaredOs'> {
  const key = Object.keys(parameters).find((k) => k.toLowerCase() === 'ostype');
  const value = key === undefined ? undefined : parameters[key];
  if (typeof value !== 'string') return {};
  const os = value.trim().toLowerCase();
  return os === 'windows' || os === 'linux' ? { declaredOs: os } : {};
}

/** A found load balancer's label in words: the fixed labels are catalog texts, paths stay as they are. */
function labelText(label: string): ImportParam {
  if (label === 'the document') return itext('word.theDocument');
  if (label === 'the template outputs') return itext('word.templateOutputs');
  return label;
}

async function fromSource(
  source: Source,
  options: ImportOptions,
  findings: Findings,
  addresses: DefaultAddresses,
  skipped: ImportParam[],
): Promise<Found[]> {
  if (source.kind === 'other') {
    skipped.push(itext('arm.skipped', { where: source.path || itext('word.theDocument'), why: source.why }));
    return [];
  }
  if (source.kind === 'deployed') {
    const ctx: LbContext = { resources: [], findings, addresses };
    if (source.request) findings.info('ImportIgnored', itext('arm.restRequest', { path: source.path }), source.path);
    return [
      {
        label: source.path || 'the document',
        ...nameOf(source.lb),
        build: () => loadBalancerTopology(source.lb, source.path, ctx),
        origins: (t) => armOrigins(source.lb, source.path, ctx, t),
      },
    ];
  }
  const template = source.kind === 'template' ? source.template : { resources: [source.resource] };
  const base = source.kind === 'resource' ? source.path : undefined;
  const ev = await evaluate(template, {
    params: options.params,
    parametersFile: options.parametersFile,
    ...(options.budget ? { budget: options.budget } : {}),
  });
  for (const d of ev.diagnostics) findings.list.push({ ...d, ...(d.path !== undefined ? { path: rebase(d.path, base) } : {}) });
  const meta = readFloatplanMetadata(template);
  const resources: Resource[] = ev.resources.map((r) => ({
    type: r.type,
    value: r.value,
    path: rebase(r.path, base) ?? r.path,
    fullName: r.name,
  }));
  const ctx: LbContext = {
    resources,
    findings,
    addresses,
    hint: nameHints(ev),
    ...(meta.plannedAddresses ? { plannedAddresses: meta.plannedAddresses } : {}),
    ...(meta.holders ? { statedHolders: meta.holders } : {}),
    ...declaredOs(ev.parameters),
  };
  const lbs = resources.filter((r) => r.type.toLowerCase() === LB_TYPE && isObject(r.value));
  // Elements declared as resources of their own (`<lb>/<name>`, Bicep `parent: lb`) join their load balancer.
  const children = loadBalancerChildren(lbs, resources, findings);
  if (lbs.length > 0) {
    return lbs.map((r) => {
      const own: LbContext = { ...ctx, ...(children.has(r) ? { children: children.get(r)! } : {}) };
      return {
        label: r.path,
        ...nameOf(r.value as JsonObject),
        ...(base !== undefined ? { base } : {}),
        // The template's NSGs on the members' path (core/nsg evaluates them).
        build: () =>
          withArmNsgs(applyFloatplanMetadata(loadBalancerTopology(r.value as JsonObject, r.path, own), meta, findings), resources),
        origins: (t) => armOrigins(r.value as JsonObject, r.path, own, t),
      };
    });
  }
  const fragment = fragmentLoadBalancer(ev, findings);
  if (fragment)
    return [
      {
        label: 'the template outputs',
        build: () =>
          loadBalancerTopology(fragment.lb, fragment.path, { ...ctx, defaultSku: 'Standard', collectionPaths: fragment.collectionPaths }),
        origins: (t) => armOrigins(fragment.lb, fragment.path, { ...ctx, collectionPaths: fragment.collectionPaths }, t),
      },
    ];
  skipped.push(itext('arm.skipped', { where: source.path || itext('word.theTemplate'), why: itext('arm.noLbInTemplate') }));
  return [];
}

/**
 * Imports an ARM template, a single load balancer resource, a REST GET response or `az network lb show`
 * output (or a list of them) into a v1 topology, with a diagnostic for everything assumed.
 * @example const r = await importArm(text); if (r.ok) r.topology.rules[0].floatingIp
 */
export async function importArm(text: string, options: ImportOptions = {}): Promise<ImportOutcome> {
  const parsed = parseJson(text);
  if (!parsed.ok) return importFailure('arm', parsed.text);
  const findings = new Findings();
  const addresses = new DefaultAddresses();
  const skipped: ImportParam[] = [];
  const found: Found[] = [];
  for (const source of collectSources(parsed.value)) found.push(...(await fromSource(source, options, findings, addresses, skipped)));
  // A name two load balancers share (two nested deployments) cannot choose between them: those go by their path.
  const count = (n: string | undefined) => found.filter((f) => f.name === n).length;
  const chosen = chooseLoadBalancer(
    found.map((f) => ({ name: f.name !== undefined && count(f.name) === 1 ? f.name : f.label, aliases: [f.label] })),
    options.loadBalancer,
  );
  if (found.length > 0 && !chosen.ok)
    return importFailure('arm', chosen.error, [...findings.list, importDiagnostic('error', 'ImportNoLoadBalancer', chosen.error)]);
  const first = chosen.ok ? found[chosen.index] : undefined;
  if (!first) {
    const reasons =
      skipped.reduce((a: ImportParam | undefined, b) => (a === undefined ? b : itext('list.semicolon', { a, b })), undefined) ??
      itext('word.jsonEmpty');
    const error = itext('error.armNoLoadBalancer', { skipped: reasons });
    return importFailure('arm', error, [...findings.list, importDiagnostic('error', 'ImportNoLoadBalancer', error)]);
  }
  const before = findings.list.length;
  const topology = first.build();
  // Unresolved markers carry the evaluator's paths; for a lone resource they must point into the user's file.
  for (const d of findings.list.slice(before))
    if (d.path !== undefined && first.base !== undefined) d.path = rebase(d.path, first.base) ?? d.path;
  // A parameter without a value that nothing imported needs (a VM's password) is not the user's problem here.
  findings.list.splice(0, before, ...withoutUnusedParameters(findings.list.slice(0, before), findings.list.slice(before)));
  for (const other of found.filter((f) => f !== first)) {
    findings.warn(
      'ImportIgnored',
      itext('arm.secondLoadBalancer', { name: other.name ?? other.label, label: labelText(other.label) }),
      other.label,
    );
  }
  const checked = loadTopology(topology);
  if (!checked.ok) {
    // A bug in the importer, not in the user's file: say so rather than hand over a file that will not load.
    return importFailure('arm', itext('error.armLoaderRefuses', { detail: formatLoadErrors(checked.errors) }), findings.list);
  }
  return {
    ok: true,
    format: 'arm',
    topology: checked.topology,
    diagnostics: uniqueDiagnostics(findings.list),
    counts: countElements(checked.topology),
    origins: first.origins(lbView(checked.topology, 0)).map((o) => ({ ...o, path: rebase(o.path, first.base) ?? o.path })),
    ...(chosen.ok ? chosen.choice : {}),
  };
}
