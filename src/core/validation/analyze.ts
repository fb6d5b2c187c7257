import { sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic';
import { mapRules, type MappingRow, type RuleRun } from '../mapping/mapping';
import { mapNatRules, type NatMappingRow } from '../mapping/natMapping';
import { rowsOnDemand } from '../mapping/rowsOnDemand';
import { indexTopology, type TopologyIndex } from '../model/resolve';
import type { LbTopology } from '../topology/schema';
import { checkAppliances } from './appliances';
import { checkBackendConflicts, checkNatBackendConflicts } from './backendConflicts';
import { checkClusters } from './clusters';
import { checkAddresses, checkNames, checkProtocolsAndPorts } from './fields';
import { checkFloatingIp, checkNatFloatingIp } from './floatingIp';
import { checkFrontendConflicts } from './frontendConflicts';
import { checkHaPorts } from './haPorts';
import { checkFrontendIpTaken } from './ipConfigs';
import { checkLimits } from './limits';
import { checkOutbound } from './outbound';
import { checkNsgs } from '../nsg/checks';
import { checkProbeSettings } from './probes';
import { checkBasic, checkGateway } from './skus';
import { checkEmptyPools } from './emptyPools';
import { checkGlobalTier } from './globalTier';
import { checkReferences } from './references';
import { checkRuleSettings } from './ruleSettings';
import { checkPlaceholders } from './placeholders';

export interface Analysis {
  /**
   * What each rule delivers to each pool member. From analyze, built when read (see rowsOnDemand): the analysis
   * itself holds one run per rule, and diagnostics-only callers never build a row.
   */
  rows: readonly MappingRow[];
  /** What each inbound NAT rule delivers to its target (empty without NAT rules). */
  natRows: NatMappingRow[];
  diagnostics: Diagnostic[];
}

/**
 * Maps and validates a topology in one pass over a shared index. The rows are built as they are read.
 * @example analyze(topology).diagnostics.filter(d => d.severity === 'error')
 */
export function analyze(topology: LbTopology): Analysis {
  const { rows, natRows, diagnostics } = check(topology);
  return { rows, natRows, diagnostics };
}

/** Only the diagnostics of {@link analyze} (which builds no row unless asked: a backend conflict check reads a few). */
export function validate(topology: LbTopology): Diagnostic[] {
  return check(topology).diagnostics;
}

/**
 * The diagnostics with the rule runs instead of the rows, for a caller that builds rows a few at a time
 * (rowsOnDemand), as `script --all` does VM by VM so the 500,000 rows are never all held.
 */
export function analyzeRuns(topology: LbTopology): Omit<Analysis, 'rows'> & { runs: RuleRun[]; index: TopologyIndex } {
  const { runs, natRows, diagnostics, index } = check(topology);
  return { runs, natRows, diagnostics, index };
}

function check(topology: LbTopology): Analysis & { runs: RuleRun[]; index: TopologyIndex } {
  const index = indexTopology(topology);
  const { runs } = mapRules(topology, index, false);
  const rows = rowsOnDemand(index, runs);
  const natRows = mapNatRules(topology, index);
  const out: Diagnostic[] = [];
  checkNames(index, out);
  checkAddresses(index, out);
  checkFrontendIpTaken(index, out);
  checkProtocolsAndPorts(index, out);
  checkReferences(index, out);
  checkFrontendConflicts(index, out);
  checkBackendConflicts(index, rows, runs, out);
  checkNatBackendConflicts(index, runs, natRows, out);
  checkHaPorts(index, out);
  checkFloatingIp(index, runs, out);
  checkNatFloatingIp(index, natRows, out);
  checkRuleSettings(index, out);
  checkPlaceholders(index, out);
  checkClusters(index, out);
  checkAppliances(index, out);
  checkLimits(index, runs, out, natRows);
  checkOutbound(index, out);
  checkNsgs(index, runs, natRows, out);
  checkGateway(index, out);
  checkBasic(index, out);
  checkGlobalTier(index, out);
  checkProbeSettings(index, out);
  checkEmptyPools(index, out);
  return { rows, natRows, diagnostics: sortDiagnostics(out), runs, index };
}

/** True when any diagnostic is an error. */
export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}
