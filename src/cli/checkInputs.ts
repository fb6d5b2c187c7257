// What `floatplan check` reads: the files and directories given, walked (docs/check.md, "Inputs").
import { dirname, relative, resolve } from 'node:path';
import type { CheckInput } from '../core/check/checkSource';
import type { TerraformFile } from '../core/check/terraformLocate';
import { isIgnored } from '../core/check/glob';
import { isTerraformFile } from '../core/import/terraform/files';
import { MAX_IMPORT_FILE_BYTES } from '../core/topology/limits';
import { UsageError, whyUnreadable, type Io } from './io';

/** Directories never walked: dependencies, version control, Terraform's own cache (and every other dot-directory). */
const SKIPPED = new Set(['node_modules', '.git', '.terraform']);

// A JSON file found by walking is checked only when it can hold a load balancer (a template, `az` output, a topology).
const LOAD_BALANCER_JSON = /microsoft\.network\/loadbalancers|"loadBalancer"\s*:/i;

/** Where paths are shown from and ignore globs are matched from. */
export interface Paths {
  cwd: string;
  /** The configuration file's directory (globs are relative to it), or the working directory. */
  base: string;
  ignore: readonly string[];
}

/** A path as the report shows it: relative to the working directory, with `/`. */
export const shown = (paths: Paths, p: string) => relative(paths.cwd, resolve(paths.cwd, p)).split('\\').join('/') || '.';

const ignored = (paths: Paths, p: string) =>
  paths.ignore.length > 0 && isIgnored(relative(paths.base, resolve(paths.cwd, p)).split('\\').join('/'), paths.ignore);

/** A file's text, or undefined with `failed` told why (too large, unreadable). */
function readText(io: Io, path: string, failed: (why: string) => void): string | undefined {
  try {
    return io.readFile(path, MAX_IMPORT_FILE_BYTES);
  } catch (e) {
    failed(whyUnreadable(e));
    return undefined;
  }
}

// The variables files Terraform loads by itself, in its order (terraform.tfvars first, then *.auto.tfvars by name).
const TFVARS = /^(terraform\.tfvars(\.json)?|.+\.auto\.tfvars(\.json)?)$/;

/** Terraform's own variables files in a configuration's directory, in the order Terraform reads them. */
function tfvarsOf(io: Io, paths: Paths, dir: string): TerraformFile[] {
  const names = (io.readDir?.(dir) ?? []).filter((n) => TFVARS.test(n));
  const rank = (n: string) => (n.startsWith('terraform.tfvars') ? 0 : 1);
  names.sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  return names.flatMap((n) => {
    const path = `${dir.replace(/\/+$/, '')}/${n}`;
    const text = readText(io, path, () => {});
    return text === undefined ? [] : [{ name: shown(paths, path), text }];
  });
}

/** The `<name>.parameters.json` beside an ARM template `<name>.json`, as Azure's quickstart templates pair them. */
function armParametersOf(io: Io, paths: Paths, path: string): TerraformFile[] {
  if (!/\.json$/i.test(path) || /\.parameters\.json$/i.test(path)) return [];
  const sibling = path.replace(/\.json$/i, '.parameters.json');
  const text = readText(io, sibling, () => {});
  return text === undefined ? [] : [{ name: shown(paths, sibling), text }];
}

/** The inputs of a run and the files that could not be read (their names and why). */
export interface Collected {
  inputs: CheckInput[];
  unreadable: { name: string; why: string }[];
}

/**
 * Every input of the paths given: a file as itself (explicit `.tf` files of one directory together), a directory
 * walked. A path that does not exist is a usage error (exit 2).
 * @example collectInputs(io, ['infra/'], paths).inputs.map((i) => i.name) // ['infra/network', 'infra/lb.bicep']
 */
export function collectInputs(io: Io, given: readonly string[], paths: Paths): Collected {
  const out: Collected = { inputs: [], unreadable: [] };
  const tfByDir = new Map<string, CheckInput>();
  const add = (path: string, explicit: boolean) => {
    const name = shown(paths, path);
    const text = readText(io, path, (why) => out.unreadable.push({ name, why }));
    if (text === undefined) return;
    const tfJson = /\.tf\.json$/i.test(path);
    if (!explicit && /\.json$/i.test(path) && !tfJson && !LOAD_BALANCER_JSON.test(text)) return;
    const values = tfJson ? tfvarsOf(io, paths, dirname(path)) : armParametersOf(io, paths, path);
    out.inputs.push({ name, files: [{ name, text }], terraform: tfJson, explicit, ...(values.length > 0 ? { values } : {}) });
  };
  const addTf = (dir: string, files: readonly string[], explicit: boolean) => {
    const key = shown(paths, dir);
    let input = tfByDir.get(key);
    if (!input) {
      const values = tfvarsOf(io, paths, dir);
      input = { name: key, files: [], terraform: true, explicit, ...(values.length > 0 ? { values } : {}) };
      tfByDir.set(key, input);
      out.inputs.push(input);
    }
    for (const f of files) {
      const name = shown(paths, f);
      const text = readText(io, f, (why) => out.unreadable.push({ name, why }));
      if (text !== undefined && !input.files.some((x) => x.name === name)) input.files.push({ name, text });
    }
  };
  const walk = (dir: string, entries: readonly string[]) => {
    const at = (e: string) => `${dir.replace(/\/+$/, '')}/${e}`;
    const visible = entries.filter((e) => !e.startsWith('.') && !SKIPPED.has(e) && !ignored(paths, at(e)));
    const subdirs: [string, string[]][] = [];
    const tf: string[] = [];
    for (const e of visible) {
      const sub = io.readDir?.(at(e));
      if (sub !== undefined) subdirs.push([at(e), sub]);
      else if (isTerraformFile(e)) tf.push(at(e));
      else if (/\.(bicep|json)$/i.test(e)) add(at(e), false);
    }
    if (tf.length > 0) addTf(dir, tf, false);
    for (const [d, sub] of subdirs) walk(d, sub);
  };
  for (const p of given) {
    if (ignored(paths, p)) continue;
    const entries = io.readDir?.(p);
    if (entries !== undefined) walk(p, entries);
    else if (isTerraformFile(p)) {
      if (readText(io, p, () => {}) === undefined)
        throw new UsageError(`cannot read ${p}: no such file or directory, or it cannot be read`);
      addTf(dirname(p), [p], true);
    } else {
      const before = out.unreadable.length;
      add(p, true);
      if (out.unreadable.length > before && out.unreadable.at(-1)!.why === 'no such file')
        throw new UsageError(`cannot read ${p}: no such file or directory`);
    }
  }
  // A directory's input is named after the directory; one explicit .tf file alone keeps its own name.
  for (const input of tfByDir.values()) if (input.files.length === 1 && input.explicit) input.name = input.files[0]!.name;
  return out;
}
