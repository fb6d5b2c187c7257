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
