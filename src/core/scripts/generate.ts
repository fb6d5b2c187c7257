import { SOURCES } from '../diagnostics/diagnostic';
import { safeFileStem } from '../files/fileName';
import type { LbTopology } from '../topology/schema';
import { analyze, analyzeRuns, hasErrors, type Analysis } from '../validation/analyze';
import { checkOptions, checkPrefixWidth, checkValues } from './checks';
import { hasScriptErrors, scriptDiagnostic, type ScriptDiagnostic } from './diagnostics';
import { DOC_PREFIX4, docExactNetsh, docExactUbuntu } from './docExact';
import { gatewayDiagnostic, gatewayScript, isGatewayLoadBalancer } from './gateway';
import { haPortsDiagnostics, narrowHaPorts } from './haPortsFirewall';
import { headerLines } from './header';
import { checkHolder, scriptHolder } from './modeChecks';
import { renderMode } from './modeRender';
import { networkdScript, rhelScript } from './linux';
import { ubuntuScript } from './ubuntu';
import { suseScript } from './suse';
import { planVm, type VmPlan } from './plan';
import { planTemplates } from './planTemplate';
import { runIndex } from './runIndex';
import { loopbacks, shared } from './shared';
import { placeholderRefusal } from './placeholders';
import {
  DEFAULT_ADAPTER_NAME,
  DEFAULT_WINDOWS_LOOPBACK,
  defaultFlavor,
  scriptExtension,
  type Flavor,
  type ScriptFile,
  type ScriptOptions,
  type ScriptResult,
} from './types';
import { powershellParts } from './windowsPowershell';
import type { ScriptParts } from './scriptParts';
import { netshScript } from './windowsNetsh';

/**
 * The guest OS script (or its rollback) for one VM. Pure and deterministic: the same topology and options
 * give the same text. On an error diagnostic `text` is empty and nothing unsafe is written.
 * @example generateScript(t, 'VM2', { flavor: 'ubuntu' }).text.startsWith('#!/usr/bin/env bash') // true
 */
export function generateScript(
  topology: LbTopology,
  vmName: string,
  options: ScriptOptions,
  analysis: Analysis = analyze(topology),
  fullPlan: VmPlan = planVm(topology, analysis.rows, vmName, analysis.natRows),
): ScriptResult {
  const docExact = options.docExact === true;
  const rollback = options.rollback === true;
  const persist = options.persist !== false;
  const prefix = { 4: docExact ? DOC_PREFIX4 : (options.prefix4 ?? 32), 6: options.prefix6 ?? 128 };
  // A dedicated adapter must not take the built-in pseudo-interface's alias.
  const windowsLoopback = options.windowsLoopback ?? (options.installAdapter ? DEFAULT_ADAPTER_NAME : DEFAULT_WINDOWS_LOOPBACK);
  const flavor = options.flavor;
  const fileName = `${stemOf(vmName)}.${flavor}${docExact ? '.doc-exact' : ''}${rollback ? '.rollback' : ''}${scriptExtension(flavor)}`;
  // A value the import could not know is never written into a guest as if it were real (placeholders.ts).
  const refused = placeholderRefusal(topology, fullPlan);
  if (refused) return { text: '', fileName, flavor, files: [], diagnostics: [refused] };
  if (isGatewayLoadBalancer(topology)) return gatewayResult(fullPlan, options, fileName, windowsLoopback);
  const holder = scriptHolder(fullPlan);
  // HA ports: narrowed to the ports asked for (never for an appliance, which forwards); the note says which it is.
  const haNotes = holder ? haPortsDiagnostics(fullPlan, holder, options.openPorts) : [];
  const plan = holder && holder !== 'appliance' && options.openPorts ? narrowHaPorts(fullPlan, options.openPorts) : fullPlan;
  const diagnostics: ScriptDiagnostic[] = [
    ...checkOptions(plan, options, prefix),
    // A script and its rollback check the same names (eachScript gives both one plan).
    ...shared(plan, `values ${flavor} ${windowsLoopback}`, () => checkValues(plan, flavor, windowsLoopback)),
    ...checkHolder(plan, options),
  ];
  if (hasScriptErrors(diagnostics)) return { text: '', fileName, flavor, files: [], diagnostics };
  diagnostics.push(...checkPrefixWidth(plan, prefix, docExact));
  // Once per analysis: `script --all` asks for each of its 4,000 scripts, and the diagnostics run to thousands.
  if (shared(analysis.diagnostics, 'has errors', () => hasErrors(analysis.diagnostics))) {
    diagnostics.push(scriptDiagnostic('ScriptFromInvalidTopology', [], { key: 'script.ScriptFromInvalidTopology' }));
  }
  if (!plan.rules.length && !plan.natRules.length)
    diagnostics.push(
      scriptDiagnostic(
        'NothingToConfigure',
        [{ kind: 'vm', name: vmName }],
        { key: 'script.NothingToConfigure', params: { vm: JSON.stringify(vmName) } },
        SOURCES.floatplan,
      ),
    );
  diagnostics.push(...haNotes);
  if (holder && holder !== 'every-member') {
    const { text, files } = renderMode(plan, holder, flavor, { rollback, persist, diagnostics, options });
    return { text, fileName, flavor, files, diagnostics };
  }
  const header = headerLines({
    plan,
    flavor,
    rollback,
    docExact,
    persist,
    prefix,
    diagnostics,
    rulesTable: docExact ? undefined : RULES_TABLE[flavor],
  });
  const { text, files, parts } = render(plan, flavor, { header, prefix, rollback, docExact, persist, windowsLoopback, options });
  return parts ? { text, fileName, flavor, files, diagnostics, parts } : { text, fileName, flavor, files, diagnostics };
}

/**
 * Every VM's script and rollback with its default (or the given) flavour, for `script --all` and "download all".
 * @example generateAll(t).map((r) => r.fileName) // ['VM1.windows-powershell.ps1', 'VM1.windows-powershell.rollback.ps1', ...]
 */
export function generateAll(topology: LbTopology, options: AllOptions = {}): ScriptResult[] {
  return [...eachScript(topology, options)];
}

/** The options of {@link generateAll}: the flavour defaults per VM, and each VM gets both script and rollback. */
export type AllOptions = Omit<ScriptOptions, 'flavor' | 'rollback'> & { flavor?: Flavor };

/**
 * {@link generateAll} one result at a time, so a caller can write each file and let it go: the largest load
 * balancer's 4,000 scripts are 253 MB of text. One analysis and one plan per VM serve the script and its rollback.
 * @example for (const r of eachScript(t)) writeFile(r.fileName, r.text)
 */
export function* eachScript(topology: LbTopology, options: AllOptions = {}): Generator<ScriptResult> {
  const { runs, natRows, diagnostics, index: topologyIndex } = analyzeRuns(topology);
  // Rows are built VM by VM and dropped with its plan: holding all 500,000 made every garbage collection of the
  // loop scan them, so the time grew faster than the topology.
  const index = runIndex(topologyIndex, runs, natRows);
  // Each plan is given, so generateScript reads only the diagnostics of the analysis.
  const analysis: Analysis = { rows: [], natRows, diagnostics };
  const sameLoopback = loopbacks();
  const template = planTemplates();
  for (const vm of topology.vms) {
    const flavor = options.flavor ?? defaultFlavor(vm.os);
    // VMs that receive the same rule runs on their primary NIC IP have one plan but for that address (planTemplate.ts).
    const own = template(vm, index.shapeOf(vm), () => planVm(topology, [], vm.name, natRows, index));
    // VMs with equal loopback addresses share one list, and with it the blocks made from it (shared.ts).
    const plan = { ...own, loopback: sameLoopback(own.loopback) };
    for (const rollback of [false, true]) yield generateScript(topology, vm.name, { ...options, flavor, rollback }, analysis, plan);
  }
}

// A VM's script and rollback come one after the other: the stem of the last name asked for is kept.
let lastStem = { name: '', stem: safeFileStem('', 'vm') };
function stemOf(vmName: string): string {
  if (lastStem.name !== vmName) lastStem = { name: vmName, stem: safeFileStem(vmName, 'vm') };
  return lastStem.stem;
}

/** A Gateway load balancer's VM: no loopback; a script that changes nothing and says what the appliance must do. */
function gatewayResult(plan: VmPlan, options: ScriptOptions, fileName: string, windowsLoopback: string): ScriptResult {
  const flavor = options.flavor;
  const diagnostics = checkValues(plan, flavor, windowsLoopback);
  if (hasScriptErrors(diagnostics)) return { text: '', fileName, flavor, files: [], diagnostics };
  diagnostics.push(gatewayDiagnostic(plan));
  return { text: gatewayScript(plan, flavor, options.rollback === true, diagnostics), fileName, flavor, files: [], diagnostics };
}

// The flavours whose scripts list the rules served in a table of their own, not in the header.
const RULES_TABLE: Partial<Record<Flavor, string>> = {
  ubuntu: 'LISTENS',
  rhel: 'LISTENS',
  suse: 'LISTENS',
  'linux-networkd': 'LISTENS',
  'windows-powershell': '$Listens',
};

interface RenderInput {
  header: string[];
  prefix: { 4: number; 6: number };
  rollback: boolean;
  docExact: boolean;
  persist: boolean;
  windowsLoopback: string;
  options: ScriptOptions;
}

function render(plan: VmPlan, flavor: Flavor, r: RenderInput): { text: string; files: ScriptFile[]; parts?: ScriptParts } {
  const linux = { plan, header: r.header, prefix: r.prefix, label: r.options.label, persist: r.persist, rollback: r.rollback };
  const windows = { plan, header: r.header, prefix: r.prefix, loopback: r.windowsLoopback, rollback: r.rollback };
  switch (flavor) {
    case 'windows-netsh':
      return {
        text: r.docExact ? docExactNetsh(plan, r.header, r.windowsLoopback, r.prefix[6], r.rollback) : netshScript(windows),
        files: [],
      };
    case 'windows-powershell': {
      const parts = powershellParts({ ...windows, installAdapter: r.options.installAdapter === true });
      return { text: parts.head + parts.tail, files: [], parts };
    }
    case 'ubuntu':
      return r.docExact ? { text: docExactUbuntu(plan, r.header, r.prefix[6], r.rollback), files: [] } : ubuntuScript(linux);
    case 'rhel':
      return rhelScript(linux);
    case 'suse':
      return suseScript(linux);
    case 'linux-networkd':
      return networkdScript(linux);
  }
}
