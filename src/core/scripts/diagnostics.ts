// Script diagnostics live in their own list, not in ERROR_CODES/WARNING_CODES: they are about one VM's
// script and its options (prefix, flavour, shell quoting), not about the topology, so `analyze` never raises them.
import type { ElementRef, Severity } from '../diagnostics/diagnostic';
import { SOURCES } from '../diagnostics/diagnostic';
import type { Text } from '../i18n/text';

export const SCRIPT_ERROR_CODES = [
  'UnsafeScriptValue',
  'InvalidInterfaceName',
  'InvalidPrefixLength',
  'DocExactUnsupported',
  'HolderUnsupportedFlavor',
  'MixedFrontendIpHolders',
  'ClusterProbeUnclear',
  'InvalidClusterName',
  'PlaceholderInScript',
] as const;
export const SCRIPT_WARNING_CODES = ['LoopbackPrefixTooWide', 'ScriptFromInvalidTopology', 'GatewayNoLoopback'] as const;
export const SCRIPT_INFO_CODES = ['NothingToConfigure', 'HaPortsOpenEveryPort'] as const;

export type ScriptDiagnosticCode =
  (typeof SCRIPT_ERROR_CODES)[number] | (typeof SCRIPT_WARNING_CODES)[number] | (typeof SCRIPT_INFO_CODES)[number];

/** One finding about a generated script; same shape as a topology Diagnostic, with a script code. */
export interface ScriptDiagnostic {
  severity: Severity;
  code: ScriptDiagnosticCode;
  /** What is wrong, as a catalog text (scripts/messages.en.ts); messageOf(d) gives its words. */
  text: Text;
  elements: string[];
  refs: ElementRef[];
  source: string;
}

const SEVERITY: Record<ScriptDiagnosticCode, Severity> = {
  UnsafeScriptValue: 'error',
  InvalidInterfaceName: 'error',
  InvalidPrefixLength: 'error',
  DocExactUnsupported: 'error',
  HolderUnsupportedFlavor: 'error',
  MixedFrontendIpHolders: 'error',
  ClusterProbeUnclear: 'error',
  InvalidClusterName: 'error',
  PlaceholderInScript: 'error',
  LoopbackPrefixTooWide: 'warning',
  ScriptFromInvalidTopology: 'warning',
  GatewayNoLoopback: 'warning',
  NothingToConfigure: 'info',
  HaPortsOpenEveryPort: 'info',
};

/** Builds a script diagnostic; the severity follows from the code, the English message from the text. */
export function scriptDiagnostic(
  code: ScriptDiagnosticCode,
  refs: ElementRef[],
  text: Text,
  source: string = SOURCES.floatplan,
): ScriptDiagnostic {
  return { severity: SEVERITY[code], code, text, elements: refs.map((r) => r.name), refs, source };
}

/** True when a list holds an error, i.e. no script was written. */
export function hasScriptErrors(list: readonly ScriptDiagnostic[]): boolean {
  return list.some((d) => d.severity === 'error');
}
