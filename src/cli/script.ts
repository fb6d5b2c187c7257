import { closeSync, mkdirSync, openSync, writeFileSync, writevSync } from 'node:fs';
import { join } from 'node:path';
import type { ScriptDiagnostic } from '../core/scripts/diagnostics';
import { uniqueFileName } from '../core/files/fileName';
import { scriptFileChunks, scriptFileData } from '../core/scripts/fileBytes';
import { eachDesignScript, generateDesignScript } from '../core/scripts/designScripts';
import { migrateV1 } from '../core/topology/design';
import type { Topology } from '../core/topology/schema';
import { parseOpenPorts } from '../core/scripts/openPorts';
import { defaultFlavor, FLAVORS, isFlavor, type ScriptOptions, type ScriptResult } from '../core/scripts/types';
import { EXIT, optionsOf, parseCommandArgs, pickLb, readTopology, UsageError, type Io } from './io';
import { messageOf } from '../core/diagnostics/diagnostic';

const OPTIONS = {
  ...optionsOf('string', 'vm', 'out', 'flavor', 'prefix', 'prefix6', 'label', 'loopback', 'cluster-network', 'open-ports', 'lb'),
  ...optionsOf('boolean', 'all', 'rollback', 'doc-exact', 'no-persist', 'install-adapter'),
  'ip-resource': { type: 'string', multiple: true },
  'cluster-group': { type: 'string', multiple: true },
} as const;

/**
 * `script <file> --vm <name> [...]` prints one VM's guest OS script; `script <file> --all --out <dir>`
 * writes every VM's script and rollback (file names from safeFileStem, bytes from scriptFileData, as scriptFileBytes). Exit 2 for
 * usage mistakes (unknown VM or flavour) and, through main, for an --out that cannot be written; 1 when a script
 * cannot be written safely (its diagnostics say why).
 */
export function scriptCommand(io: Io, args: string[]): number {
  const { values, positionals } = parse(args);
  if (positionals.length > 1) throw new UsageError(`unexpected argument "${positionals[1]}"`);
  const design = readTopology(io, positionals[0]);
  // --lb keeps to one load balancer; without it a VM behind several gets one script for all of them.
  const topology: Topology = values.lb === undefined ? design : migrateV1(pickLb(design, values.lb, 'script'));
  const options = toOptions(values);
  if (values.all) {
    if (values.vm) throw new UsageError('give either --vm <name> or --all, not both');
    if (!values.out) throw new UsageError('--all needs --out <dir>: the directory to write the scripts to');
    if (values.rollback) throw new UsageError('--all already writes each rollback script beside its script; drop --rollback');
    return writeAll(io, eachDesignScript(topology, options), values.out);
  }
  if (values.out) throw new UsageError('--out goes with --all; with --vm the script is printed');
  if (!values.vm)
    throw new UsageError(`missing --vm <name> (or --all --out <dir>); VMs: ${topology.vms.map((v) => v.name).join(', ') || 'none'}`);
  const vm = topology.vms.find((v) => v.name === values.vm);
  if (!vm)
    throw new UsageError(`unknown VM "${values.vm}"; VMs in ${positionals[0]}: ${topology.vms.map((v) => v.name).join(', ') || 'none'}`);
  const result = generateDesignScript(topology, vm.name, {
    ...options,
    flavor: options.flavor ?? defaultFlavor(vm.os),
    rollback: values.rollback === true,
  });
  report(io, result.diagnostics);
  if (!result.text) return EXIT.findings;
  io.out(result.text);
  return EXIT.ok;
}

function toOptions(v: ReturnType<typeof parse>['values']): Omit<ScriptOptions, 'flavor'> & { flavor?: ScriptOptions['flavor'] } {
  if (v.flavor !== undefined && !isFlavor(v.flavor))
    throw new UsageError(`unknown flavour "${v.flavor}"; flavours are ${FLAVORS.join(', ')}`);
  return {
    flavor: v.flavor,
    docExact: v['doc-exact'] === true,
    persist: v['no-persist'] !== true,
    prefix4: number('--prefix', v.prefix),
    prefix6: number('--prefix6', v.prefix6),
    label: v.label,
    windowsLoopback: v.loopback,
    installAdapter: v['install-adapter'] === true,
    clusterNetwork: v['cluster-network'],
    ipResources: pairs('--ip-resource', v['ip-resource']),
    clusterGroups: pairs('--cluster-group', v['cluster-group']),
    openPorts: openPorts(v['open-ports']),
  };
}

/** `--open-ports tcp/443,udp/53`: the only ports an HA-ports rule opens in the host firewall. */
function openPorts(raw: string | undefined): ScriptOptions['openPorts'] {
  if (raw === undefined) return undefined;
  const ports = parseOpenPorts(raw);
  if (!ports) throw new UsageError(`--open-ports expects protocol/port items such as tcp/443,udp/53 (port 1-65535), got "${raw}"`);
  return ports;
}

/** `FRONTEND=NAME` options, repeatable, as a map; the generator checks that each frontend is a cluster frontend of the VM. */
function pairs(flag: string, raw: string[] | undefined): Record<string, string> | undefined {
  if (!raw?.length) return undefined;
  const out: Record<string, string> = {};
  for (const item of raw) {
    const at = item.indexOf('=');
    if (at <= 0)
      throw new UsageError(`${flag} expects FRONTEND=NAME (a frontend of the topology and the cluster's name for it), got "${item}"`);
    const frontend = item.slice(0, at);
    if (frontend in out) throw new UsageError(`${flag} names frontend "${frontend}" twice`);
    out[frontend] = item.slice(at + 1);
  }
  return out;
}

function number(flag: string, raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  if (!/^\d{1,3}$/.test(raw)) throw new UsageError(`${flag} expects a prefix length such as 32, got "${raw}"`);
  return Number(raw);
}

// Each file is written as soon as it is made, so the scripts are never all in memory at once.
function writeAll(io: Io, results: Iterable<ScriptResult>, dir: string): number {
  let failed = false;
  const used = new Set<string>();
  // A file system error (a file in the way, no permission) reaches main, which says it in one line, exit 2.
  mkdirSync(dir, { recursive: true });
  for (const r of results) {
    report(io, r.diagnostics, r.fileName);
    if (!r.text) {
      failed = true;
      continue;
    }
    // Two VM names can map to one file name ("a b" and "a_b", "web" and "WEB" on Windows); never overwrite.
    const name = uniqueFileName(r.fileName, used);
    used.add(name.toLowerCase());
    const path = join(dir, name);
    const mode = name.endsWith('.sh') ? 0o755 : 0o644;
    if (r.parts) writeChunks(path, scriptFileChunks(name, r.parts), mode);
    else writeFileSync(path, scriptFileData(name, r.text), { mode });
    io.out(`wrote ${path}`);
  }
  return failed ? EXIT.findings : EXIT.ok;
}

// A script whose tail it shares with the other VMs of its pool: the tail's bytes are encoded once (fileBytes.ts) and
// written after the head's with one writev, so no file's whole text is joined and encoded again.
function writeChunks(path: string, chunks: readonly Uint8Array[], mode: number): void {
  const fd = openSync(path, 'w', mode);
  try {
    let left = chunks.reduce((n, c) => n + c.byteLength, 0);
    let pending = chunks;
    while (left > 0) {
      const wrote = writevSync(fd, pending);
      left -= wrote;
      pending = rest(pending, wrote);
    }
  } finally {
    closeSync(fd);
  }
}

// What is left of `chunks` after its first `n` bytes were written (a write may stop short).
function rest(chunks: readonly Uint8Array[], n: number): Uint8Array[] {
  const out: Uint8Array[] = [];
  for (const c of chunks) {
    if (n >= c.byteLength) n -= c.byteLength;
    else {
      out.push(n > 0 ? c.subarray(n) : c);
      n = 0;
    }
  }
  return out;
}

function report(io: Io, list: readonly ScriptDiagnostic[], file?: string) {
  for (const d of list) io.err(`floatplan: ${file ? `${file}: ` : ''}${d.severity} ${d.code}: ${messageOf(d)}`);
}

function parse(args: string[]) {
  return parseCommandArgs(args, OPTIONS);
}
