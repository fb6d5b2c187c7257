// The SARIF 2.1.0 format (docs/check.md, "sarif"): one run, a rule per code with its documented meaning and Learn link,
// a physical location per result, suppressed results kept with their in-source justification.
import { render } from '../i18n/text';
import type { Severity } from '../diagnostics/diagnostic';
import { sortResults } from './outcome';
import { RULE_HELP } from './ruleHelp';
import type { CheckReport, CheckResult, Place } from './types';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/** What the tool says of itself in the log. */
export interface SarifTool {
  version: string;
  informationUri?: string;
}

/** A relative `/` path as a URI reference (each segment percent-encoded, so spaces and `#` stay in the path). */
const uriOf = (file: string) => file.split('/').map(encodeURIComponent).join('/');

const physical = (p: Place) => ({
  artifactLocation: { uri: uriOf(p.file), uriBaseId: '%SRCROOT%' },
  region: { startLine: p.line, startColumn: p.column },
});

/** The first sentence of a help text, for shortDescription. */
const firstSentence = (s: string) => /^.*?[.!?](?=\s|$)/.exec(s)?.[0] ?? s;

function rule(code: string, results: readonly CheckResult[]) {
  const help = RULE_HELP[code] ?? code;
  const helpUri = results.map((r) => r.source).find((s) => s !== undefined && /^https:\/\//.test(s));
  return {
    id: code,
    name: code,
    shortDescription: { text: firstSentence(help) },
    fullDescription: { text: help },
    help: { text: helpUri ? `${help} See ${helpUri}` : help },
    ...(helpUri ? { helpUri } : {}),
    defaultConfiguration: { level: LEVEL[results[0]!.severity] },
  };
}

/**
 * The report as a SARIF 2.1.0 log.
 * @example JSON.parse(formatSarif(report, { version: '0.1.0' })).runs[0].results[0].ruleId // 'RulesUseSameBackendPortProtocolAndPool'
 */
export function formatSarif(report: CheckReport, tool: SarifTool): string {
  const results = sortResults(report.results);
  const byCode = new Map<string, CheckResult[]>();
  for (const r of results) {
    const list = byCode.get(r.code);
    if (list) list.push(r);
    else byCode.set(r.code, [r]);
  }
  const codes = [...byCode.keys()].sort();
  const rules = codes.map((c) => rule(c, byCode.get(c)!));
  const index = new Map(codes.map((c, i) => [c, i]));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'Floatplan',
            version: tool.version,
            ...(tool.informationUri ? { informationUri: tool.informationUri } : {}),
            rules,
          },
        },
        columnKind: 'utf16CodeUnits',
        results: results.map((r) => ({
          ruleId: r.code,
          ruleIndex: index.get(r.code)!,
          level: LEVEL[r.severity],
          message: { text: render(r.text, 'en') },
          locations: [{ physicalLocation: physical(r) }],
          ...(r.related.length > 0 ? { relatedLocations: r.related.map((p, id) => ({ id, physicalLocation: physical(p) })) } : {}),
          ...(r.suppressed ? { suppressions: [{ kind: 'inSource', justification: r.suppressed.justification }] } : {}),
        })),
      },
    ],
  };
  return JSON.stringify(log, null, 2);
}
