import { writeFileSync } from 'node:fs';
import { LOCALES, type Locale } from '../core/i18n/locale';
import { reportHtml, reportMarkdown } from '../core/document/report/report';
import { hasErrors, validate } from '../core/validation/analyze';
import { validateTopology } from '../core/validation/analyzeTopology';
import { EXIT, parseCommandArgs, pickLb, readTopology, UsageError, type Io } from './io';

const REPORT_FORMATS = ['html', 'md'] as const;

/**
 * `report <file> --format html|md [--out <path>] [--lang en|ja] [--lb <name>]`: the design report (docs/report.md) of
 * the whole design (a section per load balancer), or of the one `--lb` names, on stdout or in a file. Exit 2 for usage mistakes, 1 when the topology has errors (the report is still written and lists them).
 */
export function reportCommand(io: Io, args: string[]): number {
  const { values, positionals } = parseCommandArgs(args, {
    format: { type: 'string' },
    out: { type: 'string' },
    lang: { type: 'string' },
    lb: { type: 'string' },
  });
  if (positionals.length > 1) throw new UsageError(`unexpected argument "${positionals[1]}"`);
  const format = values.format;
  if (format === undefined) throw new UsageError(`missing --format <format>; formats are ${REPORT_FORMATS.join(', ')}`);
  if (!(REPORT_FORMATS as readonly string[]).includes(format))
    throw new UsageError(`unknown format "${format}"; formats are ${REPORT_FORMATS.join(', ')}`);
  const lang = values.lang ?? 'en';
  if (!(LOCALES as readonly string[]).includes(lang)) throw new UsageError(`--lang ${lang}: use ${LOCALES.join(' or ')}`);
  const design = readTopology(io, positionals[0]);
  // Without --lb, a design of several load balancers is reported whole; one load balancer as its view, as before.
  const topology = values.lb === undefined && design.loadBalancers.length > 1 ? design : pickLb(design, values.lb, 'report');
  const options = { locale: lang as Locale };
  const text = format === 'html' ? reportHtml(topology, options) : reportMarkdown(topology, options);
  if (values.out) {
    // A file system error reaches main, which says it in one line with the path, exit 2.
    writeFileSync(values.out, text);
    io.out(`wrote ${values.out}`);
  } else io.out(text);
  return hasErrors('loadBalancers' in topology ? validateTopology(topology) : validate(topology)) ? EXIT.findings : EXIT.ok;
}
