import { writeFileSync } from 'node:fs';
import { traceDiagram } from '../core/diagram/diagram';
import { traceFlow } from '../core/trace/trace';
import { EXIT, readTopology, UsageError, type Io } from './io';
import { renderTable } from './table';

export interface TraceArgs {
  rule?: string;
  vm?: string;
  client?: string;
  port?: string;
  json: boolean;
  /** Also write the floating IP off/on diagram to this path. */
  svg?: string;
}

/** `trace <file> --rule R --vm V [--client ip:port] [--port N] [--json] [--svg out.svg]`: the hops of one flow. */
export function traceCommand(io: Io, file: string | undefined, args: TraceArgs): number {
  const topology = readTopology(io, file);
  if (!args.rule || !args.vm) throw new UsageError('trace needs --rule <name> and --vm <name>');
  let port: number | undefined;
  if (args.port !== undefined) {
    port = Number(args.port);
    if (!/^\d+$/.test(args.port) || port < 1 || port > 65535) throw new UsageError(`--port ${args.port}: expected a port 1-65535`);
  }
  const result = traceFlow(topology, { rule: args.rule, vm: args.vm, client: args.client, port });
  if (!result.ok) throw new UsageError(result.error);
  const t = result.trace;
  if (args.svg !== undefined) writeSvg(io, topology, { rule: args.rule, vm: args.vm, client: args.client, port }, args.svg, args.json);
  if (args.json) {
    const hops = t.hops.map(({ stage, src, dst, changed, note }) => ({ stage, src, dst, changed, note }));
    io.out(JSON.stringify({ rule: t.rule, vm: t.vm, floatingIp: t.floatingIp, hops, probe: t.probe ?? null, outbound: t.outbound ?? null, notes: t.notes }, null, 2));
    return EXIT.ok;
  }
  io.out(`Rule ${t.rule} → ${t.vm}, floating IP ${t.floatingIp ? 'on' : 'off'}\n`);
  io.out(renderTable(['Stage', 'Source', 'Destination', 'Changed'], t.hops.map((h) => [h.stage, h.src, h.dst, h.changed.join(', ') || '-'])));
  io.out('');
  if (t.probe) io.out(`Health probe ${t.probe.probe} (${t.probe.protocol}): ${t.probe.src} → ${t.probe.dst}. ${t.probe.note}`);
  if (t.outbound) io.out(`Outbound: from ${t.outbound.allowedSrc} works; from ${t.outbound.failingSrc} fails. ${t.outbound.note}`);
  for (const n of t.notes) io.out(`Note: ${n}`);
  return EXIT.ok;
}

function writeSvg(io: Io, topology: Parameters<typeof traceDiagram>[0], options: Parameters<typeof traceDiagram>[1], path: string, json: boolean) {
  if (!path) throw new UsageError('--svg needs a file name, e.g. --svg out.svg');
  const diagram = traceDiagram(topology, options);
  if (!diagram.ok) throw new UsageError(diagram.error);
  try {
    writeFileSync(path, diagram.svg);
  } catch (e) {
    throw new UsageError(`cannot write ${path}: ${(e as Error).message}`);
  }
  // With --json, stdout stays pure JSON for pipes; the confirmation goes to stderr.
  (json ? io.err : io.out)(`wrote ${path}`);
}
