// One collector per import: every assumption the importer makes is recorded here, with the JSON path.
import type { Severity } from '../../diagnostics/diagnostic';
import { importDiagnostic, type ImportText } from '../text';
import type { ImportCode, ImportDiagnostic } from '../types';

/** Collects import diagnostics in the order they are found. A catalog text gives the message in every language. */
export class Findings {
  readonly list: ImportDiagnostic[] = [];

  add(severity: Severity, code: ImportCode, message: ImportText, path?: string): void {
    this.list.push(importDiagnostic(severity, code, message, path !== undefined && path !== '' ? path : undefined));
  }
  info(code: ImportCode, message: ImportText, path?: string): void {
    this.add('info', code, message, path);
  }
  warn(code: ImportCode, message: ImportText, path?: string): void {
    this.add('warning', code, message, path);
  }
  error(code: ImportCode, message: ImportText, path?: string): void {
    this.add('error', code, message, path);
  }
}
