import { useLayoutEffect } from 'react';
import { useUiStore } from '../store/uiStore';
import { THEME_KEY, parseThemeChoice, resolveTheme } from './theme';

const DARK_QUERY = '(prefers-color-scheme: dark)';

/** The remembered theme choice ("system" when none or when storage is unavailable). */
export function readThemeChoice() {
  try {
    return parseThemeChoice(window.localStorage.getItem(THEME_KEY));
  } catch {
    return parseThemeChoice(null);
  }
}

/** Keeps `data-theme` on <html> in step with the choice (and with the system, in system mode) and remembers the choice. */
export function useTheme(): void {
  const choice = useUiStore((s) => s.theme);

  // A layout effect, so a changed theme is never painted with the old colours first.
  useLayoutEffect(() => {
    const media = window.matchMedia(DARK_QUERY);
    const apply = () => {
      document.documentElement.dataset.theme = resolveTheme(choice, media.matches);
    };
    apply();
    try {
      window.localStorage.setItem(THEME_KEY, choice);
    } catch {
      // Not remembered across visits; the theme still applies now.
    }
    if (choice !== 'system') return;
    media.addEventListener('change', apply);
    return () => media.removeEventListener('change', apply);
  }, [choice]);
}
