// Test-only: runs `floatplan check` in-process on the real disk, with in-memory files and a working directory of choice.
import { processIo, type Io } from './io';
import { main } from './main';

/** Runs `floatplan <argv>` on the real disk, `files` served instead for the paths they name (directories too). */
export async function runCheck(argv: string[], files: Record<string, string> = {}, cwd?: string) {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    readFile: (p, max) => files[p] ?? processIo.readFile(p, max),
    readDir: (p) => {
      const names = Object.keys(files)
        .filter((f) => f.startsWith(`${p}/`))
        .map((f) => f.slice(p.length + 1).split('/')[0]!);
      return names.length > 0 ? [...new Set(names)].sort() : processIo.readDir!(p);
    },
    ...(cwd !== undefined ? { cwd: () => cwd } : {}),
  };
  const code = await main(argv, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}
