// What `floatplan check` reports (docs/check.md): findings at their place in the source, per file.
import type { ElementKind, ElementRef, Severity } from '../diagnostics/diagnostic';
import type { Text } from '../i18n/text';

/** A place in a file: its path as the user gave it (relative, `/`), 1-based line and column. */
export interface Place {
  file: string;
  line: number;
  column: number;
}

/** `check`'s own codes (docs/check.md, "check's own codes"). */
export const CHECK_CODES = ['CheckUnreadable', 'CheckNoLoadBalancer', 'CheckSuppressionWithoutReason', 'CheckSuppressionUnused'] as const;

/** One finding at its place: a validation diagnostic, an import finding, or one of `check`'s own. */
export interface CheckResult extends Place {
  /** The input (file, or Terraform configuration's directory) it was found in, as listed in the report's files. */
  input?: string;
  severity: Severity;
  /** A validation code, an import code (`ImportUnresolved`, …) or one of {@link CHECK_CODES}. */
  code: string;
  text: Text;
  /** The load balancer the finding is about (absent for findings about the file itself). */
  loadBalancer?: string;
  /** The elements involved, as the diagnostic names them; the first is the one the place points at. */
  refs: ElementRef[];
  /** The places of the other elements involved. */
  related: Place[];
  /** The page or spec the check rests on (a Learn link for most of Azure's rules). */
  source?: string;
  /** True when it involves an element holding a placeholder value (its severity is then at most a warning). */
  placeholder?: boolean;
  /** Present when an inline `floatplan-ignore` comment suppresses it. */
  suppressed?: { justification: string };
}

/** One element checked, for the JUnit format's test cases. */
export interface CheckedElement {
  kind: ElementKind;
  name: string;
  loadBalancer: string;
}

/** One file (or Terraform configuration) checked. */
export interface CheckedFile {
  file: string;
  /** The format read (`arm`, `bicep`, `terraform`, `topology`), or undefined when the file could not be read. */
  format?: string;
  loadBalancers: string[];
  elements: CheckedElement[];
}

/** The whole run: every file, every finding (suppressed ones included). */
export interface CheckReport {
  files: CheckedFile[];
  results: CheckResult[];
}
