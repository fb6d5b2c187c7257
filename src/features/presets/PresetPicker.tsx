import { useId } from 'react';
import type { Topology } from '../../core/topology/schema';
import { useT } from '../../i18n/useT';
import { LoadErrors } from './LoadErrors';
import { messages } from './messages';
import { PRESETS } from './presets';
import { usePresetLoader } from './usePresetLoader';
import { Select } from '../../lib/ui/Field';
import { VisuallyHidden } from '../../lib/ui/VisuallyHidden';
import './presets.css';

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
  const labelOf = (file: string) =>
    file in messages.en ? t(file as keyof typeof messages.en) : (PRESETS.find((p) => p.file === file)?.label ?? file);
  const showing = current ? t('showingPreset', { name: labelOf(current) }) : t('yourTopology');

  return (
    <div className="preset-picker">
      {/* "Example" on screen, "Example topology" for assistive technology: the name contains the visible text. */}
      <label htmlFor={id}>
        {t('example')}
        <VisuallyHidden>{t('exampleHidden')}</VisuallyHidden>
      </label>
      {/* The title names the whole example where a narrow header cuts the select's text. */}
      <Select
        id={id}
        value={pending ?? current}
        title={current ? labelOf(current) : t('choose')}
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
      </Select>
      {/* Announced; on screen the select's aria-busy state is enough, and the header does not jump. */}
      <VisuallyHidden role="status">{pending ? t('loading', { name: labelOf(pending) }) : ''}</VisuallyHidden>
      {failure ? (
        <LoadErrors title={t('failed', { name: labelOf(failure.file), file: failure.file, showing })} errors={failure.errors} />
      ) : null}
    </div>
  );
}
