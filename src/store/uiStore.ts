import { create } from 'zustand';
import type { ElementRef } from '../core/diagnostics/diagnostic';

export type ThemeChoice = 'system' | 'light' | 'dark';

/** A message for the user that stays until dismissed. */
export interface Notice {
  id: string;
  tone: 'info' | 'warning' | 'error';
  text: string;
  /** Optional raw data the user can download (e.g. corrupt saved work). */
  download?: { filename: string; content: string };
  /** Optional action offered beside Dismiss (e.g. load the other tab's work); the notice closes after it runs. */
  action?: { label: string; run: () => void };
}

/** UI state kept out of the undo history. */
export interface UiState {
  /** Selected elements; the first one is shown in the inspector. */
  selection: ElementRef[];
  /** Bumped when something outside the canvas asks it to reveal the selection. */
  revealRequest: number;
  /** Positions of nodes being dragged right now, committed to the layout when the drag ends. */
  dragPositions: Record<string, { x: number; y: number }>;
  notices: Notice[];
  theme: ThemeChoice;
  /** Canvas wire ids (`source->target`) to highlight, e.g. the hop the Trace tab's stepper is on. */
  highlightedWires: readonly string[];
  /** The analysis tab something outside the panel asked to open (the lesson); a new object per request. */
  tabRequest: { tab: string } | undefined;
  select: (refs: ElementRef[], reveal?: boolean) => void;
  setDragPositions: (positions: Record<string, { x: number; y: number }>) => void;
  clearDragPositions: () => void;
  notify: (notice: Notice) => void;
  dismiss: (id: string) => void;
  setTheme: (theme: ThemeChoice) => void;
  setHighlightedWires: (ids: readonly string[]) => void;
  /** Asks the analysis panel to open a tab by id ('mapping', 'diagnostics', 'trace', 'scripts', …). */
  showTab: (tab: string) => void;
}

const NO_WIRES: readonly string[] = [];

export const useUiStore = create<UiState>()((set) => ({
  selection: [],
  revealRequest: 0,
  dragPositions: {},
  notices: [],
  theme: 'system',
  highlightedWires: NO_WIRES,
  tabRequest: undefined,
  select: (selection, reveal = false) => set((s) => ({ selection, revealRequest: reveal ? s.revealRequest + 1 : s.revealRequest })),
  setDragPositions: (positions) => set((s) => ({ dragPositions: { ...s.dragPositions, ...positions } })),
  clearDragPositions: () => set({ dragPositions: {} }),
  notify: (notice) => set((s) => ({ notices: [...s.notices.filter((n) => n.id !== notice.id), notice] })),
  dismiss: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
  setTheme: (theme) => set({ theme }),
  showTab: (tab) => set({ tabRequest: { tab } }),
  // An equal list keeps the old array, so the canvas does not rebuild its edges for nothing.
  setHighlightedWires: (ids) =>
    set((s) => (sameList(s.highlightedWires, ids) ? s : { highlightedWires: ids.length ? [...ids] : NO_WIRES })),
}));

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
