import { useMemo } from 'react';
import type { Flavor } from '../../core/scripts/types';
import { languageFor } from './language';
import { loadHighlighter } from './lazyModules';
import { useLoaded } from '../../lib/useLoaded';

/** The script as highlighted HTML, or undefined (show plain text) until the highlighter has loaded or if it cannot. */
export function useHighlighted(text: string, flavor: Flavor): string | undefined {
  const highlighter = useLoaded(loadHighlighter, text !== '').module;
  return useMemo(
    () => (highlighter && text ? highlighter.highlightScript(text, languageFor(flavor)) : undefined),
    [highlighter, text, flavor],
  );
}
