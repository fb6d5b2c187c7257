import { describe, expect, it } from 'vitest';
import { wiresOf } from '../edit/graph';
import { LOCALES } from '../i18n/locale';
import { preset } from '../testing/presets';
import { traceFlow } from '../trace/trace';
import { analyze } from '../validation/analyze';
import { LESSON_CONFLICT_CODE, LESSON_STEP_IDS, lessonSteps, type LessonBlock } from './steps';
import { lessonTopologies } from './topologies';

const example = preset('type2-floating-ip');
const lesson = lessonTopologies(example);
const steps = lessonSteps(example);
const step = (id: string) => steps.find((s) => s.id === id)!;
const textOf = (blocks: readonly LessonBlock[]) =>
  blocks
    .map((b) => (b.kind === 'text' ? b.text : b.kind === 'list' ? b.items.join('\n') : b.kind === 'code' ? `${b.label}\n${b.code}` : ''))
    .join('\n');

describe('lesson steps', () => {
  it('are the six screens in order, the live parts where the planner reacts', () => {
    expect(steps.map((s) => s.id)).toEqual(LESSON_STEP_IDS);
    expect(step('refused').blocks).toContainEqual({ kind: 'live', what: 'conflict' });
    expect(step('floating').blocks).toContainEqual({ kind: 'live', what: 'floatingSwitch' });
    expect(step('floating').blocks).toContainEqual({ kind: 'live', what: 'mapping' });
    // Step 2 draws the off/on diagram of the rule it selects, to the first VM.
    expect(step('floating').blocks).toContainEqual(expect.objectContaining({ kind: 'diagram', rule: 'rule2', vm: 'VM1' }));
  });

  it('step 1 loads the refused topology and points at the elements of the real diagnostic', () => {
    const s = step('refused');
    expect(s.topology).toBe('refused');
    const conflict = analyze(lesson[s.topology]).diagnostics.find((d) => d.code === LESSON_CONFLICT_CODE)!;
    expect(s.focus.length).toBeGreaterThan(0);
    for (const ref of s.focus) expect(conflict.refs).toContainEqual(ref);
    expect(textOf(s.blocks)).toContain('10.0.0.4:80'); // what VM1 would receive for both rules
  });

  it('step 2 starts from the refused topology, keeps the floating one and selects rule2 for the Trace tab', () => {
    const s = step('floating');
    expect(s.topology).toBe('refused');
    expect(s.keeps).toEqual(['floating']);
    expect(s.focus).toEqual([{ kind: 'rule', name: 'rule2' }]);
    expect(textOf(s.blocks)).toContain('65.52.0.1');
    expect(textOf(s.blocks)).toContain('65.52.0.2');
  });

  it('step 3 tells each VM which frontend IPs its loopback needs, with the weak host commands', () => {
    const text = textOf(step('guest').blocks);
    expect(text).toMatch(/VM1 needs 65\.52\.0\.1, 65\.52\.0\.2/);
    expect(text).toMatch(/VM2 needs 65\.52\.0\.1, 65\.52\.0\.2/);
    expect(text).toContain('netsh interface ipv4 set interface "Ethernet" weakhostreceive=enabled');
    expect(text).toContain('weakhostreceive=enabled weakhostsend=enabled');
    expect(text).toContain('65.52.0.1 255.255.255.255');
    expect(text).toContain('sudo ip addr add 65.52.0.2/32 dev lo');
    expect(text).toContain('10.0.0.4:8081'); // probes answered on the NIC IP
  });

  it('step 4 names the NIC IP for outbound and the probe source', () => {
    const text = textOf(step('limits').blocks);
    expect(text).toContain('(10.0.0.4 on VM1)');
    expect(text).toContain('frontend IP 65.52.0.1');
    expect(text).toContain('168.63.129.16');
    expect(text).toContain('FloatingIpOnSecondaryIpConfig');
  });

  it('steps 3 and 4 show what the trace’s what-if switches break, in the lesson’s language', () => {
    const failure = (key: string, locale: 'en' | 'ja' = 'en') => {
      const r = traceFlow(lesson.floating, { rule: 'rule1', vm: 'VM1', whatIf: { [key]: true }, locale });
      if (!r.ok || !r.trace.failure) throw new Error('no failure');
      return r.trace.failure;
    };
    expect(failure('noLoopback').outcome).toBe('dropped');
    expect(textOf(step('guest').blocks)).toContain(failure('noLoopback').reason);
    expect(textOf(step('guest').blocks)).toContain(failure('listensOnNicIpOnly').reason);
    expect(textOf(step('limits').blocks)).toContain(failure('outboundFromFrontendIp').reason);
    expect(textOf(step('limits').blocks)).toContain(failure('probePortClosed').reason);
    const ja = lessonSteps(example, 'ja').find((s) => s.id === 'guest')!;
    expect(textOf(ja.blocks)).toContain(failure('noLoopback', 'ja').reason);
  });

  it('step 5 shows the cluster VIP on the active node only, from the trace of each node, and what every-member breaks', () => {
    const s = step('cluster');
    const t = lesson[s.topology];
    expect(t.backendPools[0]!.frontendIpHolder).toBe('cluster-windows');
    expect(s.blocks).toContainEqual({ kind: 'live', what: 'mapping' });
    const active = traceFlow(t, { rule: 'rule1', vm: 'VM1' });
    const passive = traceFlow(t, { rule: 'rule1', vm: 'VM2' });
    if (!active.ok || !passive.ok) throw new Error('no trace');
    expect(active.trace.cluster).toMatchObject({ active: 'VM1', role: 'active' });
    expect(passive.trace.hops[1]!.notReached).toBe(true);
    const text = textOf(s.blocks);
    expect(text).toContain('65.52.0.1');
    expect(text).toContain(passive.trace.hops[1]!.note);
    expect(text).toContain(passive.trace.probe!.failed!);
    expect(text).toContain(active.trace.cluster!.failover);
    // The same pool with a loopback on every node: VM2 holds the VIP too and Azure sends it flows.
    const everyMember = traceFlow(
      { ...t, backendPools: t.backendPools.map(({ frontendIpHolder: _h, ...p }) => p) },
      { rule: 'rule1', vm: 'VM2' },
    );
    expect(everyMember.ok && everyMember.trace.hops[1]!.notReached).toBeFalsy();
    expect(text).toContain('VM1, VM2 would all hold 65.52.0.1');
    expect(text).toContain('10.0.0.5:8081');
    // The Trace tab opens on the rule (its active node); the only highlighted wire is the one flows take.
    expect(s.focus).toEqual([
      { kind: 'rule', name: 'rule1' },
      { kind: 'vm', name: 'VM1' },
    ]);
    expect(s.wires).toEqual(['backendPool:pool->vm:VM1']);
    expect(s.tab).toBe('trace');
  });

  it('highlights only wires that exist on the canvas of the step’s topology', () => {
    for (const s of steps) {
      const ids = new Set(wiresOf(lesson[s.topology]).map((w) => w.id));
      for (const w of s.wires) expect(ids.has(w), `${s.id}: ${w}`).toBe(true);
    }
  });

  it('has the same structure in Japanese, with every placeholder filled', () => {
    for (const locale of LOCALES) {
      const localized = lessonSteps(example, locale);
      expect(localized.map((s) => [s.id, s.topology, s.focus, s.wires, s.blocks.map((b) => b.kind)])).toEqual(
        steps.map((s) => [s.id, s.topology, s.focus, s.wires, s.blocks.map((b) => b.kind)]),
      );
      for (const s of localized) expect(s.title + textOf(s.blocks)).not.toMatch(/\{\w+\}/);
    }
    expect(lessonSteps(example, 'ja')[2]!.title).toBe('ゲスト OS で必要な構成');
  });
});
