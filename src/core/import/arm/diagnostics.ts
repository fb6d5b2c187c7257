// One collector per import: every assumption the importer makes is recorded here, with the JSON path.
import type { Severity } from '../../diagnostics/diagnostic';
import type { ImportCode, ImportDiagnostic } from '../types';

/** Collects import diagnostics in the order they are found. */
export class Findings {
  readonly list: ImportDiagnostic[] = [];

  add(severity: Severity, code: ImportCode, message: string, path?: string): void {
    this.list.push({ severity, code, message, ...(path !== undefined && path !== '' ? { path } : {}) });
  }
  info(code: ImportCode, message: string, path?: string): void {
    this.add('info', code, message, path);
  }
  warn(code: ImportCode, message: string, path?: string): void {
    this.add('warning', code, message, path);
  }
  error(code: ImportCode, message: string, path?: string): void {
    this.add('error', code, message, path);
  }
}
