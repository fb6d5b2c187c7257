import { sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic';
import { mapRules, type MappingRow } from '../mapping/mapping';
import { mapNatRules, type NatMappingRow } from '../mapping/natMapping';
import { indexTopology } from '../model/resolve';
import type { Topology } from '../topology/schema';
import { checkAppliances } from './appliances';
import { checkBackendConflicts, checkNatBackendConflicts } from './backendConflicts';
import { checkClusters } from './clusters';
import { checkAddresses, checkNames, checkProtocolsAndPorts } from './fields';
import { checkFloatingIp, checkNatFloatingIp } from './floatingIp';
import { checkFrontendConflicts } from './frontendConflicts';
import { checkHaPorts } from './haPorts';
import { checkLimits } from './limits';
import { checkReferences } from './references';
import { checkRuleSettings } from './ruleSettings';

export interface Analysis {
  rows: MappingRow[];
  /** What each inbound NAT rule delivers to its target (empty without NAT rules). */
  natRows: NatMappingRow[];
  diagnostics: Diagnostic[];
}

/**
 * Maps and validates a topology in one pass over a shared index.
 * @example analyze(topology).diagnostics.filter(d => d.severity === 'error')
 */
export function analyze(topology: Topology): Analysis {
  const index = indexTopology(topology);
  const { rows, runs } = mapRules(topology, index);
  const natRows = mapNatRules(topology, index);
  const out: Diagnostic[] = [];
  checkNames(index, out);
  checkAddresses(index, out);
  checkProtocolsAndPorts(index, out);
  checkReferences(index, out);
  checkFrontendConflicts(index, out);
  checkBackendConflicts(index, rows, runs, out);
  checkNatBackendConflicts(index, runs, natRows, out);
  checkHaPorts(index, out);
  checkFloatingIp(index, runs, out);
  checkNatFloatingIp(index, natRows, out);
  checkRuleSettings(index, out);
  checkClusters(index, out);
  checkAppliances(index, out);
  checkLimits(index, runs, out, natRows);
  return { rows, natRows, diagnostics: sortDiagnostics(out) };
}

/** Only the diagnostics of {@link analyze}. */
export function validate(topology: Topology): Diagnostic[] {
  return analyze(topology).diagnostics;
}

/** True when any diagnostic is an error. */
export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}
