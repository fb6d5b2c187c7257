// A command, not state: revealing moves the canvas's view, which only the canvas can do.

/**
 * What the canvas brings into view: the selected nodes (the default), or every node of the topology with the
 * selection kept (a lesson step talks about the whole topology, and a view fitted to two nodes cuts the rest off).
 */
export type RevealScope = 'selection' | 'all';

type Revealer = (scope: RevealScope) => void;

const revealers = new Set<Revealer>();

/** Asks the canvas to bring the current selection (uiStore.selection), or with 'all' every node, into view; select first, then reveal. */
export function revealSelection(scope: RevealScope = 'selection'): void {
  for (const reveal of [...revealers]) reveal(scope);
}

/** Lets the canvas answer revealSelection() while mounted; returns the function that stops listening. */
export function onRevealSelection(reveal: Revealer): () => void {
  revealers.add(reveal);
  return () => {
    revealers.delete(reveal);
  };
}
