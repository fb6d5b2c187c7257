// Finds and reads `check`'s configuration: floatplan.config.json or package.json's "floatplan", from the working
// directory upward, or the file --config names (docs/check.md, "Configuration").
import { basename, dirname, join, resolve } from 'node:path';
import { NO_CONFIG, parseConfig, type CheckConfig } from '../core/check/config';
import { render, text } from '../core/i18n/text';
import type { Locale } from '../core/i18n/locale';
import { UsageError, whyUnreadable, type Io } from './io';

/** The configuration in force and the directory its globs are relative to. */
export interface FoundConfig {
  config: CheckConfig;
  base: string;
  /** The file it came from, if any. */
  file?: string;
}

function tryRead(io: Io, path: string): string | undefined {
  try {
    return io.readFile(path, 1 << 20);
  } catch {
    return undefined;
  }
}

/** The configuration in a file's text (`package.json` is read for its "floatplan" section), or a UsageError naming every mistake. */
function fromText(source: string, file: string, locale: Locale): CheckConfig | undefined {
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch (e) {
    throw new UsageError(render(text('check.config.json', { file, detail: (e as Error).message }), locale));
  }
  const pkg = basename(file) === 'package.json';
  if (pkg && (typeof value !== 'object' || value === null || !Object.hasOwn(value, 'floatplan'))) return undefined;
  const section = pkg ? (value as { floatplan: unknown }).floatplan : value;
  const parsed = parseConfig(section, pkg ? `${file}#floatplan` : file);
  if (!parsed.ok) throw new UsageError(`invalid configuration:\n${parsed.errors.map((e) => `  ${render(e, locale)}`).join('\n')}`);
  return parsed.config;
}

/**
 * The configuration: `--config` (a UsageError when it cannot be read), none with `--no-config`, else the first
 * floatplan.config.json or package.json with a "floatplan" section from `cwd` upward.
 * @example findConfig(io, process.cwd(), undefined, false, 'en').config.rules
 */
export function findConfig(io: Io, cwd: string, named: string | undefined, none: boolean, locale: Locale): FoundConfig {
  if (none) return { config: NO_CONFIG, base: cwd };
  if (named !== undefined) {
    let source: string;
    try {
      source = io.readFile(named, 1 << 20);
    } catch (e) {
      throw new UsageError(`cannot read the configuration ${named}: ${whyUnreadable(e)}`);
    }
    const file = resolve(cwd, named);
    return { config: fromText(source, named, locale) ?? NO_CONFIG, base: dirname(file), file: named };
  }
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    for (const name of ['floatplan.config.json', 'package.json']) {
      const path = join(dir, name);
      const source = tryRead(io, path);
      if (source === undefined) continue;
      const config = fromText(source, path, locale);
      if (config) return { config, base: dir, file: path };
    }
    if (dirname(dir) === dir) return { config: NO_CONFIG, base: cwd };
  }
}
