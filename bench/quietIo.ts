import { readFileSync } from 'node:fs';
import type { Io } from '../src/cli/io';

/** The CLI's file access without its printing: a bench times the work, not a terminal. */
export const quietIo: Io = { out: () => {}, err: () => {}, readFile: (p) => readFileSync(p, 'utf8') };
