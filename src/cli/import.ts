import { messageOf } from '../core/diagnostics/diagnostic';
import { importDefinition } from '../core/import/importDefinition';
import { errorOf } from '../core/import/text';
import { MAX_IMPORT_FILE_BYTES } from '../core/topology/limits';
import { isHiddenFile, isTerraformFile, joinTerraformFiles, type SourceFile } from '../core/import/terraform/files';
import type { ImportDiagnostic, ImportFormat, ImportOptions } from '../core/import/types';
import { EXIT, parseCommandArgs, UsageError, whyUnreadable, type Io } from './io';

const FORMATS: Record<string, ImportFormat> = {
  arm: 'arm',
  az: 'arm',
  json: 'arm',
  terraform: 'terraform',
  tf: 'terraform',
  bicep: 'bicep',
};

/** One diagnostic on one line: `floatplan: <severity> <code> <path>: <message>`. */
export function diagnosticLine(d: ImportDiagnostic): string {
  return `floatplan: ${d.severity} ${d.code}${d.path ? ` ${d.path}` : ''}: ${messageOf(d).replace(/\s*\n\s*/g, ' ')}`;
}

function read(io: Io, path: string, what: string): string {
  try {
    return io.readFile(path, MAX_IMPORT_FILE_BYTES);
  } catch (e) {
    throw new UsageError(`cannot read ${what} ${path}: ${whyUnreadable(e)}`);
  }
}

/**
 * `import <file>... [--param k=v]... [--parameters <file>] [--format arm|az|terraform|bicep] [--lb <name>]` prints the v2 topology
 * (every load balancer of the input, or the one `--lb` names) on stdout and one line per diagnostic on stderr. Exit 0 without errors, 1 with error diagnostics (the topology is
 * still printed), 2 for usage mistakes and input that cannot be read or holds no load balancer.
 */
export async function importCommand(io: Io, args: string[]): Promise<number> {
  try {
    const { values, positionals } = parse(args);
    const file = positionals.join(', ');
    if (positionals.length === 0)
      throw new UsageError(
        'missing <file>: give an ARM template, `az network lb show` JSON, a Terraform or a Bicep file (or a Terraform directory)',
      );
    let format: ImportOptions['format'] = 'auto';
    if (values.format !== undefined) {
      format = FORMATS[values.format.toLowerCase()];
      if (!format) throw new UsageError(`unknown format "${values.format}"; formats are arm (or az), terraform, bicep`);
    }
    // No prototype: `--param __proto__=x` is a parameter name like any other, not the object's prototype.
    const params: Record<string, string> = Object.create(null) as Record<string, string>;
    for (const p of values.param ?? []) {
      const eq = p.indexOf('=');
      if (eq <= 0) throw new UsageError(`--param "${p}" is not name=value, e.g. --param projectName=demo`);
      params[p.slice(0, eq)] = p.slice(eq + 1);
    }
    const sources = positionals.flatMap((p) => sourcesOf(io, p));
    if (sources.length > 1) {
      const other = sources.find((s) => !isTerraformFile(s.name));
      if (other)
        throw new UsageError(`several files are read together only as one Terraform configuration (.tf files); ${other.name} is not one`);
      if (format !== 'auto' && format !== 'terraform')
        throw new UsageError(`several files are read together only as Terraform, not as ${values.format}`);
    }
    const text = sources.length === 1 ? sources[0]!.text : joinTerraformFiles(sources);
    const parametersFile = values.parameters !== undefined ? read(io, values.parameters, 'the parameters file') : undefined;
    if (values.lb !== undefined && values.lb.trim() === '') throw new UsageError('--lb needs the name of a load balancer of the file');
    const result = await importDefinition(text, {
      format,
      params,
      ...(parametersFile !== undefined ? { parametersFile } : {}),
      ...(values.lb !== undefined ? { loadBalancer: values.lb } : {}),
    });
    for (const d of result.diagnostics) io.err(diagnosticLine(d));
    if (!result.ok) {
      io.err(`floatplan: cannot import ${file}: ${errorOf(result)}`);
      return EXIT.usage;
    }
    const c = result.counts;
    // NAT rules are counted only when there are some, so the summary of a file without them reads as before.
    const nat = result.topology.loadBalancers.reduce((n, lb) => n + (lb.inboundNatRules?.length ?? 0), 0);
    io.err(
      `floatplan: imported ${file} as ${result.format}: ${c.frontends} frontends, ${c.backendPools} backend pools, ${c.probes} probes, ${c.rules} rules, ${nat > 0 ? `${nat} inbound NAT rules, ` : ''}${c.vms} VMs`,
    );
    if (result.loadBalancers)
      io.err(
        result.loadBalancer === undefined
          ? `floatplan: the file has ${result.loadBalancers.length} load balancers (${result.loadBalancers.join(', ')}); imported them all (pick one with --lb <name>)`
          : `floatplan: the file has ${result.loadBalancers.length} load balancers (${result.loadBalancers.join(', ')}); imported ${result.loadBalancer} (choose with --lb <name>)`,
      );
    io.out(`${JSON.stringify(result.topology, null, 2)}`);
    return result.diagnostics.some((d) => d.severity === 'error') ? EXIT.findings : EXIT.ok;
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.err(`floatplan: ${e.message}\nRun "floatplan --help" for usage.`);
    return EXIT.usage;
  }
}

/** A file, or every .tf file of a directory (a Terraform configuration), in name order. */
function sourcesOf(io: Io, path: string): SourceFile[] {
  const entries = io.readDir?.(path);
  if (entries === undefined) return [{ name: path, text: read(io, path, 'the file') }];
  const visible = entries.filter((name) => !isHiddenFile(name));
  const tf = visible.filter(isTerraformFile);
  const json = visible.filter((name) => /\.tf\.json$/i.test(name));
  const dir = path.replace(/\/+$/, '');
  const file = (name: string) => ({ name: `${dir}/${name}`, text: read(io, `${dir}/${name}`, 'the file') });
  // Terraform's two syntaxes cannot be joined as text: a .tf.json configuration is read on its own.
  if (json.length > 0 && (tf.length > 0 || json.length > 1)) {
    throw new UsageError(
      `${path} has ${json.map((n) => `${dir}/${n}`).join(', ')} beside other configuration files; import a .tf.json file on its own`,
    );
  }
  if (json.length === 1) return [file(json[0]!)];
  if (tf.length === 0)
    throw new UsageError(`${path} is a directory without .tf files; give a file, or a Terraform configuration's directory`);
  return tf.map(file);
}

function parse(args: string[]) {
  return parseCommandArgs(args, {
    format: { type: 'string' },
    param: { type: 'string', multiple: true },
    parameters: { type: 'string' },
    lb: { type: 'string' },
  });
}
