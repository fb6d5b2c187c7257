// `floatplan check <file|dir>...`: a linter for infrastructure code (docs/check.md).
import { writeFileSync } from 'node:fs';
import { checkInput, type CheckParams } from '../core/check/checkSource';
import { applyConfig } from '../core/check/config';
import { formatJson } from '../core/check/jsonFormat';
import { formatJunit } from '../core/check/junit';
import { FAIL_ON, summarize, type FailOn } from '../core/check/outcome';
import { formatSarif } from '../core/check/sarif';
import { formatText } from '../core/check/textFormat';
import { tfvarsParams } from '../core/check/tfvars';
import type { CheckReport, CheckResult } from '../core/check/types';
import { text } from '../core/i18n/text';
import type { Locale } from '../core/i18n/locale';
import { MAX_IMPORT_FILE_BYTES } from '../core/topology/limits';
import { findConfig } from './checkConfig';
import { collectInputs } from './checkInputs';
import { floatplanVersion } from './version';
import { EXIT, parseCommandArgs, UsageError, whyUnreadable, type Io } from './io';

const FORMATS = ['text', 'json', 'sarif', 'junit'] as const;
type Format = (typeof FORMATS)[number];

function parse(args: string[]) {
  return parseCommandArgs(args, {
    format: { type: 'string' },
    out: { type: 'string' },
    'fail-on': { type: 'string' },
    config: { type: 'string' },
    'no-config': { type: 'boolean' },
    param: { type: 'string', multiple: true },
    parameters: { type: 'string' },
    lang: { type: 'string' },
  });
}

const oneOf = <T extends string>(value: string | undefined, allowed: readonly T[], fallback: T, what: string): T => {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`unknown ${what} "${value}"; use ${allowed.join(', ')}`);
};

/** `--param` and `--parameters` (an ARM parameters file, or a .tfvars file read into parameters; `--param` wins). */
async function paramsOf(io: Io, values: ReturnType<typeof parse>['values']): Promise<CheckParams> {
  const params: Record<string, string> = Object.create(null) as Record<string, string>;
  let parametersFile: string | undefined;
  if (values.parameters !== undefined) {
    let source: string;
    try {
      source = io.readFile(values.parameters, MAX_IMPORT_FILE_BYTES);
    } catch (e) {
      throw new UsageError(`cannot read the parameters file ${values.parameters}: ${whyUnreadable(e)}`);
    }
    if (/\.tfvars$/i.test(values.parameters)) {
      const vars = await tfvarsParams(source);
      if (!vars.ok) throw new UsageError(`${values.parameters} is not a Terraform variables file: ${vars.error}`);
      Object.assign(params, vars.params);
    } else parametersFile = source;
  }
  for (const p of values.param ?? []) {
    const eq = p.indexOf('=');
    if (eq <= 0) throw new UsageError(`--param "${p}" is not name=value, e.g. --param projectName=demo`);
    params[p.slice(0, eq)] = p.slice(eq + 1);
  }
  return { params, ...(parametersFile !== undefined ? { parametersFile } : {}) };
}

/**
 * `check <file|dir>... [--format text|json|sarif|junit] [--out <path>] [--fail-on error|warning|never] [--config <file>]
 * [--no-config] [--param k=v]... [--parameters <file>] [--lang en|ja]`: every load balancer found, validated, each
 * finding at its place. Exit 0 clean (below --fail-on), 1 findings at or above it, 2 usage or input errors.
 */
export async function checkCommand(io: Io, args: string[]): Promise<number> {
  const { values, positionals } = parse(args);
  if (positionals.length === 0)
    throw new UsageError(
      'missing <file|dir>: give the Terraform, Bicep or ARM files (or their directories) to check, e.g. floatplan check infra/',
    );
  const format = oneOf<Format>(values.format, FORMATS, 'text', 'format');
  const failOn = oneOf<FailOn>(values['fail-on'], FAIL_ON, 'error', '--fail-on value');
  const locale = oneOf<Locale>(values.lang, ['en', 'ja'], 'en', 'language');
  if (values.config !== undefined && values['no-config']) throw new UsageError('--config and --no-config contradict each other; give one');
  const cwd = io.cwd?.() ?? process.cwd();
  const found = findConfig(io, cwd, values.config, values['no-config'] === true, locale);
  const params = await paramsOf(io, values);
  const collected = collectInputs(io, positionals, { cwd, base: found.base, ignore: found.config.ignore });
  const report: CheckReport = { files: [], results: [] };
  for (const { name, why } of collected.unreadable) {
    report.files.push({ file: name, loadBalancers: [], elements: [] });
    report.results.push(unreadableFile(name, why));
  }
  // One at a time: an import holds its whole file and topology; several at once would hold them all.
  for (const input of collected.inputs) {
    const outcome = await checkInput(input, params);
    if (!outcome) continue;
    report.files.push(outcome.file);
    report.results.push(...outcome.results);
  }
  report.results = applyConfig(report.results, found.config);
  const summary = summarize(report, failOn);
  const output =
    format === 'json'
      ? formatJson(report, summary)
      : format === 'sarif'
        ? formatSarif(report, { version: floatplanVersion() })
        : format === 'junit'
          ? formatJunit(report, failOn)
          : formatText(report, summary, locale);
  if (values.out !== undefined) {
    // A file system error (a directory in the way) reaches main, which says it in one line with the path, exit 2.
    writeFileSync(values.out, `${output}\n`);
    io.err(`floatplan: wrote ${values.out}`);
  } else io.out(output);
  return summary.failed ? EXIT.findings : EXIT.ok;
}

function unreadableFile(name: string, why: string): CheckResult {
  return {
    file: name,
    input: name,
    line: 1,
    column: 1,
    severity: 'error',
    code: 'CheckUnreadable',
    text: text('check.unreadable', { file: name, detail: `${why}.` }),
    refs: [],
    related: [],
  };
}
