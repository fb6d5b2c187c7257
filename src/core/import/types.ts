import type { Severity } from '../diagnostics/diagnostic';
import type { Budget, ImportProgress } from './budget';
import type { Topology } from '../topology/schema';
import type { Text } from '../i18n/text';
import type { ElementOrigin } from './origins';

// The contract every importer (ARM, Terraform, Bicep) fulfils, so the CLI and the app treat them alike.

/** The definition languages Floatplan can read. */
export type ImportFormat = 'arm' | 'terraform' | 'bicep';

/** Codes of what an import found or had to assume; see docs/import.md. */
export type ImportCode =
  /** An expression or reference could not be evaluated; the element carries a placeholder. */
  | 'ImportUnresolved'
  /** A fact the planner needs is not in the definition; a marked default (documentation address, name) was used. */
  | 'ImportDefaultUsed'
  /** Something in the definition is not modelled by Floatplan and was left out (said, never silent). */
  | 'ImportIgnored'
  /** The definition contradicts itself or Azure's rules in a way that made the import choose. */
  | 'ImportInvalid'
  /** No load balancer could be found. */
  | 'ImportNoLoadBalancer';

/** One finding of an import, pointing at where in the input it comes from. */
export interface ImportDiagnostic {
  severity: Severity;
  code: ImportCode;
  /** What was found, with the fix, as a catalog text; `messageOf(d)` gives its words ("frontendPort is … no value was given: …"). */
  text: Text;
  /** JSON path (ARM: `resources[2].properties.loadBalancingRules[0].properties.frontendPort`) or HCL address (`azurerm_lb_rule.sql.frontend_port`). */
  path?: string;
}

/** How many elements of each kind were imported (for the import dialog and the CLI summary). */
export interface ImportCounts {
  frontends: number;
  backendPools: number;
  probes: number;
  rules: number;
  vms: number;
}

export interface ImportOptions {
  /** `auto` (default) detects the format from the text. */
  format?: ImportFormat | 'auto';
  /** Parameter values given by the user (`--param name=value`); strings are coerced to the parameter's declared type. */
  params?: Readonly<Record<string, string>>;
  /** Text of an ARM parameters file (`{"parameters": {"x": {"value": …}}}`), applied before `params`. */
  parametersFile?: string;
  /**
   * Which load balancer to import when the file has several: its name as `loadBalancers` lists it (ARM: the
   * resource name; Terraform: the resource address, e.g. `azurerm_lb.sql`), compared ignoring case.
   * Default: every load balancer of the file, in one topology (format v2), sharing the VMs.
   */
  loadBalancer?: string;
  /** Called now and then during a long evaluation with the work done so far (for a progress bar; keep it cheap). */
  onProgress?: (progress: ImportProgress) => void;
  /** The work budget to charge (one is made per import when absent); pass one to set limits or read its counters after. */
  budget?: Budget;
}

/** A topology was built (possibly with placeholders); `diagnostics` says what was assumed. */
export interface ImportSuccess {
  ok: true;
  format: ImportFormat;
  /** Format v2: every load balancer imported (or the one `loadBalancer` picked), sharing one list of VMs. */
  topology: Topology;
  diagnostics: ImportDiagnostic[];
  counts: ImportCounts;
  /** Every load balancer of the file, in order, when it has more than one; `loadBalancer` is the one picked (absent: all). */
  loadBalancers?: readonly string[];
  loadBalancer?: string;
  /** Where each element is in the input (JSON path, Terraform address, Bicep line), for `floatplan check`. */
  origins?: ElementOrigin[];
}

/** The input could not be read at all (not JSON/HCL, or no load balancer in it). */
export interface ImportFailure {
  ok: false;
  format?: ImportFormat;
  /** Why the input could not be read, as a catalog text; `errorOf(f, locale)` gives its words (English by default). */
  errorText: Text;
  diagnostics: ImportDiagnostic[];
}

export type ImportOutcome = ImportSuccess | ImportFailure;

/**
 * Counts per kind of a topology, over all its load balancers.
 * @example countElements(topology).rules // 2
 */
export function countElements(t: Topology): ImportCounts {
  const sum = (f: (lb: Topology['loadBalancers'][number]) => number) => t.loadBalancers.reduce((n, lb) => n + f(lb), 0);
  return {
    frontends: sum((lb) => lb.frontends.length),
    backendPools: sum((lb) => lb.backendPools.length),
    probes: sum((lb) => lb.probes.length),
    rules: sum((lb) => lb.rules.length),
    vms: t.vms.length,
  };
}
