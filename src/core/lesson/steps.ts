import type { ElementRef } from '../diagnostics/diagnostic';
import { setFrontendIpHolder } from '../edit/holder';
import { nodeId } from '../edit/ids';
import { fill, type Locale } from '../i18n/locale';
import { computeMapping, type MappingRow } from '../mapping/mapping';
import { formatEndpoint } from '../net/address';
import type { LbTopology, Vm } from '../topology/schema';
import { traceFlow } from '../trace/trace';
import type { WhatIfKey } from '../trace/whatIf';
import { analyze } from '../validation/analyze';
import { lessonMessages, type LessonMessageKey } from './messages';
import { lessonRules, lessonTopologies, type LessonTopologies } from './topologies';

/** The diagnostic the first step is about: Azure's own error code for two non-floating rules on one backend port. */
export const LESSON_CONFLICT_CODE = 'RulesUseSameBackendPortProtocolAndPool';

export type LessonStepId = 'refused' | 'floating' | 'guest' | 'limits' | 'cluster' | 'quiz';
export const LESSON_STEP_IDS: readonly LessonStepId[] = ['refused', 'floating', 'guest', 'limits', 'cluster', 'quiz'];

/**
 * A piece of a lesson screen. `live` marks where the UI shows something it computes from the store right now
 * (the diagnostic of the canvas, the floating IP switch, the mapping), so the learner sees the real planner react.
 */
export type LessonBlock =
  | { kind: 'text'; text: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'code'; label: string; code: string }
  | { kind: 'live'; what: 'conflict' | 'floatingSwitch' | 'mapping' }
  /** The core's before/after diagram of one rule × VM, drawn from the canvas's topology as it is now. */
  | { kind: 'diagram'; label: string; rule: string; vm: string };

/** One screen of the lesson: what it says, which topology it puts on the canvas and what it points at there. */
export interface LessonStep {
  id: LessonStepId;
  title: string;
  /** The topology the step loads; the canvas keeps it when it already shows one of `keeps`. */
  topology: keyof LessonTopologies;
  keeps: readonly (keyof LessonTopologies)[];
  blocks: LessonBlock[];
  /** Elements to select and reveal on the canvas. */
  focus: ElementRef[];
  /** Canvas wire ids (`source->target`) to highlight. */
  wires: string[];
  /** The analysis tab the step opens, where the planner shows what the step talks about. */
  tab?: LessonTab;
}

/** The analysis panel's tabs a lesson step can open. */
export type LessonTab = 'mapping' | 'diagnostics' | 'trace' | 'scripts';

const wire = (source: string, target: string) => `${source}->${target}`;

/**
 * The lesson's six screens for the page's type 2 example, in `locale`, with every address and port taken from the
 * core's mapping, validation and trace of the lesson topologies.
 * @example lessonSteps(type2, 'ja')[0].title // '同じ VM のポート 80 で 2 つのサービス'
 */
export function lessonSteps(example: LbTopology, locale: Locale = 'en'): LessonStep[] {
  const m = lessonMessages[locale];
  const say = (key: LessonMessageKey, params?: Record<string, string | number>) => fill(m[key], params);
  const topologies = lessonTopologies(example, locale);
  const { refused, floating, otherPort } = topologies;
  const [a, b] = lessonRules(floating);
  const ip = (t: LbTopology, frontend: string) => t.frontends.find((f) => f.name === frontend)?.ip ?? '';
  const pool = a.backendPool;
  const refusedRows = computeMapping(refused);
  const floatingRows = computeMapping(floating);
  const vms = [...new Set(floatingRows.filter((r) => r.rule === a.name).map((r) => r.vm))];
  const firstVm = vms[0]!;
  const conflict = analyze(refused).diagnostics.find((d) => d.code === LESSON_CONFLICT_CODE);
  if (!conflict) throw new Error(`The lesson's first topology should be refused with ${LESSON_CONFLICT_CODE}, and it is not.`);
  const firstRow = refusedRows.find((r) => r.rule === a.name && r.vm === firstVm)!;

  const refusedStep: LessonStep = {
    id: 'refused',
    title: say('refusedTitle', { port: a.frontendPort }),
    topology: 'refused',
    keeps: [],
    blocks: [
      {
        kind: 'text',
        text: say('refusedSetup', {
          ruleA: a.name,
          feA: a.frontend,
          ipA: ip(refused, a.frontend),
          ruleB: b.name,
          feB: b.frontend,
          ipB: ip(refused, b.frontend),
          pool,
          port: a.backendPort,
        }),
      },
      {
        kind: 'text',
        text: say('refusedWhy', { vm: firstVm, endpoint: formatEndpoint(firstRow.destinationIp, firstRow.destinationPort) }),
      },
      { kind: 'text', text: say('refusedDiagnostic') },
      { kind: 'live', what: 'conflict' },
      {
        kind: 'text',
        text: say('refusedWaysOut', { ruleB: b.name, otherPort: otherPort.rules.find((r) => r.name === b.name)!.backendPort }),
      },
    ],
    focus: conflict.refs.filter((r) => r.kind === 'rule' || r.kind === 'backendPool'),
    wires: [wire(nodeId('rule', a.name), nodeId('backendPool', pool)), wire(nodeId('rule', b.name), nodeId('backendPool', pool))],
    tab: 'diagnostics',
  };

  const floatingStep: LessonStep = {
    id: 'floating',
    title: say('floatingTitle'),
    topology: 'refused',
    keeps: ['floating'],
    blocks: [
      { kind: 'text', text: say('floatingWhy', { ipA: ip(floating, a.frontend), ipB: ip(floating, b.frontend), port: a.backendPort }) },
      { kind: 'diagram', label: say('floatingDiagram', { rule: b.name, vm: firstVm }), rule: b.name, vm: firstVm },
      { kind: 'text', text: say('floatingTry') },
      { kind: 'live', what: 'floatingSwitch' },
      { kind: 'text', text: say('floatingMapping') },
      { kind: 'live', what: 'mapping' },
      { kind: 'text', text: say('floatingTrace', { rule: b.name }) },
    ],
    focus: [{ kind: 'rule', name: b.name }],
    wires: lessonWires(floating, b.name),
    tab: 'trace',
  };

  const guestStep: LessonStep = {
    id: 'guest',
    title: say('guestTitle'),
    topology: 'floating',
    keeps: [],
    blocks: [
      { kind: 'text', text: say('guestIntro') },
      {
        kind: 'list',
        items: [
          ...vms.map((vm) => say('guestLoopback', { vm, ips: loopbackIps(floatingRows, vm).join(', ') })),
          say('guestWeakHost'),
          say('guestFirewall', {
            protocol: a.protocol.toUpperCase(),
            port: a.backendPort,
            probe: probeTargets(floating, [a.name, b.name], firstVm).join(', '),
          }),
        ],
      },
      ...guestCommands(floating, floatingRows, say),
      { kind: 'text', text: say('guestMask') },
      { kind: 'text', text: say('guestSkipped', { rule: a.name, vm: firstVm }) },
      { kind: 'list', items: whatIfFailures(floating, a.name, firstVm, ['noLoopback', 'listensOnNicIpOnly'], locale) },
      { kind: 'text', text: say('guestScripts') },
    ],
    focus: [{ kind: 'vm', name: firstVm }],
    wires: vms.map((vm) => wire(nodeId('backendPool', pool), nodeId('vm', vm))),
    tab: 'scripts',
  };

  const traced = traceFlow(floating, { rule: a.name, vm: firstVm });
  if (!traced.ok || !traced.trace.outbound || !traced.trace.probe) throw new Error(`The lesson cannot trace rule ${a.name} to ${firstVm}.`);
  const { outbound, probe } = traced.trace;
  const limitsStep: LessonStep = {
    id: 'limits',
    title: say('limitsTitle'),
    topology: 'floating',
    keeps: [],
    blocks: [
      {
        kind: 'list',
        items: [
          say('limitsOutbound', { vm: firstVm, allowed: outbound.allowedSrc, failing: outbound.failingSrc }),
          say('limitsSecondary'),
          say('limitsProbe', { source: probe.src, probe: probe.dst, vm: firstVm }),
          say('limitsHaPorts'),
        ],
      },
      { kind: 'text', text: say('limitsSkipped', { rule: a.name, vm: firstVm }) },
      { kind: 'list', items: whatIfFailures(floating, a.name, firstVm, ['outboundFromFrontendIp', 'probePortClosed'], locale) },
    ],
    // Rule first: the Trace tab follows it, so it shows the flow the step's text speaks of.
    focus: [
      { kind: 'rule', name: a.name },
      { kind: 'vm', name: firstVm },
    ],
    wires: [wire(nodeId('backendPool', pool), nodeId('vm', firstVm))],
    tab: 'trace',
  };

  const quizStep: LessonStep = { id: 'quiz', title: say('quizTitle'), topology: 'floating', keeps: [], blocks: [], focus: [], wires: [] };
  return [refusedStep, floatingStep, guestStep, limitsStep, clusterStep(topologies.cluster, locale), quizStep];
}

/**
 * The cluster screen: only the active node holds the VIP and answers the probe, from the trace of each node; what a
 * loopback on every node would do instead, from the mapping and trace of the same pool as `every-member`.
 */
function clusterStep(cluster: LbTopology, locale: Locale): LessonStep {
  const say = (key: LessonMessageKey, params?: Record<string, string | number>) => fill(lessonMessages[locale][key], params);
  const rule = cluster.rules[0]!;
  const rows = computeMapping(cluster).filter((r) => r.rule === rule.name);
  const nodes = [...new Set(rows.map((r) => r.vm))];
  const traces = nodes.map((vm) => {
    const r = traceFlow(cluster, { rule: rule.name, vm, locale });
    if (!r.ok || !r.trace.cluster || !r.trace.probe) throw new Error(`The lesson cannot trace the cluster rule ${rule.name} to ${vm}.`);
    return r.trace;
  });
  const active = traces[0]!.cluster!.active;
  const passive = traces.find((t) => t.cluster!.role === 'passive')?.vm;
  if (!passive) throw new Error(`The lesson's cluster ${rule.backendPool} needs a passive node.`);
  const ip = rows[0]!.listenIp;
  const everyMember = setFrontendIpHolder(cluster, rule.backendPool, 'every-member');
  const onLoopback = [
    ...new Set(
      computeMapping(everyMember)
        .filter((r) => r.rule === rule.name && r.listenOn === 'loopback')
        .map((r) => r.vm),
    ),
  ];
  const lb = (t: (typeof traces)[number]) => t.hops.find((h) => h.stage === 'lb-to-vm')!.note;
  return {
    id: 'cluster',
    title: say('clusterTitle'),
    topology: 'cluster',
    keeps: [],
    blocks: [
      { kind: 'text', text: say('clusterIntro', { rule: rule.name, pool: rule.backendPool, ip, active, probe: traces[0]!.probe!.dst }) },
      { kind: 'text', text: say('clusterMapping') },
      { kind: 'live', what: 'mapping' },
      { kind: 'text', text: say('clusterNodes') },
      // Active node first: its flow and probe; then each passive node's; then what a failover changes.
      { kind: 'list', items: [...traces.flatMap((t) => [lb(t), t.probe!.failed ?? t.probe!.note]), traces[0]!.cluster!.failover] },
      {
        kind: 'text',
        text: say('clusterLoopback', {
          vms: onLoopback.join(', '),
          ip,
          probes: probeTargets(everyMember, [rule.name], onLoopback).join(', '),
          passive,
          active,
        }),
      },
      { kind: 'text', text: say('clusterTrace', { rule: rule.name, active, passive }) },
    ],
    // Rule first: the Trace tab follows it (on its first node, the active one); the learner picks the passive one.
    focus: [
      { kind: 'rule', name: rule.name },
      { kind: 'vm', name: active },
    ],
    wires: [wire(nodeId('backendPool', rule.backendPool), nodeId('vm', active))],
    tab: 'trace',
  };
}

/** Every wire one rule's flows pass: frontend → rule → pool → each VM. */
export function lessonWires(t: LbTopology, ruleName: string): string[] {
  const rule = t.rules.find((r) => r.name === ruleName);
  if (!rule) return [];
  const r = nodeId('rule', rule.name);
  const p = nodeId('backendPool', rule.backendPool);
  const vms = [
    ...new Set(
      computeMapping(t)
        .filter((row) => row.rule === rule.name)
        .map((row) => row.vm),
    ),
  ];
  return [wire(nodeId('frontend', rule.frontend), r), wire(r, p), ...vms.map((vm) => wire(p, nodeId('vm', vm)))];
}

/** What the trace's what-if switches break, one at a time: the reason and the fix, in `locale`. */
function whatIfFailures(t: LbTopology, rule: string, vm: string, keys: readonly WhatIfKey[], locale: Locale): string[] {
  return keys.map((key) => {
    const r = traceFlow(t, { rule, vm, whatIf: { [key]: true }, locale });
    if (!r.ok || !r.trace.failure) throw new Error(`The trace shows no failure for what-if ${key} on rule ${rule} to ${vm}.`);
    return [r.trace.failure.reason, r.trace.failure.fix].filter(Boolean).join(' ');
  });
}

/** The frontend IPs a VM must hold on its loopback: its floating rows to every-member pools (a cluster or appliance holds none there). */
function loopbackIps(rows: readonly MappingRow[], vm: string): string[] {
  return [...new Set(rows.filter((r) => r.vm === vm && r.listenOn === 'loopback').map((r) => r.listenIp))];
}

/** Where the rules' health probes reach one VM (or several), from the trace (NIC IP and probe port). */
function probeTargets(t: LbTopology, rules: readonly string[], vm: string | readonly string[]): string[] {
  const out = new Set<string>();
  for (const one of typeof vm === 'string' ? [vm] : vm) {
    for (const rule of rules) {
      const r = traceFlow(t, { rule, vm: one });
      if (r.ok && r.trace.probe) out.add(r.trace.probe.dst);
    }
  }
  return [...out];
}

/** Commands from Microsoft's page for the first Windows VM and the first Linux VM, with a host mask. */
function guestCommands(
  t: LbTopology,
  rows: readonly MappingRow[],
  say: (key: LessonMessageKey, params?: Record<string, string | number>) => string,
): LessonBlock[] {
  const blocks: LessonBlock[] = [];
  const inPool = new Set(rows.map((r) => r.vm));
  const vms = t.vms.filter((v) => inPool.has(v.name));
  const windows = vms.find((v) => v.os === 'windows');
  const linux = vms.find((v) => v.os !== 'windows');
  const ports = [...new Set(rows.map((r) => `${r.protocol}:${r.destinationPort}`))];
  if (windows)
    blocks.push({
      kind: 'code',
      label: say('guestWindows', { vm: windows.name }),
      code: windowsCommands(windows, loopbackIps(rows, windows.name), ports),
    });
  if (linux)
    blocks.push({ kind: 'code', label: say('guestLinux', { vm: linux.name }), code: linuxCommands(loopbackIps(rows, linux.name)) });
  return blocks;
}

const LOOPBACK = '"Loopback Pseudo-Interface 1"';

function windowsCommands(vm: Vm, ips: readonly string[], ports: readonly string[]): string {
  const v6 = (ip: string) => ip.includes(':');
  const lines = [`netsh interface ipv4 set interface "${vm.nic.name}" weakhostreceive=enabled`];
  for (const ip of ips)
    lines.push(
      v6(ip)
        ? `netsh interface ipv6 add address ${LOOPBACK} ${ip}/128`
        : `netsh interface ipv4 add address ${LOOPBACK} ${ip} 255.255.255.255`,
    );
  lines.push(`netsh interface ipv4 set interface ${LOOPBACK} weakhostreceive=enabled weakhostsend=enabled`);
  for (const p of ports) {
    const [protocol, port] = p.split(':');
    if (protocol === 'All' || port === '0') continue;
    lines.push(
      `netsh advfirewall firewall add rule name="floatplan ${protocol} ${port}" protocol=${protocol!.toUpperCase()} localport=${port} dir=in action=allow enable=yes`,
    );
  }
  return lines.join('\n');
}

function linuxCommands(ips: readonly string[]): string {
  return ips.map((ip) => `sudo ip addr add ${ip}/${ip.includes(':') ? 128 : 32} dev lo`).join('\n');
}
