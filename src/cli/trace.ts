import { writeFileSync } from 'node:fs';
import { designDiagram } from '../core/diagram/designDiagram';
import { LOCALES, type Locale } from '../core/i18n/locale';
import { egressSummary, publicEgress } from '../core/trace/egress';
import { nsgSummary } from '../core/trace/nsgHop';
import { chainChoices, traceTopology, type DesignTrace, type DesignTraceOptions } from '../core/trace/designTrace';
import type { Trace } from '../core/trace/trace';
import { WHAT_IF_KEYS, type WhatIf, type WhatIfKey } from '../core/trace/whatIf';
import { lbViews } from '../core/topology/design';
import type { LbTopology, Topology } from '../core/topology/schema';
import { EXIT, InternalError, pickLb, readTopology, UsageError, type Io } from './io';
import { renderTable } from './table';

export interface TraceArgs {
  /** The load balancer whose rule it is; default the only one that has a rule of that name. */
  lb?: string;
  rule?: string;
  /** Trace this inbound NAT rule instead of a load-balancing rule. */
  natRule?: string;
  vm?: string;
  client?: string;
  port?: string;
  json: boolean;
  /** Also write the floating IP off/on diagram to this path. */
  svg?: string;
  /** Language of the notes and the diagram: en (default) or ja. */
  lang?: string;
  /** Comma-separated what-if switches in kebab case, e.g. "no-loopback,probe-port-closed". */
  whatIf?: string;
  /** A cluster pool's active node (VM name); default its first member. */
  active?: string;
  /** An appliance pool's server behind the appliance, ip:port; default an example address. */
  destination?: string;
  /** A Global rule's regional frontend, `lb/frontend` (or a regional load balancer's name); default the first that reaches the VM. */
  regional?: string;
  /** A chained frontend's Gateway appliance (VM name); default the Gateway pool's first member. */
  appliance?: string;
}

/** A switch's CLI name: noLoopback → no-loopback. */
const kebab = (key: WhatIfKey) => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/**
 * Reads `--what-if a,b`; an unknown name is a usage error listing the known ones.
 * @example readWhatIf('no-loopback') // { noLoopback: true }
 */
export function readWhatIf(text: string | undefined): WhatIf {
  const whatIf: WhatIf = {};
  for (const name of (text ?? '')
    .split(',')
    .map((n) => n.trim())
    .filter(Boolean)) {
    const key = WHAT_IF_KEYS.find((k) => kebab(k) === name);
    if (!key) throw new UsageError(`--what-if ${name}: unknown switch; use ${WHAT_IF_KEYS.map(kebab).join(', ')}`);
    whatIf[key] = true;
  }
  return whatIf;
}

function readLang(lang: string | undefined): Locale {
  if (lang === undefined) return 'en';
  if (!(LOCALES as readonly string[]).includes(lang)) throw new UsageError(`--lang ${lang}: use ${LOCALES.join(' or ')}`);
  return lang as Locale;
}

/**
 * The load balancer a trace follows: `--lb`, else the only one, else the only one with a rule (or NAT rule) of that
 * name; a name several have, or none has, is a usage error saying which load balancers there are.
 */
function traceLb(t: Topology, lb: string | undefined, rule: string, nat: boolean): LbTopology {
  if (lb !== undefined || t.loadBalancers.length === 1) return pickLb(t, lb, 'trace');
  const holding = lbViews(t).filter((v) => (nat ? (v.inboundNatRules ?? []) : v.rules).some((r) => r.name === rule));
  if (holding.length === 1) return holding[0]!;
  const which = (holding.length ? holding : lbViews(t)).map((v) => JSON.stringify(v.loadBalancer.name)).join(', ');
  const what = nat ? 'an inbound NAT rule' : 'a rule';
  throw new UsageError(
    holding.length
      ? `${which} each have ${what} named "${rule}": choose the load balancer with --lb <name>`
      : `no load balancer has ${what} named "${rule}"; this topology has ${which}`,
  );
}

/** `trace <file> --rule R | --nat-rule N --vm V [--lb L] [--client ip:port] [--port N] [--json] [--svg out.svg] [--lang ja] [--what-if a,b]`: the hops of one flow. */
export function traceCommand(io: Io, file: string | undefined, args: TraceArgs): number {
  const whole = readTopology(io, file);
  if (args.rule !== undefined && args.natRule !== undefined) throw new UsageError('trace takes --rule or --nat-rule, not both');
  const rule = args.rule ?? args.natRule;
  if (!rule || !args.vm) throw new UsageError('trace needs --rule <name> (or --nat-rule <name>) and --vm <name>');
  const topology = traceLb(whole, args.lb, rule, args.natRule !== undefined);
  // Only a topology of several load balancers says whose rule it is, so the JSON of a single one stays as it was.
  const whose = whole.loadBalancers.length > 1 ? { loadBalancer: topology.loadBalancer.name } : {};
  let port: number | undefined;
  if (args.port !== undefined) {
    port = Number(args.port);
    if (!/^\d+$/.test(args.port) || port < 1 || port > 65535) throw new UsageError(`--port ${args.port}: expected a port 1-65535`);
  }
  const locale = readLang(args.lang);
  const whatIf = readWhatIf(args.whatIf);
  const kind = args.natRule !== undefined ? ('natRule' as const) : ('rule' as const);
  const options = {
    rule,
    kind,
    vm: args.vm,
    client: args.client,
    port,
    locale,
    whatIf,
    active: args.active,
    destination: args.destination,
  };
  // The whole design: a Global rule or a frontend chained to a Gateway load balancer adds the other load balancer's hops.
  const design: DesignTraceOptions = {
    ...options,
    loadBalancer: topology.loadBalancer.name,
    ...chainPicks(whole, { ...options, loadBalancer: topology.loadBalancer.name }, args),
  };
  const result = traceTopology(whole, design);
  if (!result.ok) throw new UsageError(result.error);
  const t = result.trace;
  // The diagram draws the chain in front of the load balancer whose rule delivers to the VM.
  if (args.svg !== undefined) writeSvg(io, whole, design, args.svg, args.json);
  if (args.json) {
    // failure appears only with --what-if; notReached also where a mode blocks the flow (blockedBy says which).
    const hops = t.hops.map(({ stage, src, dst, changed, swapped, note, failure, notReached, blockedBy }) => ({
      stage,
      src,
      dst,
      changed,
      ...(swapped ? { swapped } : {}),
      note,
      ...(failure ? { failure } : {}),
      ...(notReached ? { notReached } : {}),
      ...(blockedBy ? { blockedBy } : {}),
    }));
    const whatIfs = args.whatIf !== undefined ? { effects: t.effects, failure: t.failure ?? null } : {};
    // The Floating IP page's case (every member) keeps the JSON it always had; the other modes say who holds the IP.
    const mode =
      t.holder === 'every-member'
        ? {}
        : {
            holder: t.holder,
            listenOn: t.listenOn,
            ...(t.cluster ? { cluster: t.cluster } : {}),
            ...(t.appliance ? { appliance: t.appliance } : {}),
          };
    const warnings = t.warnings.length ? { warnings: t.warnings } : {};
    io.out(
      JSON.stringify(
        {
          ...whose,
          rule: t.rule,
          kind: t.kind,
          vm: t.vm,
          floatingIp: t.floatingIp,
          ...mode,
          ...chainJson(t),
          hops,
          probe: t.probe ?? null,
          outbound: t.outbound ?? null,
          egress: t.egress ? publicEgress(t.egress) : null,
          nsg: t.nsg ?? null,
          notes: t.notes,
          ...warnings,
          ...whatIfs,
        },
        null,
        2,
      ),
    );
    return EXIT.ok;
  }
  io.out(
    `${t.kind === 'natRule' ? 'Inbound NAT rule' : 'Rule'} ${t.rule} → ${t.vm}, floating IP ${t.floatingIp ? 'on' : 'off'}${modeLine(t)}${chainLine(t)}\n`,
  );
  const fate = (h: (typeof t.hops)[number]) =>
    h.failure ? `FAILS: ${h.failure.outcome}` : h.notReached ? (h.blockedBy ? `not reached (${h.blockedBy})` : 'not reached') : '';
  const withFate = t.effects.length > 0 || t.hops.some((h) => h.blockedBy || h.failure);
  const chained = t.chain.length > 0;
  // A chain's hops stand in their place, each with its load balancer; a trace of one load balancer prints as it always did.
  const rows = t.hops.map((h) => [
    ...(chained ? [t.loadBalancer] : []),
    h.stage,
    h.src,
    h.dst,
    changedCell(h),
    ...(withFate ? [fate(h) || 'ok'] : []),
  ]);
  const chainRows = t.chain.map((h) => [h.loadBalancer, h.stage, h.src, h.dst, tunnelCell(h), ...(withFate ? ['ok'] : [])]);
  rows.splice(t.chainAt, 0, ...chainRows);
  io.out(
    renderTable(
      [
        ...(chained ? ['Load balancer'] : []),
        'Stage',
        'Source',
        'Destination',
        'Changed',
        ...(withFate ? [t.effects.length > 0 ? 'What-if' : 'Reached'] : []),
      ],
      rows,
    ),
  );
  io.out('');
  for (const h of t.chain) io.out(`${h.loadBalancer} ${h.stage}: ${h.note}`);
  for (const e of t.effects) io.out(`What-if ${kebab(e.whatIf)}: ${e.outcome}. ${e.reason}${e.fix ? ` ${e.fix}` : ''}`);
  // A failure no switch made: the user's own NSG blocks the flow or its probe (core/trace/nsgHop.ts).
  for (const h of t.hops)
    if (h.failure && !h.failure.whatIf) io.out(`${h.stage} fails: ${h.failure.outcome}. ${h.failure.reason} ${h.failure.fix}`);
  if (t.probe) io.out(`Health probe ${t.probe.probe} (${t.probe.protocol}): ${t.probe.src} → ${t.probe.dst}. ${t.probe.note}`);
  // With floating IP, a flow opened from the frontend IP fails; whether the NIC's primary IP reaches the internet at
  // all is the VM's outbound path (core/outbound), never assumed (issue 15).
  if (t.outbound) io.out(`Outbound from the frontend IP ${t.outbound.failingSrc}: fails. ${t.outbound.note}`);
  if (t.egress) io.out(`Outbound path: ${egressSummary(t.egress)}. ${t.egress.note}`);
  // What the VM's NSG must allow (core/nsg's plan): with floating IP the frontend IP, not the NIC IP (issue 15).
  if (t.nsg) io.out(`NSG: ${nsgSummary(t.nsg.flow)}. ${t.nsg.flow.note}`);
  if (t.nsg?.probe) io.out(`NSG for probe ${t.probe?.probe ?? ''}: ${nsgSummary(t.nsg.probe)}. ${t.nsg.probe.note}`);
  for (const n of t.notes) io.out(`Note: ${n}`);
  for (const w of t.warnings) io.out(`Warning ${w.code}: ${w.message} (${w.source})`);
  return EXIT.ok;
}

/**
 * `--regional lb/frontend` (or a regional load balancer's name) and `--appliance vm`: the core says which values are valid;
 * either one on a flow without that kind of chain is a usage error saying what the flow is.
 */
function chainPicks(t: Topology, options: DesignTraceOptions, args: TraceArgs) {
  const choices = chainChoices(t, options);
  const global = t.loadBalancers.find((l) => l.name === options.loadBalancer)?.tier === 'Global' && options.kind !== 'natRule';
  if (args.regional !== undefined && !global)
    throw new UsageError(
      `--regional ${args.regional}: only a Global load balancer's rule goes through a regional frontend (name it with --lb)`,
    );
  if (args.appliance !== undefined && !choices.appliances.length)
    throw new UsageError(`--appliance ${args.appliance}: the frontend of ${options.rule} is not chained to a Gateway load balancer`);
  const slash = args.regional?.indexOf('/') ?? -1;
  const regional =
    args.regional === undefined || slash < 0
      ? args.regional
      : { loadBalancer: args.regional.slice(0, slash), frontend: args.regional.slice(slash + 1) };
  return { ...(regional !== undefined && { regional }), ...(args.appliance !== undefined && { appliance: args.appliance }) };
}

/** The heading's chain part: the Global rule in front, or the Gateway load balancer and appliance the flow passes. */
function chainLine(t: DesignTrace): string {
  if (t.global)
    return `; from Global load balancer ${t.global.loadBalancer} rule ${t.global.rule} through ${t.loadBalancer}/${t.global.regionalFrontend}`;
  if (t.gateway) return `; through Gateway load balancer ${t.gateway.loadBalancer}, appliance ${t.gateway.appliance}`;
  return '';
}

/** The JSON of the hops other load balancers add; nothing for a trace of one load balancer, so its JSON stays as it was. */
function chainJson(t: DesignTrace) {
  if (!t.chain.length) return {};
  return {
    deliveredBy: t.loadBalancer,
    chain: t.chain.map(({ stage, loadBalancer, src, dst, note, tunnel }) => ({
      stage,
      loadBalancer,
      src,
      dst,
      note,
      ...(tunnel ? { tunnel } : {}),
    })),
    chainAt: t.chainAt,
    ...(t.global ? { global: t.global } : {}),
    ...(t.gateway ? { gateway: t.gateway } : {}),
  };
}

/** The Changed cell of a chain hop: the packet is unchanged inside, carried in a VXLAN tunnel to the appliance and back. */
function tunnelCell(h: DesignTrace['chain'][number]): string {
  return h.tunnel ? `VXLAN ${h.tunnel.type} tunnel, outer destination ${h.tunnel.outerDstIp}` : '-';
}

/** The heading's mode part: who holds the frontend IP, the active node, the appliance's destination. */
function modeLine(t: Trace): string {
  if (t.cluster) return `; ${t.holder}, active node ${t.cluster.active} (${t.vm} is ${t.cluster.role})`;
  if (t.appliance) return `; appliance, original destination ${t.appliance.destination}${t.appliance.example ? ' (example)' : ''}`;
  return '';
}

/** Writes the diagram; an InternalError (exit 3 through main) when drawing it failed, which is Floatplan's fault, not the input's. */
function writeSvg(io: Io, topology: Topology, options: DesignTraceOptions, path: string, json: boolean): void {
  if (!path) throw new UsageError('--svg needs a file name, e.g. --svg out.svg');
  let diagram: ReturnType<typeof designDiagram>;
  try {
    diagram = designDiagram(topology, options);
  } catch (e) {
    // A stack means nothing to the user (main prints it with --debug); the message and what to do does. Nothing is written.
    const why = (e instanceof Error ? e.message : String(e)).split('\n')[0];
    throw new InternalError(
      'trace --svg',
      `could not draw the diagram of ${options.rule} → ${options.vm} (${why}); ${path} was not written`,
      e,
    );
  }
  if (!diagram.ok) throw new UsageError(diagram.error);
  try {
    writeFileSync(path, diagram.svg);
  } catch (e) {
    throw new UsageError(`cannot write ${path}: ${(e as Error).message}`);
  }
  // With --json, stdout stays pure JSON for pipes; the confirmation goes to stderr.
  (json ? io.err : io.out)(`wrote ${path}`);
}

/** The Changed column: the fields rewritten at the hop, and for a reply that it swapped source and destination. */
function changedCell(h: { changed: readonly string[]; swapped?: true }): string {
  const words = [...(h.swapped ? ['swapped (reply)'] : []), ...h.changed];
  return words.join(', ') || '-';
}
