import type { Severity } from '../diagnostics/diagnostic';

/** The four definition formats Floatplan writes. */
export const EXPORT_FORMATS = ['azcli', 'arm', 'bicep', 'terraform'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** True for a known format name. @example isExportFormat('arm') // true */
export function isExportFormat(s: string): s is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(s);
}

/**
 * A finding carried into an export: the planner's own diagnostics (from `analyze`) plus the export's
 * notes (names Azure refuses, rules left out because they are not wired).
 */
export interface ExportNote {
  severity: Severity;
  code: string;
  message: string;
}

/** One exported definition: the text, a suggested file name and every note it carries. */
export interface ExportResult {
  format: ExportFormat;
  text: string;
  fileName: string;
  notes: readonly ExportNote[];
}
