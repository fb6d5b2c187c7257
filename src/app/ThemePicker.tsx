import { useT } from '../i18n/useT';
import { useUiStore, type ThemeChoice } from '../store/uiStore';
import { messages } from './messages';
import { SelectField } from '../lib/ui/SelectField';

const CHOICES: { value: ThemeChoice; label: 'themeSystem' | 'themeLight' | 'themeDark' }[] = [
  { value: 'system', label: 'themeSystem' },
  { value: 'light', label: 'themeLight' },
  { value: 'dark', label: 'themeDark' },
];

/** Chooses light, dark, or following the system's setting. */
export function ThemePicker() {
  const t = useT(messages);
  const theme = useUiStore((s) => s.theme);
  const setTheme = useUiStore((s) => s.setTheme);
  const options = CHOICES.map((c) => ({ value: c.value, label: t(c.label) }));
  return <SelectField className="toolbar-field" label={t('theme')} value={theme} options={options} onChange={setTheme} />;
}
