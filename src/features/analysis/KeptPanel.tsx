import { Activity, useState, type ReactNode } from 'react';

/**
 * A tab panel's content that keeps its state while hidden: nothing is rendered until the tab is first
 * opened; after that React's Activity keeps it (state and DOM) but hidden, with its effects stopped and
 * its updates left for idle time, so an edit or a selection elsewhere does not wait for it.
 */
export function KeptPanel({ open, children }: { open: boolean; children: ReactNode }) {
  const [opened, setOpened] = useState(open);
  // Adopted during render, so the first frame of an opened tab already shows its content.
  if (open && !opened) setOpened(true);
  return <Activity mode={open ? 'visible' : 'hidden'}>{opened || open ? children : null}</Activity>;
}
