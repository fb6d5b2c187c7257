// Everything that must hold before a script is written: options in range, names the target OS accepts,
// values the target shell can carry. Each failure is a diagnostic that says what to change.
import type { ElementRef } from '../diagnostics/diagnostic';
import { SOURCES } from '../diagnostics/diagnostic';
import { scriptDiagnostic, type ScriptDiagnostic } from './diagnostics';
import type { Text } from '../i18n/text';
import { linuxInterfaceReason, linuxLabelReason, windowsInterfaceReason } from './names';
import type { VmPlan } from './plan';
import { cmdNonAsciiReason, cmdUnsafeReason, controlCharReason } from './quote';
import { shared } from './shared';
import { DOC_EXACT_FLAVORS, type Flavor, type ScriptOptions } from './types';

const vmRef = (plan: VmPlan): ElementRef => ({ kind: 'vm', name: plan.vm.name });

/** Option problems: doc-exact for a flavour the page has no commands for, prefix lengths out of range, a bad label. */
export function checkOptions(plan: VmPlan, o: ScriptOptions, prefix: { 4: number; 6: number }): ScriptDiagnostic[] {
  const out: ScriptDiagnostic[] = [];
  if (o.docExact && !DOC_EXACT_FLAVORS.includes(o.flavor)) {
    out.push(
      scriptDiagnostic(
        'DocExactUnsupported',
        [vmRef(plan)],
        {
          key: 'script.DocExactUnsupported',
          params: { flavors: { key: 'script.list.two', params: { a: DOC_EXACT_FLAVORS[0]!, b: DOC_EXACT_FLAVORS[1]! } }, flavor: o.flavor },
        },
        SOURCES.floatingIp,
      ),
    );
  }
  for (const [f, max] of [
    [4, 32],
    [6, 128],
  ] as const) {
    const p = prefix[f];
    if (!Number.isInteger(p) || p < 1 || p > max)
      out.push(
        scriptDiagnostic('InvalidPrefixLength', [vmRef(plan)], {
          key: 'script.InvalidPrefixLength',
          params: { family: f, max, value: String(p) },
        }),
      );
  }
  if (o.label !== undefined && !o.flavor.startsWith('windows')) {
    const why = linuxLabelReason(o.label);
    if (why)
      out.push(
        scriptDiagnostic('InvalidInterfaceName', [vmRef(plan)], {
          key: 'script.InvalidInterfaceName.label',
          params: { label: JSON.stringify(o.label), why: why },
        }),
      );
  }
  return out;
}

/** LoopbackPrefixTooWide for each family whose prefix is wider than one address and that the VM uses. */
export function checkPrefixWidth(plan: VmPlan, prefix: { 4: number; 6: number }, docExact: boolean): ScriptDiagnostic[] {
  // The usual case, one address per prefix: nothing to say, and no list to search (`script --all` asks 4,000 times).
  if (prefix[4] >= 32 && prefix[6] >= 128) return [];
  return (
    [
      [4, 32],
      [6, 128],
    ] as const
  ).flatMap(([f, full]) => {
    const addrs = plan.loopback.filter((l) => l.family === f);
    if (!addrs.length || prefix[f] >= full) return [];
    const first = addrs[0]!.ip;
    const text: Text = {
      key: 'script.LoopbackPrefixTooWide',
      params: {
        what: docExact
          ? { key: 'script.LoopbackPrefixTooWide.docExact', params: { prefix: prefix[f] } }
          : { key: 'script.LoopbackPrefixTooWide.plain', params: { family: f, prefix: prefix[f] } },
        prefix: prefix[f],
        first,
        full,
      },
    };
    return [
      scriptDiagnostic(
        'LoopbackPrefixTooWide',
        [
          vmRef(plan),
          ...addrs.flatMap((a) => a.rules.map((r): ElementRef => ({ kind: 'rule', name: r }))),
          ...addrs.flatMap((a) => (a.natRules ?? []).map((r): ElementRef => ({ kind: 'natRule', name: r }))),
        ].filter(uniqueRef()),
        text,
        SOURCES.floatingIp,
      ),
    ];
  });
}

/** Interface names the target OS refuses, and values the target shell cannot carry (cmd.exe, control characters). */
export function checkValues(plan: VmPlan, flavor: Flavor, windowsLoopback: string): ScriptDiagnostic[] {
  const out: ScriptDiagnostic[] = [];
  const windows = flavor.startsWith('windows');
  const nicWhy = windows ? windowsInterfaceReason(plan.vm.nic.name) : linuxInterfaceReason(plan.vm.nic.name);
  if (nicWhy)
    out.push(
      scriptDiagnostic('InvalidInterfaceName', [vmRef(plan)], {
        key: 'script.InvalidInterfaceName.nic',
        params: { nic: JSON.stringify(plan.vm.nic.name), vm: JSON.stringify(plan.vm.name), why: nicWhy, os: windows ? 'Windows' : 'Linux' },
      }),
    );
  if (windows) {
    const loWhy = windowsInterfaceReason(windowsLoopback);
    if (loWhy)
      out.push(
        scriptDiagnostic('InvalidInterfaceName', [vmRef(plan)], {
          key: 'script.InvalidInterfaceName.loopback',
          params: { name: JSON.stringify(windowsLoopback), why: loWhy },
        }),
      );
  }
  const own: [What, string, ElementRef | undefined][] = [
    ['topology', plan.topology, undefined],
    ['vm', plan.vm.name, vmRef(plan)],
    ['nic', plan.vm.nic.name, vmRef(plan)],
  ];
  out.push(...unsafeValues(own, flavor));
  // The VMs of one pool share their plan's rule list (planTemplate.ts): its names are checked once per list and shell.
  const shell = flavor === 'windows-netsh' ? 'cmd' : 'other';
  out.push(
    ...shared(plan.rules, `unsafe ${shell}`, () =>
      unsafeValues(
        plan.rules.map((r): [What, string, ElementRef] => ['rule', r, { kind: 'rule', name: r }]),
        flavor,
      ),
    ),
  );
  const rest: [What, string, ElementRef | undefined][] = [
    ...plan.natRules.map((r): [What, string, ElementRef] => ['natRule', r, { kind: 'natRule', name: r }]),
    ...plan.probes.map((p): [What, string, ElementRef] => ['probe', p.name, { kind: 'probe', name: p.name }]),
  ];
  if (windows) rest.push(['loopback', windowsLoopback, vmRef(plan)]);
  out.push(...unsafeValues(rest, flavor));
  return out;
}

// UnsafeScriptValue for each value the shell cannot carry, once per kind and value. Reads only `values` and whether
// the shell is cmd.exe (windows-netsh).
function unsafeValues(values: readonly [What, string, ElementRef | undefined][], flavor: Flavor): ScriptDiagnostic[] {
  const out: ScriptDiagnostic[] = [];
  const seen = new Set<string>();
  for (const [what, value, ref] of values) {
    // netsh must receive interface aliases and firewall descriptions intact; the topology and VM names are only echoed (as \uXXXX).
    const why =
      flavor !== 'windows-netsh'
        ? controlCharReason(value)
        : (cmdUnsafeReason(value) ?? (what === 'topology' || what === 'vm' ? undefined : cmdNonAsciiReason(value)));
    if (!why || seen.has(`${what}\u0000${value}`)) continue;
    seen.add(`${what}\u0000${value}`);
    out.push(
      scriptDiagnostic('UnsafeScriptValue', ref ? [ref] : [], {
        key: 'script.UnsafeScriptValue',
        params: { what: { key: `script.what.${what}` }, value: JSON.stringify(value), why: why },
      }),
    );
  }
  return out;
}

type What = 'topology' | 'vm' | 'nic' | 'rule' | 'natRule' | 'probe' | 'loopback';

function uniqueRef() {
  const seen = new Set<string>();
  return (r: ElementRef) => {
    const k = `${r.kind}:${r.name}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  };
}
