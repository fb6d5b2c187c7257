import { useId } from 'react';
import type { Topology } from '../../core/topology/schema';
import { LoadErrors } from './LoadErrors';
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
  const labelOf = (file: string) => PRESETS.find((p) => p.file === file)?.label ?? file;
  const showing = current ? `“${labelOf(current)}”` : 'your topology';

  return (
    <div className="preset-picker">
      {/* "Example" on screen, "Example topology" for assistive technology: the name contains the visible text. */}
      <label htmlFor={id}>
        Example<span className="visually-hidden"> topology</span>
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
          Choose an example…
        </option>
        {PRESETS.map((p) => (
          <option key={p.file} value={p.file}>
            {p.label}
          </option>
        ))}
      </select>
      <span className="preset-picker__status" role="status">
        {pending ? `Loading ${labelOf(pending)}…` : ''}
      </span>
      {failure ? (
        <LoadErrors title={`Could not load “${labelOf(failure.file)}” (${failure.file}). Still showing ${showing}.`} errors={failure.errors} />
      ) : null}
    </div>
  );
}
