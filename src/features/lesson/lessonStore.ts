import { create } from 'zustand';
import type { Topology } from '../../core/topology/schema';
import { useTopologyStore } from '../../store/topologyStore';
import { useUiStore } from '../../store/uiStore';
import { forgetBeforeLesson, keepBeforeLesson, readBeforeLesson } from './beforeLesson';
import type { LessonData } from './lessonData';

/** closed; intro (says the canvas will be replaced); running; resume (a lesson was open when the page closed). */
export type LessonPhase = 'closed' | 'intro' | 'running' | 'resume';

interface LessonState {
  phase: LessonPhase;
  step: number;
  /** Quiz answers: question id → choice id. The first answer counts. */
  answers: Record<string, string>;
  /** The user's topology from before the lesson, put back on leaving. */
  before: Topology | null;
  open: () => void;
  cancel: () => void;
  start: (lesson: LessonData) => void;
  goTo: (index: number, lesson: LessonData) => void;
  leave: () => void;
  /** After a reload during a lesson: keep the canvas as it is and forget the kept topology. */
  discard: () => void;
  answer: (question: string, choice: string) => void;
  retryQuiz: () => void;
}

const remembered = readBeforeLesson();

/** The lesson's progress, outside the undo history. Its actions drive the real topology and UI stores. */
export const useLessonStore = create<LessonState>()((set, get) => ({
  phase: remembered ? 'resume' : 'closed',
  step: 0,
  answers: {},
  before: remembered,
  open: () => set((s) => (s.phase === 'closed' ? { phase: 'intro' } : s)),
  cancel: () => set({ phase: 'closed' }),
  start: (lesson) => {
    const before = useTopologyStore.getState().topology;
    keepBeforeLesson(before);
    set({ phase: 'running', before, answers: {} });
    get().goTo(0, lesson);
  },
  goTo: (index, lesson) => {
    const step = lesson.steps[index];
    if (!step) return;
    const { topology, replace } = useTopologyStore.getState();
    const wanted = lesson.topologies[step.topology];
    const kept = topology === wanted || step.keeps.some((k) => lesson.topologies[k] === topology);
    if (!kept) replace(wanted);
    const ui = useUiStore.getState();
    ui.select(step.focus, step.focus.length > 0);
    ui.setHighlightedWires(step.wires);
    if (step.tab) ui.showTab(step.tab);
    set({ step: index });
  },
  leave: () => {
    const { before } = get();
    if (before) useTopologyStore.getState().replace(before);
    forgetBeforeLesson();
    endOnCanvas();
    set({ phase: 'closed', step: 0, answers: {}, before: null });
  },
  discard: () => {
    forgetBeforeLesson();
    set({ phase: 'closed', before: null });
  },
  answer: (question, choice) => set((s) => (question in s.answers ? s : { answers: { ...s.answers, [question]: choice } })),
  retryQuiz: () => set({ answers: {} }),
}));

/** Takes the lesson's selection and highlight off the canvas. */
function endOnCanvas() {
  const ui = useUiStore.getState();
  ui.select([]);
  ui.setHighlightedWires([]);
}
