import { LOCALES, type Locale } from '../core/i18n/locale';
import { useLanguageStore } from '../i18n/language';
import { useT } from '../i18n/useT';
import { messages } from './messages';
import { SelectField } from '../lib/ui/SelectField';
import { useUiStore } from '../store/uiStore';

// Each language is named in itself, so a reader finds theirs whatever the current language is.
const NAMES: Record<Locale, string> = { en: 'English', ja: '日本語' };
const OPTIONS = LOCALES.map((l) => ({ value: l, label: NAMES[l], lang: l }));

/** Chooses the UI language (English or Japanese); remembered across visits. */
export function LanguagePicker() {
  const t = useT(messages);
  const language = useLanguageStore((s) => s.language);
  const setLanguage = useLanguageStore((s) => s.setLanguage);
  // A language other than English is fetched first; offline, the picker stays where it was and says why.
  const choose = (next: Locale) =>
    void setLanguage(next).catch(() =>
      useUiStore.getState().notify({ id: 'language', tone: 'error', text: t('languageFailed', { language: NAMES[next] }) }),
    );
  return <SelectField className="toolbar-field" label={t('language')} value={language} options={OPTIONS} onChange={choose} />;
}
