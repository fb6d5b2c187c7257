/** The theme the page shows now (src/app keeps <html data-theme> resolved to light or dark). */
export function pageTheme(): 'light' | 'dark' {
  return document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light';
}
