import { readdirSync, readFileSync, statSync } from 'node:fs';
import { formatLoadErrors, loadTopology } from '../core/topology/load';
import type { Topology } from '../core/topology/schema';

/** Where a command writes; tests pass their own. */
export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  readFile: (path: string) => string;
  /** The entries of a directory, or undefined when the path is not one (import reads a Terraform directory). */
  readDir?: (path: string) => string[] | undefined;
}

export const processIo: Io = {
  out: (t) => process.stdout.write(t.endsWith('\n') ? t : `${t}\n`),
  err: (t) => process.stderr.write(t.endsWith('\n') ? t : `${t}\n`),
  readFile: (p) => readFileSync(p, 'utf8'),
  readDir: (p) => {
    try {
      return statSync(p).isDirectory() ? readdirSync(p).sort() : undefined;
    } catch {
      return undefined; // reading it as a file then says why
    }
  },
};

/** Exit codes shared by every command. */
// internal: Floatplan itself failed (a bug), so a script can tell it from "the topology has errors".
export const EXIT = { ok: 0, findings: 1, usage: 2, internal: 3 } as const;

/** Thrown for a usage or input problem; main prints it and exits 2. */
export class UsageError extends Error {}

/** Reads and loads a topology file, or throws a UsageError that names the file and every problem. */
export function readTopology(io: Io, path: string | undefined): Topology {
  if (!path) throw new UsageError('missing <file>: give the path of a topology JSON file, e.g. public/examples/type2-floating-ip.json');
  let text: string;
  try {
    text = io.readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : code === 'EACCES' ? 'permission denied' : (e as Error).message;
    throw new UsageError(`cannot read ${path}: ${why}`);
  }
  const result = loadTopology(text);
  if (!result.ok) {
    throw new UsageError(`${path} is not a valid Floatplan topology:\n${formatLoadErrors(result.errors).replace(/^/gm, '  ')}`);
  }
  return result.topology;
}
