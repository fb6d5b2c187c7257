import { useLayoutEffect } from 'react';
import { useLanguageStore } from './language';

/** Keeps `<html lang>` in step with the chosen language, so screen readers and fonts use the right one. */
export function useDocumentLanguage(): void {
  const language = useLanguageStore((s) => s.language);
  useLayoutEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
}
