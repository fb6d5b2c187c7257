import { create } from 'zustand';
import type { Topology } from '../../core/topology/schema';
import { useTopologyStore } from '../../store/topologyStore';
import { revealSelection } from '../../store/revealSelection';
import { useUiStore } from '../../store/uiStore';
import { translate } from '../../i18n/translate';
import { forgetBeforeLesson, keepBeforeLesson, readBeforeLesson, type KeepFailure } from './beforeLesson';
import { messages } from './launch/messages';
import type { LessonData } from './lessonData';
import { stepSelection } from './stepNodes';

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
    const failed = keepBeforeLesson(before);
    if (failed) {
      refuseToStart(before, failed, () => begin(before, lesson));
      return;
    }
    begin(before, lesson);
  },
  goTo: (index, lesson) => {
    const step = lesson.steps[index];
    if (!step) return;
    const { topology, replace } = useTopologyStore.getState();
    const wanted = lesson.designs[step.topology];
    const kept = topology === wanted || step.keeps.some((k) => lesson.designs[k] === topology);
    if (!kept) replace(wanted);
    const ui = useUiStore.getState();
    // Every node the step talks about is selected (so highlighted), and the view fits the whole topology.
    ui.select(stepSelection(step));
    revealSelection('all');
    ui.highlightWires('lesson', step.wires);
    if (step.tab) ui.openTab(step.tab);
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

/** Runs the lesson from its first step, putting `before` back on leaving. */
function begin(before: Topology, lesson: LessonData) {
  useLessonStore.setState({ phase: 'running', before, answers: {} });
  useLessonStore.getState().goTo(0, lesson);
}

/** Says why the lesson did not start, with the work to download and a way to start anyway. */
function refuseToStart(before: Topology, failed: KeepFailure, startAnyway: () => void) {
  const reason = failed.full ? translate(messages, 'storageFull') : failed.message;
  useUiStore.getState().notify({
    id: 'lesson-keep',
    tone: 'error',
    text: translate(messages, 'keepFailed', { name: before.name, reason }),
    download: { filename: 'floatplan-before-lesson.json', content: `${JSON.stringify(before, null, 2)}\n` },
    action: { label: translate(messages, 'startAnyway'), run: startAnyway },
  });
}

/** Takes the lesson's selection and highlight off the canvas. */
function endOnCanvas() {
  const ui = useUiStore.getState();
  ui.select([]);
  ui.highlightWires('lesson', []);
}

/** Opens the lesson on its intro (the welcome's "Take the lesson", handed in by the app shell). */
export function openLesson(): void {
  useLessonStore.getState().open();
}
