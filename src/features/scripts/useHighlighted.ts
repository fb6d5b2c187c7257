import { useEffect, useMemo, useState } from 'react';
import type { Flavor } from '../../core/scripts/types';
import { languageFor } from './language';
import { loadHighlighter, type Highlight } from './loadHighlighter';

/** The script as highlighted HTML, or undefined (show plain text) until the highlighter has loaded. */
export function useHighlighted(text: string, flavor: Flavor): string | undefined {
  const [highlight, setHighlight] = useState<Highlight>();
  useEffect(() => {
    if (highlight || !text) return;
    let live = true;
    loadHighlighter().then(
      // A function in state must be wrapped, or React would call it as an updater.
      (h) => live && setHighlight(() => h),
      // Offline or a stale deployment: plain text is a complete answer, so stay with it.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [highlight, text]);
  return useMemo(() => (highlight && text ? highlight(text, languageFor(flavor)) : undefined), [highlight, text, flavor]);
}
