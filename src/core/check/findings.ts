// Diagnostics of one imported load balancer, each at its place in the source (docs/check.md, "Locations").
import type { Diagnostic, ElementRef, Severity } from '../diagnostics/diagnostic';
import { names, text } from '../i18n/text';
import type { ImportDiagnostic } from '../import/types';
import { placeholdersOf } from '../placeholders/markers';
import type { LbTopology } from '../topology/schema';
import type { SourceLocator } from './locators';
import type { CheckResult, Place } from './types';

// `check` reads every load balancer of a file, so the importer's "only the first was imported" is not news.
const NOT_NEWS = new Set(['import.arm.secondLoadBalancer', 'import.tf.secondLoadBalancer']);

const samePlace = (a: Place, b: Place) => a.file === b.file && a.line === b.line && a.column === b.column;

/** The place of the first element that has one, and the other elements' places. */
function places(refs: readonly ElementRef[], at: SourceLocator): { place: Place; related: Place[] } {
  // The load balancer is the place of last resort: a finding about it and a VM is shown at the VM.
  const ordered = [...refs.filter((r) => r.kind !== 'loadBalancer'), ...refs.filter((r) => r.kind === 'loadBalancer')];
  const found = ordered.map((r) => at.element(r.kind, r.name)).filter((p): p is Place => p !== undefined);
  const place = found[0] ?? at.fallback();
  const related: Place[] = [];
  for (const p of found.slice(1)) if (!samePlace(p, place) && !related.some((r) => samePlace(r, p))) related.push(p);
  return { place, related };
}

/**
 * Every validation and import diagnostic of one load balancer, located. An error or warning about an element that
 * holds a placeholder value (other than PlaceholderValue itself, which says so) is at most a warning and says it rests on one:
 * the importer's stand-in is not the user's value, and must not fail a build as if it were.
 * @example locateDiagnostics(validate(t), r.diagnostics, t, armLocator('lb.json', text, r.origins ?? []))
 */
export function locateDiagnostics(
  diagnostics: readonly Diagnostic[],
  imported: readonly ImportDiagnostic[],
  topology: LbTopology,
  at: SourceLocator,
): CheckResult[] {
  const loadBalancer = topology.loadBalancer.name;
  const marked = new Map<string, string>();
  for (const m of placeholdersOf(topology)) marked.set(`${m.kind}\0${m.name}`, m.name);
  const out: CheckResult[] = [];
  for (const d of imported) {
    if (NOT_NEWS.has(d.text.key)) continue;
    const place = (d.path !== undefined ? at.path(d.path) : undefined) ?? at.fallback();
    out.push({ ...place, severity: d.severity, code: d.code, text: d.text, loadBalancer, refs: [], related: [] });
  }
  for (const d of diagnostics) {
    const { place, related } = places(d.refs, at);
    const resting =
      d.code === 'PlaceholderValue' || d.severity === 'info'
        ? []
        : d.refs.filter((r) => marked.has(`${r.kind}\0${r.name}`)).map((r) => r.name);
    const severity: Severity = resting.length > 0 && d.severity === 'error' ? 'warning' : d.severity;
    out.push({
      ...place,
      severity,
      code: d.code,
      text: resting.length > 0 ? text('check.placeholder', { message: d.text, elements: names(resting) }) : d.text,
      loadBalancer,
      refs: d.refs,
      related,
      source: d.source,
      ...(resting.length > 0 ? { placeholder: true } : {}),
    });
  }
  return out;
}
