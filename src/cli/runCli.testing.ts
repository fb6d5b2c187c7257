// Test-only: runs the CLI in-process with captured output and optional in-memory files.
import { readFileSync } from 'node:fs';
import type { Io } from './io';
import { main } from './main';

/** Runs `floatplan <argv>`; `files` are served instead of the disk for the paths they name. */
export function runCli(argv: string[], files: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (t) => out.push(t), err: (t) => err.push(t), readFile: (p) => files[p] ?? readFileSync(p, 'utf8') };
  const code = main(argv, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}
