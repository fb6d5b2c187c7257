import { messageOf, type Diagnostic } from '../../diagnostics/diagnostic';
import { traceDiagram } from '../../diagram/diagram';
import { render } from '../../i18n/text';
import type { Locale } from '../../i18n/locale';
import type { MappingRow } from '../../mapping/mapping';
import type { NatMappingRow } from '../../mapping/natMapping';
import { planNsg, type NsgPlan } from '../../nsg/plan';
import { outboundPaths } from '../../outbound/outbound';
import { generateScript } from '../../scripts/generate';
import { planVm } from '../../scripts/plan';
import { planIndex } from '../../scripts/planIndex';
import { defaultFlavor } from '../../scripts/types';
import type { LbTopology, Vm } from '../../topology/schema';
import { analyze, type Analysis } from '../../validation/analyze';
import { reportMsg, type ReportKey, type ReportMsg } from './messages';

/** One piece of a report section, rendered to HTML or Markdown by its writer. */
export type Block =
  | { kind: 'p'; text: string }
  | { kind: 'h3'; text: string }
  | { kind: 'table'; head: string[]; rows: string[][] }
  | { kind: 'code'; title: string; text: string; lang: string }
  | { kind: 'svg'; caption: string; svg: string };

export interface Section {
  id: string;
  title: string;
  blocks: Block[];
}

/** Everything a report says, in one language, before it is written as HTML or Markdown. */
export interface ReportModel {
  locale: Locale;
  title: string;
  intro: string;
  sections: Section[];
  /** The topology as a Floatplan file holds it (two-space JSON). */
  json: string;
}

export interface ReportOptions {
  /** Language of every heading and finding; default English. Scripts and JSON are the same in every language. */
  locale?: Locale;
}

/**
 * The report's content: pure and deterministic (no dates, no randomness), built only from the core's own functions.
 * @example reportModel(topology).sections.map((s) => s.id) // ['description', 'load-balancer', 'vms', …]
 */
export function reportModel(topology: LbTopology, options: ReportOptions = {}): ReportModel {
  const locale = options.locale ?? 'en';
  const m = reportMsg(locale);
  const analysis = analyze(topology);
  const sections: Section[] = [
    { id: 'description', title: m('description'), blocks: [{ kind: 'p', text: topology.description?.trim() || m('noDescription') }] },
    { id: 'load-balancer', title: m('loadBalancer'), blocks: [summary(topology, m)] },
    { id: 'vms', title: m('vms'), blocks: vmSections(topology, analysis, m) },
    { id: 'mapping', title: m('mapping'), blocks: mappingBlocks(analysis, m) },
    { id: 'diagnostics', title: m('diagnostics'), blocks: diagnosticBlocks(analysis.diagnostics, m, locale) },
    { id: 'diagrams', title: m('diagrams'), blocks: diagramBlocks(topology, analysis, m, locale) },
    nsgSection(topology, m),
    outboundSection(topology, m, locale),
    { id: 'scripts', title: m('scripts'), blocks: scriptBlocks(topology, analysis, m, locale) },
  ];
  return {
    locale,
    title: m('title', { name: topology.name }),
    intro: m('made'),
    sections,
    json: `${JSON.stringify(topology, null, 2)}\n`,
  };
}

/** Diagrams drawn at most: each is ~30 kB of SVG, and a load balancer may have hundreds of floating rules. */
export const MAX_DIAGRAMS = 50;

export const onOff = (on: boolean, m: ReportMsg) => (on ? m('yes') : m('no'));
export const portText = (port: number, m: ReportMsg) => (port === 0 ? m('everyPort') : String(port));

/** One load balancer's facts: name, SKU, type and its elements. */
export function summary(t: LbTopology, m: ReportMsg): Block {
  const list = (names: readonly { name: string }[]) => (names.length ? `${names.length}: ${names.map((n) => n.name).join(', ')}` : '0');
  const rows: string[][] = [
    [m('name'), t.loadBalancer.name],
    [m('sku'), t.loadBalancer.sku],
    [m('type'), t.loadBalancer.type],
    [m('frontends'), t.frontends.map((f) => `${f.name} (${f.ip})`).join(', ')],
    [m('backendPools'), list(t.backendPools)],
    [m('probes'), list(t.probes)],
    [m('rules'), list(t.rules)],
    [m('natRules'), list(t.inboundNatRules ?? [])],
    [m('vms'), list(t.vms)],
  ];
  return { kind: 'table', head: [m('field'), m('value')], rows };
}

/** Rows grouped by VM, in their order. */
export function byVm<R extends { vm: string }>(rows: readonly R[]): Map<string, R[]> {
  const map = new Map<string, R[]>();
  for (const r of rows) (map.get(r.vm) ?? map.set(r.vm, []).get(r.vm)!).push(r);
  return map;
}

/** Every VM's part, from the rows grouped by VM once (filtering all rows for each VM was quadratic). */
function vmSections(t: LbTopology, analysis: Analysis, m: ReportMsg): Block[] {
  const rows = byVm(analysis.rows);
  const nat = byVm(analysis.natRows);
  return t.vms.flatMap((vm) => vmBlocks(vm, rows.get(vm.name) ?? [], nat.get(vm.name) ?? [], probeRows(t, rows.get(vm.name) ?? []), m));
}

/**
 * What one VM receives, holds and answers, from its rows; `label` names a rule (a design's adds its load balancer).
 */
export function vmBlocks(
  vm: Vm,
  rows: readonly MappingRow[],
  nat: readonly NatMappingRow[],
  probes: string[][],
  m: ReportMsg,
  label: (rule: string) => string = (rule) => rule,
): Block[] {
  const blocks: Block[] = [{ kind: 'h3', text: m('vm', { vm: vm.name, os: vm.os, ip: vm.nic.ip }) }];
  const receives = [
    ...rows.map((r) => [
      label(r.rule),
      `${r.frontendIp}:${portText(r.frontendPort, m)}`,
      r.protocol,
      `${r.destinationIp}:${portText(r.destinationPort, m)}`,
      onOff(r.floatingIp, m),
    ]),
    ...nat.map((r) => [
      label(r.natRule),
      `${r.frontendIp}:${portText(r.frontendPort, m)}`,
      r.protocol,
      `${r.destinationIp}:${portText(r.destinationPort, m)}`,
      onOff(r.floatingIp, m),
    ]),
  ];
  if (!receives.length) return [...blocks, { kind: 'p', text: m('nothingDelivered') }];
  blocks.push({ kind: 'p', text: m('receives') });
  blocks.push({ kind: 'table', head: [m('rule'), m('frontend'), m('protocol'), m('destination'), m('floatingIp')], rows: receives });
  const holds = new Map<string, string[]>();
  for (const r of [...rows, ...nat]) {
    const row = [r.listenIp, r.protocol, portText(r.destinationPort, m), m(`where${r.listenOn}`)];
    holds.set(row.join('\u0000'), row);
  }
  blocks.push({ kind: 'p', text: m('holds') });
  blocks.push({ kind: 'table', head: [m('listen'), m('protocol'), m('port'), m('where')], rows: [...holds.values()] });
  blocks.push({ kind: 'p', text: m('probesToAnswer') });
  blocks.push(
    probes.length
      ? { kind: 'table', head: [m('probe'), m('protocol'), m('port'), m('path'), m('usedBy')], rows: probes }
      : { kind: 'p', text: m('noProbes') },
  );
  return blocks;
}

/** The probes of `t` that reach a VM through `rows`, with the rules that use them. */
export function probeRows(t: LbTopology, rows: readonly MappingRow[]): string[][] {
  const used = new Map<string, Set<string>>();
  for (const r of rows)
    if (r.ruleRef.probe) (used.get(r.ruleRef.probe) ?? used.set(r.ruleRef.probe, new Set()).get(r.ruleRef.probe)!).add(r.rule);
  return t.probes
    .filter((p) => used.has(p.name))
    .map((p) => [p.name, p.protocol, String(p.port), p.requestPath ?? '', [...used.get(p.name)!].join(', ')]);
}

/** The mapping table of one analysis: every rule's and NAT rule's delivery. */
export function mappingBlocks(analysis: Pick<Analysis, 'rows' | 'natRows'>, m: ReportMsg): Block[] {
  type Delivery = Pick<
    MappingRow,
    'vm' | 'frontendIp' | 'frontendPort' | 'protocol' | 'destinationIp' | 'destinationPort' | 'floatingIp' | 'listenIp'
  >;
  const row = (name: string, r: Delivery) => [
    name,
    r.vm,
    `${r.frontendIp}:${portText(r.frontendPort, m)}`,
    r.protocol,
    `${r.destinationIp}:${portText(r.destinationPort, m)}`,
    onOff(r.floatingIp, m),
    r.listenIp,
  ];
  const rows = [...analysis.rows.map((r) => row(r.rule, r)), ...analysis.natRows.map((r) => row(r.natRule, r))];
  if (!rows.length) return [{ kind: 'p', text: m('noMapping') }];
  return [{ kind: 'table', head: [m('rule'), 'VM', m('frontend'), m('protocol'), m('destination'), m('floatingIp'), m('listen')], rows }];
}

/** The findings as a table, or the sentence `none` (no findings) when there are none. */
export function diagnosticBlocks(
  diagnostics: readonly Diagnostic[],
  m: ReportMsg,
  locale: Locale,
  none: ReportKey = 'noDiagnostics',
): Block[] {
  if (!diagnostics.length) return [{ kind: 'p', text: m(none) }];
  const rows = diagnostics.map((d) => [m(d.severity), d.code, messageOf(d, locale), d.source]);
  return [{ kind: 'table', head: [m('severity'), m('code'), m('message'), m('source')], rows }];
}

/**
 * The before/after diagrams of `t`'s floating rules, at most `max`; `idPrefix` keeps the SVG ids of several
 * load balancers' diagrams in one file apart.
 */
export function diagramBlocks(
  t: LbTopology,
  analysis: Analysis,
  m: ReportMsg,
  locale: Locale,
  idPrefix = 'fpr',
  max = MAX_DIAGRAMS,
): Block[] {
  const blocks: Block[] = [];
  const drawn = [
    ...t.rules
      .filter((r) => r.floatingIp)
      .map((r) => ({ rule: r.name, kind: 'rule' as const, vm: analysis.rows.find((row) => row.rule === r.name)?.vm })),
    ...(t.inboundNatRules ?? [])
      .filter((r) => r.floatingIp)
      .map((r) => ({ rule: r.name, kind: 'natRule' as const, vm: analysis.natRows.find((row) => row.natRule === r.name)?.vm })),
  ];
  drawn.slice(0, max).forEach(({ rule, kind, vm }, i) => {
    if (!vm) return void blocks.push({ kind: 'p', text: m('diagramFailed', { rule, error: m('nothingDelivered') }) });
    const d = traceDiagram(t, { rule, kind, vm, locale, idPrefix: `${idPrefix}${i}` });
    blocks.push(
      d.ok
        ? { kind: 'svg', caption: m('diagramOf', { rule, vm }), svg: d.svg }
        : { kind: 'p', text: m('diagramFailed', { rule, error: d.error }) },
    );
  });
  if (drawn.length > max) blocks.push({ kind: 'p', text: m('diagramsLeftOut', { count: drawn.length - max }) });
  return blocks.length ? blocks : [{ kind: 'p', text: m('noFloating') }];
}

/** The NSG plan of one load balancer's view (a design passes planDesignNsg's, with its Global floating-IP flows). */
export function nsgSection(t: LbTopology, m: ReportMsg, plan: NsgPlan = planNsg(t)): Section {
  const rows = plan.rules.map((r) => [
    String(r.priority),
    r.name,
    r.protocol,
    r.source,
    r.destinations.join(', '),
    r.ports,
    r.vms.join(', '),
  ]);
  const blocks: Block[] = rows.length
    ? [{ kind: 'table', head: [m('priority'), m('name'), m('protocol'), m('sources'), m('destinations'), m('port'), 'VM'], rows }]
    : [{ kind: 'p', text: m('noNsg') }];
  return { id: 'nsg', title: m('nsg', { nsg: plan.nsgName }), blocks };
}

/** The outbound paths of one load balancer's view. */
export function outboundSection(t: LbTopology, m: ReportMsg, locale: Locale): Section {
  const rows = outboundPaths(t).map((o) => ['' + o.vm, o.kind, o.publicIp ?? '', render(o.text, locale), o.source]);
  return {
    id: 'outbound',
    title: m('outbound'),
    blocks: [{ kind: 'table', head: ['VM', m('kind'), m('publicIp'), m('message'), m('source')], rows }],
  };
}

/** The language of a script's fenced block, from its file name. */
export const scriptLang = (fileName: string) => (fileName.endsWith('.sh') ? 'bash' : fileName.endsWith('.ps1') ? 'powershell' : 'bat');

function scriptBlocks(t: LbTopology, analysis: Analysis, m: ReportMsg, locale: Locale): Block[] {
  // One index of the rows by VM for all the scripts, as script --all does: planning each VM from all rows was quadratic.
  const index = planIndex(t, analysis.rows, analysis.natRows);
  return t.vms.map((vm, i) => {
    const flavor = defaultFlavor(vm.os);
    const plan = planVm(t, analysis.rows, vm.name, analysis.natRows, index);
    const result = generateScript(t, vm.name, { flavor }, analysis, plan);
    if (!result.text) {
      const why = result.diagnostics.find((d) => d.severity === 'error') ?? result.diagnostics[0];
      return { kind: 'p', text: m('noScript', { vm: vm.name, reason: why ? messageOf(why, locale) : '' }) };
    }
    const title = m('appendix', { n: i + 1, vm: vm.name, flavor, file: result.fileName });
    return {
      kind: 'code',
      title,
      text: result.text,
      lang: scriptLang(result.fileName),
    };
  });
}
