import { useUiStore } from '../../store/uiStore';

/** Edits the selected element (placeholder until the inspector lands). */
export function Inspector() {
  const selected = useUiStore((s) => s.selection[0]);
  return <p className="inspector__empty">{selected ? `${selected.kind} ${selected.name}` : 'Select an element to edit it.'}</p>;
}
