// The JUnit XML format (docs/check.md, "junit"): a test suite per file, a test case per element checked, a failure
// per finding at or above --fail-on.
import { render } from '../i18n/text';
import type { ElementKind } from '../diagnostics/diagnostic';
import { counts, fails, sortResults, type FailOn } from './outcome';
import type { CheckReport, CheckResult } from './types';

const KIND: Record<ElementKind, string> = {
  loadBalancer: 'load balancer',
  frontend: 'frontend',
  backendPool: 'backend pool',
  probe: 'probe',
  rule: 'rule',
  natRule: 'NAT rule',
  vm: 'VM',
};

// XML 1.0 has no place for most control characters, even escaped: they are dropped.
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

/** Text made safe for an XML attribute or element. */
const xml = (s: string) =>
  s.replace(CONTROL, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

interface Case {
  classname: string;
  name: string;
  results: CheckResult[];
}

const line = (r: CheckResult) =>
  `${r.file}:${r.line}:${r.column}: ${r.severity} ${r.code}: ${render(r.text, 'en').replace(/\s*\n\s*/g, ' ')}`;

function caseXml(c: Case, failOn: FailOn): { xml: string; failures: number; errors: number; skipped: number } {
  const live = c.results.filter(counts);
  const unreadable = live.filter((r) => r.code === 'CheckUnreadable');
  const failing = live.filter((r) => r.code !== 'CheckUnreadable' && fails(r.severity, failOn));
  const quiet = live.filter((r) => r.code !== 'CheckUnreadable' && !fails(r.severity, failOn));
  const suppressed = c.results.filter((r) => !counts(r));
  const body = [
    ...unreadable.map((r) => `      <error type="${xml(r.code)}" message="${xml(line(r))}">${xml(line(r))}</error>`),
    ...failing.map((r) => `      <failure type="${xml(r.code)}" message="${xml(line(r))}">${xml(line(r))}</failure>`),
  ];
  const skip = body.length === 0 && quiet.length === 0 && suppressed.length > 0;
  if (skip)
    body.push(
      `      <skipped message="${xml(`suppressed: ${suppressed.map((r) => `${r.code}: ${r.suppressed!.justification}`).join('; ')}`)}"/>`,
    );
  if (quiet.length > 0) body.push(`      <system-out>${xml(quiet.map(line).join('\n'))}</system-out>`);
  const open = `    <testcase classname="${xml(c.classname)}" name="${xml(c.name)}"`;
  return {
    xml: body.length === 0 ? `${open}/>` : `${open}>\n${body.join('\n')}\n    </testcase>`,
    failures: failing.length > 0 ? 1 : 0,
    errors: unreadable.length > 0 ? 1 : 0,
    skipped: skip ? 1 : 0,
  };
}

/**
 * The report as JUnit XML.
 * @example formatJunit(report, 'error') // '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites …'
 */
export function formatJunit(report: CheckReport, failOn: FailOn): string {
  const results = sortResults(report.results);
  const totals = { tests: 0, failures: 0, errors: 0, skipped: 0 };
  const suites = report.files.map((f) => {
    const cases = new Map<string, Case>();
    const caseOf = (classname: string, name: string) => {
      const k = `${classname}\0${name}`;
      if (!cases.has(k)) cases.set(k, { classname, name, results: [] });
      return cases.get(k)!;
    };
    for (const e of f.elements) caseOf(`${f.file}.${e.loadBalancer}`, `${KIND[e.kind]} ${e.name}`);
    for (const r of results.filter((x) => (x.input ?? x.file) === f.file)) {
      const ref = r.refs[0];
      const c =
        r.code === 'CheckUnreadable'
          ? caseOf(f.file, 'read')
          : r.loadBalancer === undefined
            ? caseOf(f.file, 'file')
            : caseOf(`${f.file}.${r.loadBalancer}`, ref ? `${KIND[ref.kind]} ${ref.name}` : `load balancer ${r.loadBalancer}`);
      if (!c.results.includes(r)) c.results.push(r);
    }
    const made = [...cases.values()].map((c) => caseXml(c, failOn));
    const sum = (k: 'failures' | 'errors' | 'skipped') => made.reduce((n, m) => n + m[k], 0);
    const t = { tests: made.length, failures: sum('failures'), errors: sum('errors'), skipped: sum('skipped') };
    totals.tests += t.tests;
    totals.failures += t.failures;
    totals.errors += t.errors;
    totals.skipped += t.skipped;
    const attrs = `name="${xml(f.file)}" tests="${t.tests}" failures="${t.failures}" errors="${t.errors}" skipped="${t.skipped}"`;
    return made.length === 0 ? `  <testsuite ${attrs}/>` : `  <testsuite ${attrs}>\n${made.map((m) => m.xml).join('\n')}\n  </testsuite>`;
  });
  const attrs = `name="floatplan check" tests="${totals.tests}" failures="${totals.failures}" errors="${totals.errors}" skipped="${totals.skipped}"`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites ${attrs}>\n${suites.join('\n')}\n</testsuites>`;
}
