import { useId, useMemo, useState } from 'react';
import { useCombobox, type UseComboboxState, type UseComboboxStateChangeOptions } from 'downshift';
import { cx } from './cx';
import styles from './Combobox.module.css';

/** One choice of a Combobox: its value and the words it is shown and found by. */
export interface ComboboxItem {
  value: string;
  label: string;
}

interface ComboboxProps {
  /** The field's visible label. */
  label: string;
  items: readonly ComboboxItem[];
  /** The chosen item's value. */
  value: string;
  onChange: (value: string) => void;
  /** How many matches the open list shows at most; the rest are counted in `moreText`. */
  max?: number;
  /** Says how many matches are not shown, and that typing narrows them ("12 more — type to narrow"). */
  moreText: (count: number) => string;
  /** Says that nothing matches what was typed. */
  noneText: (query: string) => string;
  /** The name of the button that opens the list. */
  toggleLabel: string;
  className?: string;
  /** Extra attributes for the text field (a test hook). */
  inputProps?: Record<`data-${string}`, string>;
}

/** The matches of `query` (case-insensitive, anywhere in the label), in the items' order. */
export function matchItems(items: readonly ComboboxItem[], query: string): readonly ComboboxItem[] {
  const q = query.trim().toLowerCase();
  return q === '' ? items : items.filter((item) => item.label.toLowerCase().includes(q));
}

/**
 * A searchable picker (the WAI-ARIA combobox pattern, by downshift): a text field that filters a list of at most
 * `max` matches, with the count of the others. Arrow keys open the list and move, Enter picks, Escape closes it
 * (and a second Escape puts the chosen item's label back), typing narrows. The list is in the DOM only while open,
 * so a picker over hundreds of VMs costs a field, not hundreds of options, when its panel is shown again.
 */
export function Combobox({
  label,
  items,
  value,
  onChange,
  max = 50,
  moreText,
  noneText,
  toggleLabel,
  className,
  inputProps,
}: ComboboxProps) {
  const selected = useMemo(() => items.find((item) => item.value === value) ?? null, [items, value]);
  const restore = selected?.label ?? '';
  const [query, setQuery] = useState(restore);
  // A choice made elsewhere (another VM list, a renamed VM) shows in the field at once.
  const [shownChoice, setShownChoice] = useState(restore);
  if (shownChoice !== restore) {
    setShownChoice(restore);
    setQuery(restore);
  }
  const noteId = useId();
  // The field shows the chosen item's label until the user types: the open list then shows every item.
  const filter = query === selected?.label ? '' : query;
  const matches = useMemo(() => matchItems(items, filter), [items, filter]);
  const shown = matches.length > max ? matches.slice(0, max) : matches;

  const { isOpen, highlightedIndex, getLabelProps, getInputProps, getMenuProps, getItemProps, getToggleButtonProps } =
    useCombobox<ComboboxItem>({
      items: shown as ComboboxItem[],
      itemToString: (item) => item?.label ?? '',
      itemToKey: (item) => item?.value,
      selectedItem: selected,
      inputValue: query,
      onInputValueChange: ({ inputValue }) => setQuery(inputValue),
      onSelectedItemChange: ({ selectedItem }) => {
        if (selectedItem && selectedItem.value !== value) onChange(selectedItem.value);
      },
      stateReducer: (state: UseComboboxState<ComboboxItem>, { type, changes }: UseComboboxStateChangeOptions<ComboboxItem>) => {
        switch (type) {
          // Escape never clears the choice: the first closes the list, the next puts the chosen label back.
          case useCombobox.stateChangeTypes.InputKeyDownEscape:
            return { ...changes, selectedItem: state.selectedItem, inputValue: state.isOpen ? state.inputValue : restore };
          // Leaving the field picks nothing by itself: what was typed gives way to the chosen label.
          case useCombobox.stateChangeTypes.InputBlur:
            return { ...changes, selectedItem: state.selectedItem, inputValue: restore };
          default:
            return changes;
        }
      },
    });

  const more = matches.length - shown.length;
  return (
    <>
      <label {...getLabelProps()}>{label}</label>
      <div className={cx(styles.combobox, className)}>
        <div className={styles.field}>
          <input className={styles.input} {...getInputProps({ 'aria-describedby': isOpen ? noteId : undefined })} {...inputProps} />
          <button type="button" className={styles.toggle} aria-label={toggleLabel} {...getToggleButtonProps()}>
            <span aria-hidden="true">▾</span>
          </button>
        </div>
        <div className={styles.popup} hidden={!isOpen}>
          <ul className={styles.list} {...getMenuProps()}>
            {isOpen &&
              shown.map((item, index) => (
                <li
                  key={item.value}
                  className={cx(styles.option, index === highlightedIndex && styles.active, item.value === value && styles.chosen)}
                  {...getItemProps({ item, index })}
                >
                  {item.label}
                </li>
              ))}
          </ul>
          {isOpen && (more > 0 || shown.length === 0) && (
            <p id={noteId} className={styles.note}>
              {shown.length === 0 ? noneText(filter) : moreText(more)}
            </p>
          )}
        </div>
      </div>
    </>
  );
}
