import { useId } from 'react';
import { useUiStore, type ThemeChoice } from '../store/uiStore';

const CHOICES: { value: ThemeChoice; label: string }[] = [
  { value: 'system', label: 'System' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

/** Chooses light, dark, or following the system's setting. */
export function ThemePicker() {
  const id = useId();
  const theme = useUiStore((s) => s.theme);
  const setTheme = useUiStore((s) => s.setTheme);
  return (
    <div className="toolbar-field">
      <label htmlFor={id}>Theme</label>
      <select id={id} className="app-select" value={theme} onChange={(e) => setTheme(e.target.value as ThemeChoice)}>
        {CHOICES.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    </div>
  );
}
