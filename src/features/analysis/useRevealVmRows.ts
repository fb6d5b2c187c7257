import { useEffect, useRef } from 'react';

/**
 * Scrolls the first row of a newly selected VM into view inside the element the returned ref is on; a VM selected on
 * the canvas may have its rows far down the table. Runs when the selected VM changes, not on every render.
 */
export function useRevealVmRows<E extends HTMLElement>(selectedVm: string | undefined) {
  const ref = useRef<E>(null);
  useEffect(() => {
    if (selectedVm === undefined) return;
    const row = ref.current?.querySelector('tr[aria-current="true"]');
    // 'nearest' keeps the page still when the row is already in view.
    row?.scrollIntoView({ block: 'nearest' });
  }, [selectedVm]);
  return ref;
}
