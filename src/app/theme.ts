import type { ThemeChoice } from '../store/uiStore';

/** Where the theme choice is remembered. index.html reads the same key before the first paint. */
export const THEME_KEY = 'floatplan.theme';

/** A stored value as a theme choice; anything unknown means "follow the system". */
export function parseThemeChoice(raw: string | null | undefined): ThemeChoice {
  return raw === 'light' || raw === 'dark' ? raw : 'system';
}

/** The theme to show: the choice, or the system's preference when the choice is "system". */
export function resolveTheme(choice: ThemeChoice, systemPrefersDark: boolean): 'light' | 'dark' {
  if (choice !== 'system') return choice;
  return systemPrefersDark ? 'dark' : 'light';
}
