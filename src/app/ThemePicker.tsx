import { useId } from 'react';
import { useT } from '../i18n/useT';
import { useUiStore, type ThemeChoice } from '../store/uiStore';
import { messages } from './messages';
import { Select } from '../lib/ui/Field';

const CHOICES: { value: ThemeChoice; label: 'themeSystem' | 'themeLight' | 'themeDark' }[] = [
  { value: 'system', label: 'themeSystem' },
  { value: 'light', label: 'themeLight' },
  { value: 'dark', label: 'themeDark' },
];

/** Chooses light, dark, or following the system's setting. */
export function ThemePicker() {
  const id = useId();
  const t = useT(messages);
  const theme = useUiStore((s) => s.theme);
  const setTheme = useUiStore((s) => s.setTheme);
  return (
    <div className="toolbar-field">
      <label htmlFor={id}>{t('theme')}</label>
      <Select id={id} value={theme} onChange={(e) => setTheme(e.target.value as ThemeChoice)}>
        {CHOICES.map((c) => (
          <option key={c.value} value={c.value}>
            {t(c.label)}
          </option>
        ))}
      </Select>
    </div>
  );
}
