import { sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic';
import { mapRules, type MappingRow } from '../mapping/mapping';
import { mapNatRules, type NatMappingRow } from '../mapping/natMapping';
import { rowsOnDemand } from '../mapping/rowsOnDemand';
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
  return check(topology, true);
}

/** Only the diagnostics of {@link analyze}; the mapping rows are not built (a backend conflict check builds the few it reads). */
export function validate(topology: Topology): Diagnostic[] {
  return check(topology, false).diagnostics;
}

function check(topology: Topology, withRows: boolean): Analysis {
  const index = indexTopology(topology);
  const { rows, runs } = mapRules(topology, index, withRows);
  const natRows = mapNatRules(topology, index);
  const out: Diagnostic[] = [];
  checkNames(index, out);
  checkAddresses(index, out);
  checkProtocolsAndPorts(index, out);
  checkReferences(index, out);
  checkFrontendConflicts(index, out);
  checkBackendConflicts(index, withRows ? rows : rowsOnDemand(index, runs), runs, out);
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

/** True when any diagnostic is an error. */
export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}
