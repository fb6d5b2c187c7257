import { diagnostic, SOURCES, type Diagnostic } from '../diagnostics/diagnostic';
import type { TopologyIndex } from '../model/resolve';
import { placeholdersOf, placeholderText } from '../placeholders/markers';
import { ref } from './refs';

/**
 * One lasting warning per placeholder marker (PlaceholderValue): an imported value nobody knows yet stays visible
 * in Diagnostics until the user replaces it (docs/diagnostics.md).
 */
export function checkPlaceholders(index: TopologyIndex, out: Diagnostic[]): void {
  for (const m of placeholdersOf(index.topology)) {
    out.push(diagnostic('warning', 'PlaceholderValue', [ref(m.kind, m.name)], placeholderText(m), SOURCES.floatplan));
  }
}

/**
 * True when `field` of an element holds a marked placeholder: PlaceholderValue already reports it, so the checks of
 * that value (a port's range, a reference's target) stay quiet rather than report the stand-in as a mistake.
 * @example isMarked({ placeholders: [{ field: 'port', reason: 'unresolved', source: 'var.p' }] }, 'port') // true
 */
export function isMarked(e: { placeholders?: readonly { field: string }[] }, field: string): boolean {
  return e.placeholders?.some((p) => p.field === field) ?? false;
}
