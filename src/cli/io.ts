import { closeSync, openSync, readdirSync, readFileSync, readSync, statSync } from 'node:fs';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { topologyFromReport } from '../core/document/report/embedded';
import { MAX_TOPOLOGY_FILE_BYTES } from '../core/topology/limits';
import { formatLoadErrors, loadTopology } from '../core/topology/load';
import { lbIndex, lbView } from '../core/topology/design';
import type { LbTopology, Topology } from '../core/topology/schema';

/** Where a command writes; tests pass their own. */
export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  /** The file's text; with `maxBytes`, throws (a message, no `code`) once the file is larger, without reading the rest. */
  readFile: (path: string, maxBytes?: number) => string;
  /** The entries of a directory, or undefined when the path is not one (import reads a Terraform directory). */
  readDir?: (path: string) => string[] | undefined;
  /** The working directory `check` shows paths from and finds its configuration from (default: the process's). */
  cwd?: () => string;
}

// Control characters but tab, line feed and carriage return (Windows scripts print CRLF): ESC, BEL, NUL, C1 CSI.
// eslint-disable-next-line no-control-regex -- escaping control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

/**
 * `text` with every control character a terminal would act on written as `\uXXXX`. Names in a topology may hold
 * any character (the loader accepts them; scripts refuse them): printed as they are, an ESC sequence in a rule
 * name or a JSON key would recolour, retitle or rewrite the user's terminal (issue 12).
 * @example printable('a\u001b[2Jb') // 'a\\u001b[2Jb'
 */
export function printable(text: string): string {
  return text.replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export const processIo: Io = {
  out: (t) => process.stdout.write(printable(t.endsWith('\n') ? t : `${t}\n`)),
  err: (t) => process.stderr.write(printable(t.endsWith('\n') ? t : `${t}\n`)),
  readFile: (p, maxBytes) => (maxBytes === undefined ? readFileSync(p, 'utf8') : readBounded(p, maxBytes)),
  readDir: (p) => {
    try {
      return statSync(p).isDirectory() ? readdirSync(p).sort() : undefined;
    } catch {
      return undefined; // reading it as a file then says why
    }
  },
};

/**
 * Reads at most `maxBytes` of a file, in chunks: a file over the cap (or a device such as /dev/zero, whose size
 * says nothing) is refused after reading `maxBytes` + 1 bytes, not after 9 s and 900 MB (issue 12).
 * @example readBounded('plan.json', MAX_TOPOLOGY_FILE_BYTES)
 */
export function readBounded(path: string, maxBytes: number): string {
  const fd = openSync(path, 'r');
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.alloc(Math.min(1 << 20, maxBytes + 1 - total));
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(chunk.subarray(0, n));
      total += n;
      if (total > maxBytes) throw new Error(`the file is larger than ${maxBytes.toLocaleString('en')} bytes, the most Floatplan reads`);
    }
    return Buffer.concat(chunks, total).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

/** Exit codes shared by every command. */
// internal: Floatplan itself failed (a bug), so a script can tell it from "the topology has errors".
export const EXIT = { ok: 0, findings: 1, usage: 2, internal: 3 } as const;

/** Thrown for a usage or input problem; main prints it and exits 2. */
export class UsageError extends Error {}

/**
 * Thrown where a command knows it failed by a fault of Floatplan and can say what was lost (`trace --svg`: the file
 * was not written); main prints `internal error in <command>: <message>` and exits 3, the cause's stack with --debug.
 */
export class InternalError extends Error {
  constructor(
    readonly command: string,
    message: string,
    readonly fault: unknown,
  ) {
    super(message);
  }
}

/** Parses a command's arguments (positionals allowed); an unknown or malformed option is a UsageError. */
export function parseCommandArgs<const O extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: O) {
  try {
    return parseArgs({ args, allowPositionals: true, options });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

/** Options that share one type, for parseCommandArgs: `optionsOf('string', 'vm', 'out')` is `{ vm: { type: 'string' }, out: { type: 'string' } }`. */
export function optionsOf<const T extends 'string' | 'boolean', const K extends string>(type: T, ...names: K[]) {
  return Object.fromEntries(names.map((name) => [name, { type }])) as Record<K, { type: T }>;
}

/** Why `io.readFile` failed, in the words `cannot read <path>: …` ends with. */
export function whyUnreadable(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  return code === 'ENOENT'
    ? 'no such file'
    : code === 'EISDIR'
      ? 'it is a directory'
      : code === 'EACCES'
        ? 'permission denied'
        : (e as Error).message;
}

/** Reads and loads a topology file (version 1 or 2, always given as version 2), or throws a UsageError that names the file and every problem. */
export function readTopology(io: Io, path: string | undefined): Topology {
  if (!path) throw new UsageError('missing <file>: give the path of a topology JSON file, e.g. public/examples/type2-floating-ip.json');
  let text: string;
  try {
    text = io.readFile(path, MAX_TOPOLOGY_FILE_BYTES);
  } catch (e) {
    throw new UsageError(`cannot read ${path}: ${whyUnreadable(e)}`);
  }
  // A design report (`floatplan report`) opens as the topology embedded in it.
  const result = loadTopology(topologyFromReport(text) ?? text);
  if (!result.ok) {
    throw new UsageError(`${path} is not a valid Floatplan topology:\n${formatLoadErrors(result.errors).replace(/^/gm, '  ')}`);
  }
  return result.topology;
}

/** The names of a topology's load balancers, quoted and joined for a message: `"public", "ilb"`. */
export function lbNames(t: Topology): string {
  return t.loadBalancers.map((lb) => JSON.stringify(lb.name)).join(', ');
}

/**
 * The one load balancer a command works on: the one `--lb` names, else the only one. With several and no `--lb`,
 * a UsageError names them all, as does an unknown name.
 * @example pickLb(t, 'ilb', 'nsg').loadBalancer.name // 'ilb'
 */
export function pickLb(t: Topology, name: string | undefined, command: string): LbTopology {
  if (name === undefined) {
    if (t.loadBalancers.length === 1) return lbView(t, 0);
    throw new UsageError(
      `${command} works on one load balancer and this topology has ${t.loadBalancers.length} (${lbNames(t)}): choose one with --lb <name>`,
    );
  }
  const i = lbIndex(t, name);
  if (i < 0) throw new UsageError(`--lb ${name}: no such load balancer; this topology has ${lbNames(t)}`);
  return lbView(t, i);
}
