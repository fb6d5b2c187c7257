// The CLI speaks both languages at once (`--lang ja`): register the core's Japanese catalogs eagerly.
import '../core/i18n/ja';
import { configureParsers } from '../core/import/parsers';
import { endQuietlyOnClosedPipe } from './closedPipe';
import { checkCommand } from './check';
import { drawCommand } from './draw';
import { exportCommand } from './export';
import { importCommand } from './import';
import { mapCommand } from './map';
import { nsgCommand } from './nsg';
import { nodeParsers } from './parsers';
import { reportCommand } from './report';
import { EXIT, InternalError, type Io, optionsOf, parseCommandArgs, processIo, UsageError } from './io';
import { scriptCommand } from './script';
import { traceCommand } from './trace';
import { validateCommand } from './validate';

export const USAGE = `Floatplan — Azure Load Balancer floating IP planner

Usage:
  floatplan validate <file> [--json]     diagnostics of every load balancer; exit 1 when there are errors
  floatplan map <file> [--json] [--lb <name>]
                                         what each VM receives and must listen on, per load balancer (a
                                         Global one's flows through its regional frontends in a section)
  floatplan nsg <file> [--json] [--source <cidr>] [--lb <name>]
                                         the inbound NSG rules the traffic needs (frontend IP for
                                         floating IP, NIC IP otherwise, probes from AzureLoadBalancer),
                                         per VM, and where the topology's own NSGs block it
  floatplan trace <file> --rule <name>|--nat-rule <name> --vm <name> [--lb <name>] [--client ip:port] [--port N] [--json] [--svg <out.svg>]
                   [--lang en|ja] [--what-if no-loopback,listens-on-nic-ip-only,probe-port-closed,outbound-from-frontend-ip]
                   [--active <vm>] [--destination ip:port] [--regional <lb>/<frontend>] [--appliance <vm>]
                                         the hops of one flow (a load-balancing or inbound NAT rule),
                                         the health probe and outbound notes; --active picks a cluster's
                                         active node (default its first member); --destination is the server
                                         behind an appliance (default the example 198.51.100.80 on --port);
                                         --regional picks the regional frontend behind a Global rule and
                                         --appliance the Gateway appliance of a chained frontend;
                                         --svg also writes the floating IP off/on diagram; --lang ja writes
                                         notes and diagram in Japanese; --what-if shows where a guest mistake breaks it
  floatplan script <file> --vm <name> [--flavor <flavour>] [--rollback] [--doc-exact] [--no-persist]
                   [--prefix N] [--prefix6 N] [--label lo:NAME] [--loopback <alias>] [--install-adapter]
                   [--cluster-network <name>] [--ip-resource FRONTEND=NAME]... [--cluster-group FRONTEND=NAME]...
                   [--open-ports tcp/443,udp/53]
                                         the guest OS script (or rollback) for one VM; a pool's
                                         frontendIpHolder picks loopback, WSFC (names of the cluster
                                         network and IP resources), Pacemaker (group per frontend,
                                         default g-<frontend>) or appliance forwarding
  floatplan script <file> --all --out <dir>
                                         every VM's script and rollback, flavour from each VM's OS
  Flavours: windows-netsh, windows-powershell, ubuntu, rhel, suse, linux-networkd
  floatplan export <file> --format azcli|arm|bicep|terraform [--out <path>] [--no-nsg] [--lb <name>]
                                         the Azure definition of the load balancers (Azure CLI script,
                                         ARM template, Bicep or Terraform azurerm v4); warnings as comments
                                         with the NSG the traffic needs (NIC associations in Terraform);
                                         --no-nsg leaves the NSG out
  floatplan draw <file> --format svg|drawio|mermaid [--theme light|dark] [--lang en|ja] [--out <path>] [--lb <name>]
                                         the topology as a diagram: the canvas as a vector SVG (--theme for
                                         its colours), a draw.io file (.drawio, opens in diagrams.net) or a
                                         Mermaid flowchart for Markdown; positions from the file's layout;
                                         every load balancer in its own frame or group (--lb draws one)
  floatplan import <file>... [--param name=value]... [--parameters <file>] [--format arm|az|terraform|bicep] [--lb <name>]
                                         read an ARM template, \`az network lb show\` JSON, Terraform or Bicep
                                         into a topology (stdout); assumptions and placeholders on stderr;
                                         a directory (or several .tf files) is read as one Terraform
                                         configuration; every load balancer of the file is imported (--lb
                                         picks one)
  floatplan report <file> --format html|md [--out <path>] [--lang en|ja] [--lb <name>]
                                         the design report: summary, per-VM tables, mapping, diagnostics,
                                         floating rule diagrams, NSG, outbound, scripts, and the topology
                                         embedded (Floatplan opens the report back as the topology); a
                                         section per load balancer and what lies between them (--lb: one)
  floatplan check <file|dir>... [--format text|json|sarif|junit] [--out <path>] [--fail-on error|warning|never]
                  [--config <file>] [--no-config] [--param name=value]... [--parameters <file>] [--lang en|ja]
                                         lint Terraform, Bicep, ARM and topology files in a pipeline: every load
                                         balancer found is validated and each finding reported at its line
                                         (SARIF for code scanning, JUnit); configuration and suppressions in
                                         docs/check.md; exit 1 on findings at or above --fail-on

With several load balancers in a topology, --lb names the one a command works on (trace finds the one
holding --rule by itself; export, draw and report cover them all without it).
Exit codes: 0 fine, 1 the topology has errors (script: a script cannot be written safely; export: still
written, errors at the top; import: error diagnostics, topology still printed), 2 usage or unreadable/invalid
file, unknown VM, flavour or format, nothing to import, or a file that cannot be written (exists, name too long,
no permission), 3 an internal error of Floatplan (a bug: one line on stderr, "internal error in <command>: …",
please report it; --debug, given to any command, adds the stack).
Examples: public/examples/*.json`;

/** Where an internal error is to be reported (the one line of exit code 3 names it). */
export const REPORT_AT = 'the Floatplan issue tracker, with the command, its input files and the output of --debug';

/** Runs the CLI with `argv` (without node and script) and returns the exit code (a promise for `import`, whose parsers load WebAssembly). */
export function main(argv: string[], io: Io = processIo): number | Promise<number> {
  // `--debug` (any command, anywhere) adds the stack to an internal error; the commands never see it.
  const args = argv.filter((a) => a !== '--debug');
  const context = failureContext(argv);
  try {
    // The importers read their WebAssembly parsers from node_modules (src/cli/parsers.ts).
    configureParsers(nodeParsers);
    const code = run(args, io);
    // import returns a promise: its rejections get the same one-line treatment as a synchronous throw.
    return code instanceof Promise ? code.catch((e: unknown) => failed(e, io, context)) : code;
  } catch (e) {
    return failed(e, io, context);
  }
}

/** The command an internal error is said to be in: `script --all` apart from `script`, `floatplan` before there is one. */
function commandName(argv: readonly string[]): string {
  const [command] = argv;
  if (command === undefined || command.startsWith('-') || !/^[a-z-]{1,20}$/.test(command)) return 'floatplan';
  return command === 'script' && argv.includes('--all') ? 'script --all' : command;
}

/** The command of `argv` and whether `--debug` was given, for what an internal error says. */
export function failureContext(argv: readonly string[]): FailureContext {
  return { command: commandName(argv.filter((a) => a !== '--debug')), debug: argv.includes('--debug') };
}

/** What the last word on a failure says besides the error: in which command, and whether to add the stack. */
export interface FailureContext {
  command: string;
  debug: boolean;
}

// Throws freely: main turns whatever escapes into one line and an exit code.
function run(argv: string[], io: Io): number | Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    io.out(USAGE);
    return command ? EXIT.ok : EXIT.usage;
  }
  if (command === 'script') return scriptCommand(io, rest);
  if (command === 'export') return exportCommand(io, rest);
  if (command === 'draw') return drawCommand(io, rest);
  if (command === 'import') return importCommand(io, rest);
  if (command === 'report') return reportCommand(io, rest);
  if (command === 'check') return checkCommand(io, rest);
  const { values, positionals } = parse(rest);
  if (positionals.length > 1) throw new UsageError(`unexpected argument "${positionals[1]}"`);
  const file = positionals[0];
  const json = values.json === true;
  switch (command) {
    case 'validate':
      // It covers every load balancer of the file, each finding saying whose it is.
      if (values.lb !== undefined)
        throw new UsageError(`${command} covers every load balancer; --lb is for map, trace, nsg, export, draw and report`);
      return validateCommand(io, file, json);
    case 'map':
      // Every load balancer, each row saying whose it is; --lb keeps one's rows (a Global one's: its flows).
      return mapCommand(io, file, json, values.lb);
    case 'nsg':
      return nsgCommand(io, file, json, values.source, values.lb);
    case 'trace':
      return traceCommand(io, file, {
        lb: values.lb,
        rule: values.rule,
        natRule: values['nat-rule'],
        vm: values.vm,
        client: values.client,
        port: values.port,
        json,
        svg: values.svg,
        lang: values.lang,
        whatIf: values['what-if'],
        active: values.active,
        destination: values.destination,
        regional: values.regional,
        appliance: values.appliance,
      });
    default:
      throw new UsageError(
        `unknown command "${command}"; commands are validate, map, nsg, trace, script, export, draw, import, report and check`,
      );
  }
}

// Errors of the file system that the user can fix (a missing directory, a name too long, a file in the way):
// exit 2 like an unreadable input file, never a stack.
const IO_ERRORS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EEXIST: 'the file already exists',
  ENAMETOOLONG: 'the file name is too long',
  EISDIR: 'it is a directory',
  ENOTDIR: 'a part of the path is not a directory',
  ENOSPC: 'no space left on the device',
  EROFS: 'the file system is read-only',
  EMFILE: 'too many open files',
};

/**
 * The last word on any failure: one line on stderr and an exit code (2 usage or file system, 3 internal), the stack
 * of an internal error only with `--debug`.
 * @example failed(Object.assign(new Error('x'), { code: 'EEXIST', path: 'out/a.ps1' }), io) // 2, "floatplan: out/a.ps1: the file already exists (EEXIST)."
 */
export function failed(e: unknown, io: Io, context: FailureContext = { command: 'floatplan', debug: false }): number {
  // When stderr itself is what failed (a closed pipe), there is nowhere to say it: the exit code still tells.
  const say = (line: string) => {
    try {
      io.err(line);
    } catch {
      // nothing left to write to
    }
  };
  if (e instanceof UsageError) {
    say(`floatplan: ${e.message}\nRun "floatplan --help" for usage.`);
    return EXIT.usage;
  }
  const err = e as Partial<NodeJS.ErrnoException> | undefined;
  const code = typeof err?.code === 'string' ? err.code : undefined;
  if (code !== undefined && Object.hasOwn(IO_ERRORS, code)) {
    const path = typeof err?.path === 'string' ? `${err.path}: ` : '';
    say(`floatplan: ${path}${IO_ERRORS[code]} (${code}).`);
    return EXIT.usage;
  }
  const known = e instanceof InternalError;
  const message = known ? e.message : firstLine(e);
  const command = known ? e.command : context.command;
  say(`floatplan: internal error in ${command}: ${message} — this is a bug in Floatplan; please report it at ${REPORT_AT}.`);
  if (context.debug) say(stackOf(known ? e.fault : e));
  return EXIT.internal;
}

/** The error's stack (or its text) for `--debug`. */
function stackOf(e: unknown): string {
  try {
    return e instanceof Error && typeof e.stack === 'string' ? e.stack : String(e);
  } catch {
    return 'no stack';
  }
}

function firstLine(e: unknown): string {
  let text: string;
  try {
    text = e instanceof Error ? `${e.name === 'Error' ? '' : `${e.name}: `}${e.message}` : String(e);
  } catch {
    text = ''; // a thrown value without a text (an object with no prototype)
  }
  return (text.split('\n')[0] ?? '').trim().slice(0, 300) || 'unknown error';
}

function parse(args: string[]) {
  return parseCommandArgs(args, {
    json: { type: 'boolean' },
    ...optionsOf('string', 'rule', 'nat-rule', 'vm', 'client', 'port', 'svg', 'lang', 'what-if', 'active', 'destination', 'source', 'lb'),
    ...optionsOf('string', 'regional', 'appliance'),
  });
}

const invokedDirectly = process.argv[1] && /[\\/]cli[\\/]main\.ts$/.test(process.argv[1]);
if (invokedDirectly) {
  endQuietlyOnClosedPipe(process.stdout);
  endQuietlyOnClosedPipe(process.stderr);
}
if (invokedDirectly) void Promise.resolve(main(process.argv.slice(2))).then((code) => (process.exitCode = code));
