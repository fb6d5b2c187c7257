import { useState } from 'react';

/**
 * `value` as it was the last time `open` was true. A hidden tab keeps the inputs it last showed, so memos keyed
 * on them compute nothing while it is hidden (edits elsewhere) and nothing again when it reopens unchanged.
 * @example const { rows } = useWhileOpen(tab === 'trace', analysis)
 */
export function useWhileOpen<T>(open: boolean, value: T): T {
  // Boxed: a function value would otherwise be taken for a state updater.
  const [kept, setKept] = useState({ value });
  // Adopted during render (not in an effect), so an opened tab's first frame already shows current inputs.
  if (open && kept.value !== value) setKept({ value });
  return open ? value : kept.value;
}
