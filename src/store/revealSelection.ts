// A command, not state: revealing moves the canvas's view, which only the canvas can do.
type Revealer = () => void;

const revealers = new Set<Revealer>();

/** Asks the canvas to bring the current selection (uiStore.selection) into view; select first, then reveal. */
export function revealSelection(): void {
  for (const reveal of [...revealers]) reveal();
}

/** Lets the canvas answer revealSelection() while mounted; returns the function that stops listening. */
export function onRevealSelection(reveal: Revealer): () => void {
  revealers.add(reveal);
  return () => {
    revealers.delete(reveal);
  };
}
