import { useId } from 'react';
import type { Topology } from '../../core/topology/schema';
import { useT } from '../../i18n/useT';
import { LoadErrors } from './LoadErrors';
import { messages } from './messages';
import { PRESETS } from './presets';
import { usePresetLoader } from './usePresetLoader';

interface PresetPickerProps {
  /** The preset whose topology is shown now, or '' when the topology on screen is not an unchanged preset. */
  current: string;
  onLoaded: (file: string, topology: Topology) => void;
}

/** Picks a shipped example topology; shows load errors without replacing the topology on screen. */
export function PresetPicker({ current, onLoaded }: PresetPickerProps) {
  const id = useId();
  const { pending, failure, load } = usePresetLoader(onLoaded);
  const t = useT(messages);
  const labelOf = (file: string) => (file in messages.en ? t(file as keyof typeof messages.en) : (PRESETS.find((p) => p.file === file)?.label ?? file));
  const showing = current ? t('showingPreset', { name: labelOf(current) }) : t('yourTopology');

  return (
    <div className="preset-picker">
      {/* "Example" on screen, "Example topology" for assistive technology: the name contains the visible text. */}
      <label htmlFor={id}>
        {t('example')}
        <span className="visually-hidden">{t('exampleHidden')}</span>
      </label>
      <select
        id={id}
        className="app-select"
        value={pending ?? current}
        aria-busy={pending !== null}
        onChange={(e) => void load(e.target.value)}
      >
        {/* Shown while the topology on screen is not an unchanged example; choosing one loads it. */}
        <option value="" disabled>
          {t('choose')}
        </option>
        {PRESETS.map((p) => (
          <option key={p.file} value={p.file}>
            {labelOf(p.file)}
          </option>
        ))}
      </select>
      <span className="preset-picker__status" role="status">
        {pending ? t('loading', { name: labelOf(pending) }) : ''}
      </span>
      {failure ? (
        <LoadErrors title={t('failed', { name: labelOf(failure.file), file: failure.file, showing })} errors={failure.errors} />
      ) : null}
    </div>
  );
}
