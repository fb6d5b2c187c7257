// Export of a whole design (format v2): every load balancer and the references between them. A design of one load
// balancer exports exactly as before (exportTopology). Several: ARM writes one template holding every load balancer
// (each one's metadata under `floatplanLoadBalancers.<name>`, the VMs once), which the ARM import reads back into
// the same topology; Terraform writes one configuration with a labelled azurerm_lb per load balancer; the Azure CLI
// script runs each load balancer's commands in turn.
import { messageOf } from '../diagnostics/diagnostic';
import { safeFileStem } from '../files/fileName';
import { lbViews } from '../topology/design';
import type { FrontendRef, LbTopology, Topology } from '../topology/schema';
import { opt } from './azcli';
import { analyzeTopology } from '../validation/analyzeTopology';
import { bicepLiteral, type Json as BicepJson } from './bicepMetadata';
import { comment, headerLines } from './comments';
import { exportTopology } from './export';
import { planDesignNsg } from '../nsg/designPlan';
import { regionalAddressNames } from './names';
import { terraformDesign } from './terraformDesign';
import type { ExportFormat, ExportNote, ExportResult } from './types';

type Json = Record<string, unknown>;

/**
 * Exports every load balancer of a design; `options.nsg` as exportTopology. Terraform writes one configuration of
 * every load balancer (export/terraformDesign.ts).
 * @example JSON.parse(exportDesign(nvaSandwich, 'arm').text).resources.length // 2
 */
export function exportDesign(t: Topology, format: ExportFormat, options: { nsg?: boolean } = {}): ExportResult {
  const views = lbViews(t);
  const analysis = analyzeTopology(t);
  if (views.length === 1) return exportTopology(views[0]!, format, analysis.parts[0]!.analysis.diagnostics, options);
  // Each load balancer's notes are the design's findings about it (a VM's outbound path judged over every load
  // balancer, not one view's guess); the findings across load balancers head the notes.
  const own = views.map((view) => analysis.diagnostics.filter((d) => d.loadBalancer === view.loadBalancer.name));
  // A regional load balancer's NSG also allows the global frontend IP of a Global rule with floating IP (nsg/designPlan.ts).
  const withPlan = (i: number) => (options.nsg ? { ...options, nsgPlan: planDesignNsg(t, i) } : options);
  const parts = views.map((view, i) => exportTopology(view, format, own[i], withPlan(i)));
  const notes: ExportNote[] = [
    ...analysis.diagnostics
      .filter((d) => d.loadBalancer === undefined && d.severity !== 'info')
      .map((d) => ({ severity: d.severity, code: d.code, message: `Across load balancers: ${messageOf(d)}` })),
    ...parts.flatMap((p, i) => p.notes.map((n) => ({ ...n, message: `${views[i]!.loadBalancer.name}: ${n.message}` }))),
  ];
  const fileName = `${safeFileStem(t.name, 'design')}.${format === 'azcli' ? 'sh' : format === 'arm' ? 'json' : format === 'bicep' ? 'bicep' : 'tf'}`;
  if (format === 'arm') return { format, text: armDesign(t, views, parts), fileName, notes };
  if (format === 'bicep') {
    const arm = views.map((view, i) => exportTopology(view, 'arm', own[i], withPlan(i)).text);
    return { format, text: bicepDesign(t, views, parts, arm), fileName, notes };
  }
  if (format === 'azcli') {
    const text = parts
      .map((p, i) => `# ---- Load balancer ${views[i]!.loadBalancer.name} ----\n${azcliPart(views[i]!, p.text)}\n`)
      .join('\n');
    return { format, text: `${text}\n${azcliReferences(views).join('\n')}\n`, fileName, notes };
  }
  return {
    format,
    text: terraformDesign(
      views,
      parts.map((p) => p.text),
      comment(headerLines('Terraform configuration (azurerm provider v4)', t.name, notes), '#'),
    ),
    fileName,
    notes,
  };
}

// Keys of an ARM export's metadata that belong to its one load balancer.
const OWN_KEYS = ['floatplanFrontendAddresses', 'floatplanPoolMembers', 'floatplanNatRuleTargets', 'floatplanPoolHolders'];

/** One ARM template of every load balancer: resources joined, variables and colliding parameters made per load balancer. */
function armDesign(t: Topology, views: readonly LbTopology[], parts: readonly ExportResult[]): string {
  const parameters: Json = {};
  const variables: Json = {};
  const resources: Json[] = [];
  const seen = new Set<string>();
  const own: Json = {};
  const diagnostics: unknown[] = [];
  let first: Json | undefined;
  parts.forEach((part, i) => {
    // Each load balancer's template names itself variables('lbName'): the k-th one becomes lbName<k>.
    let text = i === 0 ? part.text : part.text.replaceAll("variables('lbName')", `variables('lbName${i}')`);
    const renames = parameterRenames(Object.keys((JSON.parse(text) as Json).parameters ?? {}), Object.keys(parameters), i);
    // One pass over every reference, so a renamed parameter never meets one of this template already of that name.
    if (renames.size)
      text = text.replace(/parameters\('([^']+)'\)/g, (all, name: string) =>
        renames.has(name) ? `parameters('${renames.get(name)!}')` : all,
      );
    const again = JSON.parse(text) as Json;
    for (const [name, value] of Object.entries((again.parameters ?? {}) as Json)) parameters[renames.get(name) ?? name] = value;
    const vars = again.variables as Json;
    variables[i === 0 ? 'lbName' : `lbName${i}`] = vars.lbName;
    for (const r of again.resources as Json[]) {
      const key = `${String(r.type)}\u0000${JSON.stringify(r.name)}`;
      if (!seen.has(key)) resources.push(r);
      seen.add(key);
    }
    const meta = again.metadata as Json;
    first ??= meta;
    own[views[i]!.loadBalancer.name] = Object.fromEntries(OWN_KEYS.filter((k) => k in meta).map((k) => [k, meta[k]]));
    diagnostics.push(...((meta.floatplanDiagnostics as unknown[]) ?? []));
  });
  const metadata: Json = Object.fromEntries(Object.entries(first!).filter(([k]) => !OWN_KEYS.includes(k)));
  metadata.floatplanDiagnostics = diagnostics;
  metadata.floatplanVms = t.vms;
  metadata.floatplanLoadBalancers = own;
  return `${JSON.stringify({ ...(JSON.parse(parts[0]!.text) as Json), metadata, parameters, variables, resources }, null, 2)}\n`;
}

/**
 * New names for the parameters of the i-th template that an earlier one declared already (`location` is shared): two
 * load balancers with a frontend of the same name each need their own public IP. `<name>_<i>`, then `_2`, … while that
 * is taken by an earlier template or by this one (a first template's frontend `web_1` and the second's `web`).
 */
function parameterRenames(names: readonly string[], declared: readonly string[], i: number): Map<string, string> {
  const renames = new Map<string, string>();
  const taken = new Set([...declared, ...names]);
  for (const name of names) {
    if (name === 'location' || !declared.includes(name)) continue;
    let to = `${name}_${i}`;
    for (let n = 2; taken.has(to); n++) to = `${name}_${i}_${n}`;
    taken.add(to);
    renames.set(name, to);
  }
  return renames;
}

/** Bicep text with parameters renamed: their declarations, and every use outside a string literal (names are quoted). */
function renamedParameters(text: string, renames: ReadonlyMap<string, string>): string {
  if (renames.size === 0) return text;
  const rename = (code: string) => code.replace(/\b[A-Za-z_]\w*\b/g, (id) => renames.get(id) ?? id);
  return text
    .split('\n')
    .map((line) => {
      const decl = /^param (\w+) (.*)$/.exec(line);
      if (decl) return `param ${renames.get(decl[1]!) ?? decl[1]!} ${decl[2]!}`;
      return line.replace(/('(?:[^'\\\n]|\\.)*')|[^']+/g, (part, quoted: string | undefined) => (quoted ? part : rename(part)));
    })
    .join('\n');
}

/**
 * One Bicep file of every load balancer: each one's parameters (once), its `var lbName<k>` and resources `lb<k>`,
 * and the metadata as the ARM design has it (the Bicep import compiles `metadata` into the template's).
 */
function bicepDesign(t: Topology, views: readonly LbTopology[], parts: readonly ExportResult[], arm: readonly string[]): string {
  const header: string[] = [];
  const params = new Map<string, string>();
  const vars: string[] = [];
  const resources: string[] = [];
  const own: Record<string, BicepJson> = {};
  parts.forEach((part, i) => {
    const suffix = i === 0 ? '' : String(i);
    // A parameter an earlier load balancer declared (a frontend of the same name's public IP) is renamed as in ARM.
    const renames = parameterRenames(
      [...part.text.matchAll(/^param (\w+) /gm)].map((m) => m[1]!),
      [...params.keys()],
      i,
    );
    const lines = renamedParameters(part.text, renames).split('\n');
    if (i === 0) header.push(...lines.slice(0, lines.indexOf('')));
    // Parameters: `@description(…)` then `param <name> …`; the same name (location) is written once.
    lines.forEach((line, j) => {
      const m = /^param (\w+) /.exec(line);
      if (m && !params.has(m[1]!)) params.set(m[1]!, `${lines[j - 1]}\n${line}`);
    });
    const text = lines.join('\n');
    vars.push(`var lbName${suffix} = ${/^var lbName = (.*)$/m.exec(text)![1]}`);
    const body = text.slice(text.indexOf("resource lb '"));
    resources.push(
      body
        .replace(/^resource lb '/m, `resource lb${suffix} '`)
        .replace(/^(\s*name: )lbName$/gm, `$1lbName${suffix}`)
        .replace(/(resourceId\('Microsoft\.Network\/loadBalancers\/\w+', )lbName, /g, `$1lbName${suffix}, `)
        .replace(/\n*$/, ''),
    );
    const meta = (JSON.parse(arm[i]!) as { metadata: Record<string, BicepJson> }).metadata;
    own[views[i]!.loadBalancer.name] = Object.fromEntries(OWN_KEYS.filter((k) => k in meta).map((k) => [k, meta[k]!]));
  });
  const metadata = (name: string, value: BicepJson) => `metadata ${name} = ${bicepLiteral(value, '')}`;
  return `${[
    ...header,
    '',
    ...[...params.values()].flatMap((p) => [p, '']),
    ...vars,
    '',
    metadata('generator', 'Floatplan'),
    metadata('floatplanTopology', t.name),
    ...(t.description !== undefined ? [metadata('floatplanDescription', t.description)] : []),
    metadata('floatplanVms', t.vms as unknown as BicepJson),
    metadata('floatplanLoadBalancers', own),
    '',
    resources.join('\n\n'),
  ].join('\n')}\n`;
}

/**
 * One load balancer's commands. A Global one is a cross-region load balancer, which az creates and fills with the
 * `az network cross-region-lb` commands (Learn: az network cross-region-lb); it has no probes.
 */
function azcliPart(view: LbTopology, text: string): string {
  const body = text.replace(/\n*$/, '');
  if (view.loadBalancer.tier !== 'Global') return body;
  return body
    .replace(/\baz network lb (create|frontend-ip create|address-pool create|rule create)\b/g, 'az network cross-region-lb $1')
    .replace(/^ {2}--sku Standard \\\n/gm, '');
}

/** The frontend id of another load balancer, looked up when the script runs. */
const frontendId = (ref: FrontendRef) =>
  `"$(az network lb frontend-ip show --resource-group "$RESOURCE_GROUP" ${opt('--lb-name', ref.loadBalancer)} ${opt('--name', ref.frontend)} --query id --output tsv)"`;

/**
 * The references between the load balancers, once they all exist: a frontend chained to a Gateway load balancer
 * (`frontend-ip update --gateway-lb`), a Global pool's regional frontends (`cross-region-lb address-pool address add`).
 */
function azcliReferences(views: readonly LbTopology[]): string[] {
  const out: string[] = ['# ---- References between the load balancers ----'];
  for (const view of views) {
    const lb = view.loadBalancer.name;
    for (const fe of view.frontends)
      if (fe.gatewayLoadBalancer)
        out.push(
          `az network lb frontend-ip update --resource-group "$RESOURCE_GROUP" ${opt('--lb-name', lb)} ${opt('--name', fe.name)} --gateway-lb ${frontendId(fe.gatewayLoadBalancer)}`,
        );
    for (const pool of view.backendPools) {
      const names = regionalAddressNames(pool.regionalFrontends ?? []);
      (pool.regionalFrontends ?? []).forEach((r, i) =>
        out.push(
          `az network cross-region-lb address-pool address add --resource-group "$RESOURCE_GROUP" ${opt('--lb-name', lb)} ${opt('--pool-name', pool.name)} ${opt('--name', names[i]!)} --frontend-ip-address ${frontendId(r)}`,
        ),
      );
    }
  }
  return out.length > 1 ? out : [];
}
