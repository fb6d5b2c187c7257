import { beforeEach, describe, expect, it, vi } from 'vitest';
import { setLessonFloatingIp } from '../../core/lesson/topologies';
import { inLb } from '../../core/topology/design';
import { EMPTY_TOPOLOGY } from '../../store/defaultTopology';
import { clearHistory, undo, useTopologyStore } from '../../store/topologyStore';
import { onRevealSelection } from '../../store/revealSelection';
import { useUiStore } from '../../store/uiStore';
import { lessonData } from './lessonData';
import { useLessonStore } from './lessonStore';
import { stepSelection } from './stepNodes';

const lesson = lessonData('en');
const mine = { ...EMPTY_TOPOLOGY, name: 'my work' };
const topology = () => useTopologyStore.getState().topology;
const actions = () => useLessonStore.getState();

describe('lesson store', () => {
  beforeEach(() => {
    useTopologyStore.getState().replace(mine);
    clearHistory();
    useLessonStore.setState({ phase: 'closed', step: 0, answers: {}, before: null });
  });

  it('opens on the intro without touching the canvas, and cancelling changes nothing', () => {
    actions().open();
    expect(actions().phase).toBe('intro');
    expect(topology()).toBe(mine);
    actions().cancel();
    expect(actions().phase).toBe('closed');
    expect(topology()).toBe(mine);
  });

  it('loads each step’s topology, selects and highlights, and keeps the learner’s switch within step 2', () => {
    actions().start(lesson);
    expect(topology()).toBe(lesson.designs.refused);
    expect(useUiStore.getState().selection).toEqual(stepSelection(lesson.steps[0]!));
    expect(useUiStore.getState().selection.slice(0, lesson.steps[0]!.focus.length), 'focus first').toEqual(lesson.steps[0]!.focus);
    expect(useUiStore.getState().highlights.lesson).toEqual(lesson.steps[0]!.wires);

    actions().goTo(1, lesson);
    expect(topology(), 'same topology: no extra undo step').toBe(lesson.designs.refused);
    useTopologyStore.getState().apply(inLb(0, (t) => setLessonFloatingIp(t, true)));
    expect(topology().loadBalancers[0]!.rules.every((r) => r.floatingIp)).toBe(true);
    expect(useUiStore.getState().selection[0]).toEqual({ kind: 'rule', name: 'rule2' });
    expect(useUiStore.getState().selection, 'the whole path of rule2 is highlighted').toEqual(
      expect.arrayContaining([
        { kind: 'frontend', name: 'FIP2' },
        { kind: 'backendPool', name: 'pool' },
        { kind: 'vm', name: 'VM1' },
        { kind: 'vm', name: 'VM2' },
      ]),
    );

    actions().goTo(2, lesson);
    expect(topology()).toBe(lesson.designs.floating);
    actions().goTo(1, lesson);
    expect(topology(), 'step 2 keeps the floating topology').toBe(lesson.designs.floating);
    actions().goTo(0, lesson);
    expect(topology()).toBe(lesson.designs.refused);
  });

  it('asks the canvas to fit every node at each step, the quiz too (which selects nothing)', () => {
    const canvas = vi.fn();
    const stop = onRevealSelection(canvas);
    actions().start(lesson);
    expect(canvas.mock.calls).toEqual([['all']]);
    actions().goTo(lesson.steps.length - 1, lesson);
    expect(useUiStore.getState().selection).toEqual([]);
    expect(canvas.mock.calls).toEqual([['all'], ['all']]);
    stop();
  });

  it('opens the analysis tab each step talks about: diagnostics, trace, scripts, trace, trace; the quiz leaves it', () => {
    actions().start(lesson);
    const tab = () => useUiStore.getState().analysisTab;
    const opened: string[] = [tab()];
    for (const i of [1, 2, 3, 4, 5]) {
      useUiStore.getState().openTab('export'); // the learner looks elsewhere between steps
      actions().goTo(i, lesson);
      opened.push(tab() === 'export' ? 'unchanged' : tab());
    }
    expect(opened).toEqual(['diagnostics', 'trace', 'scripts', 'trace', 'trace', 'unchanged']);
    // Coming back to a step opens its tab again, even the tab opened last (the learner may have left it meanwhile).
    actions().goTo(3, lesson);
    useUiStore.getState().openTab('mapping');
    actions().goTo(3, lesson);
    expect(tab()).toBe('trace');
  });

  it('leaving puts the user’s topology back and clears the lesson’s highlight, not the trace’s', () => {
    actions().start(lesson);
    actions().goTo(3, lesson);
    expect(useUiStore.getState().highlights.lesson).toEqual(lesson.steps[3]!.wires);
    useUiStore.getState().highlightWires('trace', ['a->b']);
    actions().leave();
    expect(topology()).toBe(mine);
    expect(actions().phase).toBe('closed');
    expect(useUiStore.getState().selection).toEqual([]);
    expect(useUiStore.getState().highlights).toEqual({ lesson: [], trace: ['a->b'] });
    useUiStore.getState().highlightWires('trace', []);
  });

  it('Undo after starting steps back to the user’s topology', () => {
    actions().start(lesson);
    undo();
    expect(topology()).toBe(mine);
  });

  it('counts the first answer only, and starts the quiz over on retry', () => {
    actions().start(lesson);
    actions().answer('q1', 'a');
    actions().answer('q1', 'b');
    expect(actions().answers).toEqual({ q1: 'a' });
    actions().retryQuiz();
    expect(actions().answers).toEqual({});
  });

  it('does not start when the topology cannot be kept for a reload (storage full), and says so with its download', () => {
    const quota = Object.assign(new Error('exceeded the quota'), { name: 'QuotaExceededError' });
    vi.stubGlobal('localStorage', {
      setItem: () => {
        throw quota;
      },
      getItem: () => null,
      removeItem: () => undefined,
    });
    try {
      actions().open();
      actions().start(lesson);
      expect(topology()).toBe(mine);
      expect(actions().phase).toBe('intro');
      const notice = useUiStore.getState().notices.find((n) => n.id === 'lesson-keep');
      expect(notice?.text).toMatch(
        /^The lesson did not start: .*“my work” could not be kept in this browser first \(the browser’s storage for this site is full\)/,
      );
      expect(JSON.parse(notice?.download?.content ?? '')).toEqual(mine);
      notice?.action?.run(); // Start anyway, once downloaded
      expect(actions().phase).toBe('running');
      expect(topology()).toBe(lesson.designs.refused);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('does not start, and says so, where the browser blocks site storage (reading localStorage throws; issue 12)', () => {
    const blocked = Object.assign(new Error('Access is denied for this document.'), { name: 'SecurityError' });
    const before = Object.getOwnPropertyDescriptor(globalThis, 'localStorage');
    Object.defineProperty(globalThis, 'localStorage', {
      configurable: true,
      get: () => {
        throw blocked;
      },
    });
    try {
      actions().open();
      expect(() => actions().start(lesson)).not.toThrow();
      expect(topology()).toBe(mine);
      expect(actions().phase).toBe('intro');
      expect(useUiStore.getState().notices.find((n) => n.id === 'lesson-keep')?.text).toMatch(/Access is denied for this document/);
    } finally {
      if (before) Object.defineProperty(globalThis, 'localStorage', before);
      else delete (globalThis as { localStorage?: unknown }).localStorage;
    }
  });
});
