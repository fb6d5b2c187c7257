// ARM import: JSON in any of the shapes Azure prints (see shapes.ts) → a v1 topology plus every
// assumption made on the way. Pure: no file or network access.
import { lbView } from '../../topology/design';
import { loadTopology, formatLoadErrors } from '../../topology/load';
import type { LbTopology } from '../../topology/schema';
import { importDiagnostic, importFailure, itext, type ImportParam } from '../text';
import { chooseLoadBalancer } from '../choice';
import { mergeLbs } from '../mergeLbs';
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
      // A Floatplan export of several load balancers keeps each one's metadata under its name.
      const lbMeta = readFloatplanMetadata(template, nameOf(r.value as JsonObject).name);
      const own: LbContext = {
        ...ctx,
        ...(lbMeta.plannedAddresses ? { plannedAddresses: lbMeta.plannedAddresses } : {}),
        ...(lbMeta.holders ? { statedHolders: lbMeta.holders } : {}),
        ...(children.has(r) ? { children: children.get(r)! } : {}),
      };
      return {
        label: r.path,
        ...nameOf(r.value as JsonObject),
        ...(base !== undefined ? { base } : {}),
        // The template's NSGs on the members' path (core/nsg evaluates them).
        build: () =>
          withArmNsgs(applyFloatplanMetadata(loadBalancerTopology(r.value as JsonObject, r.path, own), lbMeta, findings), resources),
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
 * output (or a list of them) into a v2 topology of every load balancer found (`options.loadBalancer` picks one),
 * with a diagnostic for everything assumed.
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
  const names = found.map((f) => (f.name !== undefined && count(f.name) === 1 ? f.name : f.label));
  const chosen = chooseLoadBalancer(
    found.map((f, i) => ({ name: names[i]!, aliases: [f.label] })),
    options.loadBalancer,
  );
  if (found.length > 0 && !chosen.ok)
    return importFailure('arm', chosen.error, [...findings.list, importDiagnostic('error', 'ImportNoLoadBalancer', chosen.error)]);
  if (found.length === 0 || !chosen.ok) {
    const reasons =
      skipped.reduce((a: ImportParam | undefined, b) => (a === undefined ? b : itext('list.semicolon', { a, b })), undefined) ??
      itext('word.jsonEmpty');
    const error = itext('error.armNoLoadBalancer', { skipped: reasons });
    return importFailure('arm', error, [...findings.list, importDiagnostic('error', 'ImportNoLoadBalancer', error)]);
  }
  // Every load balancer of the file, in one topology; --lb picks one.
  const picked = options.loadBalancer !== undefined;
  const builds = picked ? [chosen.index] : found.map((_, i) => i);
  const before = findings.list.length;
  const views = builds.map((i) => {
    const from = findings.list.length;
    const view = found[i]!.build();
    // Unresolved markers carry the evaluator's paths; for a lone resource they must point into the user's file.
    const base = found[i]!.base;
    for (const d of findings.list.slice(from)) if (d.path !== undefined && base !== undefined) d.path = rebase(d.path, base) ?? d.path;
    return view;
  });
  // A parameter without a value that nothing imported needs (a VM's password) is not the user's problem here.
  findings.list.splice(0, before, ...withoutUnusedParameters(findings.list.slice(0, before), findings.list.slice(before)));
  if (picked)
    found.forEach((other, i) => {
      if (i !== chosen.index)
        findings.info('ImportIgnored', itext('arm.secondLoadBalancer', { name: names[i]!, label: labelText(other.label) }), other.label);
    });
  // Each load balancer keeps the name it was built with (an evaluated or placeholder name); two with one name go by their place.
  const own = views.map((v) => v.loadBalancer.name);
  const final = own.map((n, k) => (own.filter((m) => m.toLowerCase() === n.toLowerCase()).length > 1 ? names[builds[k]!]! : n));
  const merged = mergeLbs(
    views.map((view, k) => ({ view, name: final[k]!, path: found[builds[k]!]!.label })),
    (text, path) => findings.warn('ImportUnresolved', text, path),
  );
  const checked = loadTopology(merged);
  if (!checked.ok) {
    // A bug in the importer, not in the user's file: say so rather than hand over a file that will not load.
    return importFailure('arm', itext('error.armLoaderRefuses', { detail: formatLoadErrors(checked.errors) }), findings.list);
  }
  const several = builds.length > 1;
  const origins = builds.flatMap((i, k) =>
    found[i]!.origins(lbView(checked.topology, k)).map((o) => ({
      ...o,
      path: rebase(o.path, found[i]!.base) ?? o.path,
      ...(several && o.kind !== 'vm' ? { loadBalancer: final[k]! } : {}),
    })),
  );
  const { loadBalancer: pickedName, ...list } = chosen.choice;
  return {
    ok: true,
    format: 'arm',
    topology: checked.topology,
    diagnostics: uniqueDiagnostics(findings.list),
    counts: countElements(checked.topology),
    origins,
    ...list,
    ...(picked && pickedName !== undefined ? { loadBalancer: pickedName } : {}),
  };
}
