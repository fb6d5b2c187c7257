import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Where `script --all` writes: a RAM disk when there is one, so the figure is Floatplan's work and not the disk of a
 * shared machine (FLOATPLAN_BENCH_DIR chooses another).
 */
export function benchDir(): string {
  const base = process.env.FLOATPLAN_BENCH_DIR ?? (existsSync('/dev/shm') ? '/dev/shm' : tmpdir());
  return mkdtempSync(join(base, 'floatplan-bench-'));
}
