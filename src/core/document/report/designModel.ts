// The design report of a topology with several load balancers: the design's load balancers, one section each (its
// facts, mapping, findings, diagrams, NSG plan, outbound paths), what lies between them (references and findings
// across load balancers), every VM once with all it receives, and one script per VM for all its load balancers.
import type { Locale } from '../../i18n/locale';
import type { MappingRow } from '../../mapping/mapping';
import type { NatMappingRow } from '../../mapping/natMapping';
import { planDesignNsg } from '../../nsg/designPlan';
import { generateDesignScript } from '../../scripts/designScripts';
import { defaultFlavor } from '../../scripts/types';
import { lbView } from '../../topology/design';
import type { LbTopology, Topology } from '../../topology/schema';
import { analyzeTopology, type TopologyAnalysis } from '../../validation/analyzeTopology';
import { designReferences } from '../references';
import { messageOf } from '../../diagnostics/diagnostic';
import {
  byVm,
  diagnosticBlocks,
  diagramBlocks,
  mappingBlocks,
  MAX_DIAGRAMS,
  nsgSection,
  outboundSection,
  probeRows,
  reportModel,
  scriptLang,
  summary,
  vmBlocks,
  type Block,
  type ReportModel,
  type ReportOptions,
  type Section,
} from './model';
import { reportMsg, type ReportMsg } from './messages';

// A name of one load balancer's element where several load balancers' are listed together, as design scripts print it.
const qualified = (lb: string, name: string) => `${lb}/${name}`;

/**
 * The report's content for a topology of two or more load balancers (one is reportModel of its view). Pure and
 * deterministic; the JSON is the v2 topology.
 * @example designReportModel(t).sections.map((s) => s.id) // ['description', 'load-balancers', 'lb-1', 'lb-2', 'across', 'vms', 'scripts']
 */
export function designReportModel(t: Topology, options: ReportOptions = {}): ReportModel {
  const locale = options.locale ?? 'en';
  const m = reportMsg(locale);
  const analysis = analyzeTopology(t);
  // One diagram budget for the whole file: each diagram is ~30 kB of SVG.
  const perLb = Math.floor(MAX_DIAGRAMS / t.loadBalancers.length);
  const sections: Section[] = [
    { id: 'description', title: m('description'), blocks: [{ kind: 'p', text: t.description?.trim() || m('noDescription') }] },
    { id: 'load-balancers', title: m('loadBalancers'), blocks: [lbTable(t, m)] },
    ...t.loadBalancers.map((lb, k) => lbSection(t, analysis, k, m, locale, perLb)),
    acrossSection(t, analysis, m, locale),
    { id: 'vms', title: m('vms'), blocks: vmSections(t, analysis, m) },
    { id: 'scripts', title: m('scripts'), blocks: scriptBlocks(t, m, locale) },
  ];
  return { locale, title: m('title', { name: t.name }), intro: m('made'), sections, json: `${JSON.stringify(t, null, 2)}\n` };
}

function lbTable(t: Topology, m: ReportMsg): Block {
  const rows = t.loadBalancers.map((lb) => [
    lb.name,
    lb.sku,
    lb.type,
    lb.tier ?? 'Regional',
    String(lb.frontends.length),
    String(lb.backendPools.length),
    String(lb.probes.length),
    String(lb.rules.length),
    String(lb.inboundNatRules?.length ?? 0),
  ]);
  const head = [m('name'), m('sku'), m('type'), m('tier'), m('frontends'), m('backendPools'), m('probes'), m('rules'), m('natRules')];
  return { kind: 'table', head, rows };
}

function lbSection(t: Topology, analysis: TopologyAnalysis, k: number, m: ReportMsg, locale: Locale, maxDiagrams: number): Section {
  const view = lbView(t, k);
  const name = view.loadBalancer.name;
  const part = analysis.parts[k]!;
  const facts = summary(view, m) as Extract<Block, { kind: 'table' }>;
  // The VMs are the design's, listed once in their own section.
  const rows = facts.rows.filter((r) => r[0] !== m('vms'));
  rows.splice(3, 0, [m('tier'), view.loadBalancer.tier ?? 'Regional']);
  const nsg = nsgSection(view, m, planDesignNsg(t, k));
  const outbound = outboundSection(view, m, locale);
  return {
    id: `lb-${k + 1}`,
    title: m('loadBalancerNamed', { lb: name }),
    blocks: [
      { ...facts, rows },
      { kind: 'h3', text: m('mapping') },
      ...mappingBlocks(part.analysis, m),
      { kind: 'h3', text: m('diagnostics') },
      ...diagnosticBlocks(
        analysis.diagnostics.filter((d) => d.loadBalancer === name),
        m,
        locale,
      ),
      { kind: 'h3', text: m('diagrams') },
      ...diagramBlocks(view, part.analysis, m, locale, `fpr${k + 1}x`, maxDiagrams),
      { kind: 'h3', text: nsg.title },
      ...nsg.blocks,
      { kind: 'h3', text: outbound.title },
      ...outbound.blocks,
    ],
  };
}

function acrossSection(t: Topology, analysis: TopologyAnalysis, m: ReportMsg, locale: Locale): Section {
  const kindText = { gateway: m('refGateway'), nic: m('refNic'), global: m('refGlobal') } as const;
  const refs = designReferences(t).map((r) => [
    kindText[r.kind],
    r.from.loadBalancer === undefined ? `VM ${r.from.name}` : qualified(r.from.loadBalancer, r.from.name),
    qualified(r.to.loadBalancer, r.to.frontend),
  ]);
  return {
    id: 'across',
    title: m('across'),
    blocks: [
      { kind: 'h3', text: m('references') },
      refs.length ? { kind: 'table', head: [m('reference'), m('from'), m('to')], rows: refs } : { kind: 'p', text: m('noReferences') },
      { kind: 'h3', text: m('acrossFindings') },
      ...diagnosticBlocks(
        analysis.diagnostics.filter((d) => d.loadBalancer === undefined),
        m,
        locale,
        'noAcross',
      ),
    ],
  };
}

/** Every VM once: what each load balancer delivers to it, rules and probes named with their load balancer. */
function vmSections(t: Topology, analysis: TopologyAnalysis, m: ReportMsg): Block[] {
  const rows = new Map<string, MappingRow[]>();
  const nat = new Map<string, NatMappingRow[]>();
  const probes = new Map<string, string[][]>();
  analysis.parts.forEach((part, k) => {
    const lb = part.loadBalancer;
    const view = lbView(t, k);
    for (const [vm, list] of byVm(part.analysis.rows)) {
      const named = list.map((r) => ({ ...r, rule: qualified(lb, r.rule) }));
      (rows.get(vm) ?? rows.set(vm, []).get(vm)!).push(...named);
      const own = probeRows(view, named).map(([probe, ...rest]) => [qualified(lb, probe!), ...rest]);
      (probes.get(vm) ?? probes.set(vm, []).get(vm)!).push(...own);
    }
    for (const [vm, list] of byVm(part.analysis.natRows))
      (nat.get(vm) ?? nat.set(vm, []).get(vm)!).push(...list.map((r) => ({ ...r, natRule: qualified(lb, r.natRule) })));
  });
  return t.vms.flatMap((vm) => vmBlocks(vm, rows.get(vm.name) ?? [], nat.get(vm.name) ?? [], probes.get(vm.name) ?? [], m));
}

function scriptBlocks(t: Topology, m: ReportMsg, locale: Locale): Block[] {
  return t.vms.map((vm, i): Block => {
    const flavor = defaultFlavor(vm.os);
    const result = generateDesignScript(t, vm.name, { flavor });
    if (!result.text) {
      const why = result.diagnostics.find((d) => d.severity === 'error') ?? result.diagnostics[0];
      return { kind: 'p', text: m('noScript', { vm: vm.name, reason: why ? messageOf(why, locale) : '' }) };
    }
    return {
      kind: 'code',
      title: m('appendix', { n: i + 1, vm: vm.name, flavor, file: result.fileName }),
      text: result.text,
      lang: scriptLang(result.fileName),
    };
  });
}

/**
 * The report's content for one load balancer's view or a whole design: a design of one load balancer is reported as
 * its view (the same bytes as before format v2), one of several by {@link designReportModel}.
 */
export function reportModelOf(t: LbTopology | Topology, options: ReportOptions = {}): ReportModel {
  if (!('loadBalancers' in t)) return reportModel(t, options);
  return t.loadBalancers.length === 1 ? reportModel(lbView(t, 0), options) : designReportModel(t, options);
}
