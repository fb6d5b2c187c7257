import { writeFileSync } from 'node:fs';
import { exportDesign } from '../core/export/design';
import { exportTopology } from '../core/export/export';
import { EXPORT_FORMATS, isExportFormat } from '../core/export/types';
import { EXIT, parseCommandArgs, pickLb, readTopology, UsageError, type Io } from './io';

/**
 * `export <file> --format azcli|arm|bicep|terraform [--out <path>] [--no-nsg] [--lb <name>]` prints (or writes) the Azure
 * definition of every load balancer (ARM, Bicep, az; Terraform one at a time with --lb) or of the one --lb names;
 * notes go to stderr. Exit 2 for usage mistakes (unknown format), 1 when the topology has errors — the
 * definition is still written, with the errors at its top, so the user can see what they would deploy. Also 1 while
 * the topology holds placeholders (PlaceholderValue, ExportPlaceholderInput): the definition asks for them as inputs.
 * The network security group the traffic needs is written too (a Standard load balancer is closed to inbound traffic
 * until an NSG allows it; docs/nsg.md); `--no-nsg` leaves it out (`--nsg`, its old opt-in, is still accepted).
 */
export function exportCommand(io: Io, args: string[]): number {
  const { values, positionals } = parse(args);
  if (positionals.length > 1) throw new UsageError(`unexpected argument "${positionals[1]}"`);
  const format = values.format;
  if (format === undefined) throw new UsageError(`missing --format <format>; formats are ${EXPORT_FORMATS.join(', ')}`);
  if (!isExportFormat(format)) throw new UsageError(`unknown format "${format}"; formats are ${EXPORT_FORMATS.join(', ')}`);
  const design = readTopology(io, positionals[0]);
  const nsg = { nsg: values['no-nsg'] !== true };
  // Every load balancer and the references between them; --lb writes one.
  const result =
    values.lb !== undefined
      ? exportTopology(pickLb(design, values.lb, 'export'), format, undefined, nsg)
      : exportDesign(design, format, nsg);
  for (const n of result.notes) if (n.severity !== 'info') io.err(`floatplan: ${n.severity} ${n.code}: ${n.message}`);
  if (values.out) {
    // The CLI script is meant to be run; the templates are data. A file system error (a directory in the way,
    // a name too long) reaches main, which says it in one line with the path, exit 2.
    writeFileSync(values.out, result.text, { mode: format === 'azcli' ? 0o755 : 0o644 });
    io.out(`wrote ${values.out}`);
  } else io.out(result.text);
  // A placeholder (an imported value nobody knows yet) is written as a required input, but is not a plan to deploy as is.
  return result.notes.some((n) => n.severity === 'error' || PLACEHOLDER_NOTES.has(n.code)) ? EXIT.findings : EXIT.ok;
}

const PLACEHOLDER_NOTES = new Set(['PlaceholderValue', 'ExportPlaceholderInput']);

function parse(args: string[]) {
  return parseCommandArgs(args, {
    format: { type: 'string' },
    out: { type: 'string' },
    nsg: { type: 'boolean' },
    'no-nsg': { type: 'boolean' },
    lb: { type: 'string' },
  });
}
