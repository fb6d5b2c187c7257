import { useId } from 'react';
import { LOCALES, type Locale } from '../core/i18n/locale';
import { useLanguageStore } from '../i18n/language';
import { useT } from '../i18n/useT';
import { messages } from './messages';
import { Select } from '../lib/ui/Field';

// Each language is named in itself, so a reader finds theirs whatever the current language is.
const NAMES: Record<Locale, string> = { en: 'English', ja: '日本語' };

/** Chooses the UI language (English or Japanese); remembered across visits. */
export function LanguagePicker() {
  const id = useId();
  const t = useT(messages);
  const language = useLanguageStore((s) => s.language);
  const setLanguage = useLanguageStore((s) => s.setLanguage);
  return (
    <div className="toolbar-field">
      <label htmlFor={id}>{t('language')}</label>
      <Select id={id} value={language} onChange={(e) => setLanguage(e.target.value as Locale)}>
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>
            {NAMES[l]}
          </option>
        ))}
      </Select>
    </div>
  );
}
