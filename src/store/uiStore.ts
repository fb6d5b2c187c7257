import { create } from 'zustand';
import type { ElementRef } from '../core/diagnostics/diagnostic';
import { FIRST_TAB, type TabId } from './tabs';

export type ThemeChoice = 'system' | 'light' | 'dark';

/**
 * A message for the user, shown as a toast: it closes by itself after a few seconds unless it holds a download or an
 * action, or `stays` is set (src/app/toastDelay.ts); it can always be dismissed.
 */
export interface Notice {
  id: string;
  tone: 'info' | 'warning' | 'error';
  text: string;
  /** Optional raw data the user can download (e.g. corrupt saved work). */
  download?: { filename: string; content: string };
  /** Optional action offered beside Dismiss (e.g. load the other tab's work); the notice closes after it runs. */
  action?: { label: string; run: () => void };
  /**
   * Runs once when the notice closes: its Dismiss, after its action, or `dismiss(id)` from code. Not when a newer
   * notice with the same id replaces it (that one brings its own), nor when tests reset the store.
   */
  onDismiss?: () => void;
  /** Stays until dismissed even without a download or an action (text the user must act on). */
  stays?: boolean;
}

/** Who put a highlight on the canvas; each owner sets and clears only its own. */
export type HighlightOwner = 'trace' | 'lesson';

/** How highlighted wires are drawn: the accent colour, or the error colour where a traced packet fails. */
export type HighlightTone = 'normal' | 'failing';

/** UI state kept out of the undo history. */
export interface UiState {
  /** Selected elements; the first one is shown in the inspector. Revealing them is a command: revealSelection(). */
  selection: ElementRef[];
  /** Positions of nodes being dragged right now, committed to the layout when the drag ends. */
  dragPositions: Record<string, { x: number; y: number }>;
  notices: Notice[];
  theme: ThemeChoice;
  /** The analysis panel's open tab: the user's choice, or the one a lesson step opened. */
  analysisTab: TabId;
  /**
   * Canvas wire ids (`source->target`) to highlight, per owner: the Trace tab's hop while it is shown, the lesson
   * step's wires while the lesson runs. The canvas shows shownHighlight().
   */
  highlights: Readonly<Record<HighlightOwner, readonly string[]>>;
  /** How each owner's highlighted wires are drawn; 'failing' for the hop where a what-if makes the trace fail. */
  highlightTone: Readonly<Record<HighlightOwner, HighlightTone>>;
  /** Whether the Trace tab's what-if column is expanded; kept while the app runs, not saved. */
  traceWhatIfOpen: boolean;
  /**
   * The VM whose guest OS script the Scripts tab shows: the user's pick there, a VM's "Get script", or the last VM
   * selected (selecting a VM shows its script, even after a pick). Undefined: the tab shows the first VM.
   */
  scriptVm: string | undefined;
  /**
   * The load balancer the inspector, the palette and one-load-balancer tabs act on when the selection does not name
   * one (lbFocus.ts); undefined: the topology's first. Selecting an element of a load balancer focuses it.
   */
  focusedLb: string | undefined;
  select: (refs: ElementRef[]) => void;
  /** Focuses a load balancer by name (its group on the canvas, a tab's filter). */
  focusLb: (name: string | undefined) => void;
  setDragPositions: (positions: Record<string, { x: number; y: number }>) => void;
  clearDragPositions: () => void;
  notify: (notice: Notice) => void;
  /** Closes the notice with this id, then runs its onDismiss; closing one that is not shown does nothing. */
  dismiss: (id: string) => void;
  setTheme: (theme: ThemeChoice) => void;
  /** Opens an analysis tab (the user's click, or a lesson step). */
  openTab: (tab: TabId) => void;
  /** Sets `owner`'s highlighted wires, drawn in `tone` (default 'normal'); an empty list clears them. */
  highlightWires: (owner: HighlightOwner, ids: readonly string[], tone?: HighlightTone) => void;
  setTraceWhatIfOpen: (open: boolean) => void;
  /** Picks the VM of the Scripts tab (its VM picker). */
  chooseScriptVm: (vm: string) => void;
  /** Shows one VM's script: picks it in the Scripts tab and opens that tab (a VM's "Get script"). */
  openScript: (vm: string) => void;
}

const NO_WIRES: readonly string[] = [];

export const useUiStore = create<UiState>()((set, get) => ({
  selection: [],
  dragPositions: {},
  notices: [],
  theme: 'system',
  analysisTab: FIRST_TAB,
  highlights: { trace: NO_WIRES, lesson: NO_WIRES },
  highlightTone: { trace: 'normal', lesson: 'normal' },
  traceWhatIfOpen: false,
  scriptVm: undefined,
  focusedLb: undefined,
  select: (selection) => {
    const lb = selection.find((r) => r.loadBalancer !== undefined)?.loadBalancer;
    set({
      selection,
      ...(selection[0]?.kind === 'vm' && { scriptVm: selection[0].name }),
      ...(lb !== undefined && { focusedLb: lb }),
    });
  },
  focusLb: (focusedLb) => set({ focusedLb }),
  setDragPositions: (positions) => set((s) => ({ dragPositions: { ...s.dragPositions, ...positions } })),
  clearDragPositions: () => set({ dragPositions: {} }),
  notify: (notice) => set((s) => ({ notices: [...s.notices.filter((n) => n.id !== notice.id), notice] })),
  dismiss: (id) => {
    const closing = get().notices.find((n) => n.id === id);
    if (!closing) return;
    set((s) => ({ notices: s.notices.filter((n) => n !== closing) }));
    // After the notice is gone, so what onDismiss does (e.g. a new notice with the same id) is not undone.
    closing.onDismiss?.();
  },
  setTheme: (theme) => set({ theme }),
  openTab: (analysisTab) => set({ analysisTab }),
  // An equal list keeps the old array, so the canvas does not rebuild its edges for nothing.
  highlightWires: (owner, ids, tone = 'normal') =>
    set((s) => {
      const next = ids.length ? tone : 'normal';
      const tones = s.highlightTone[owner] === next ? s.highlightTone : { ...s.highlightTone, [owner]: next };
      if (sameList(s.highlights[owner], ids)) return tones === s.highlightTone ? s : { highlightTone: tones };
      return { highlights: { ...s.highlights, [owner]: ids.length ? [...ids] : NO_WIRES }, highlightTone: tones };
    }),
  setTraceWhatIfOpen: (traceWhatIfOpen) => set({ traceWhatIfOpen }),
  chooseScriptVm: (scriptVm) => set({ scriptVm }),
  openScript: (scriptVm) => set({ scriptVm, analysisTab: 'scripts' }),
}));

/** The wires the canvas highlights: the Trace tab's hop while it is shown, else the lesson step's. */
export function shownHighlight(s: Pick<UiState, 'highlights'>): readonly string[] {
  return s.highlights.trace.length ? s.highlights.trace : s.highlights.lesson;
}

/** The tone of the wires shownHighlight() returns. */
export function shownHighlightTone(s: Pick<UiState, 'highlights' | 'highlightTone'>): HighlightTone {
  return s.highlights.trace.length ? s.highlightTone.trace : s.highlightTone.lesson;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
