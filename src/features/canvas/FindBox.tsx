import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { useT } from '../../i18n/useT';
import { VisuallyHidden } from '../../lib/ui/VisuallyHidden';
import { revealSelection } from '../../store/revealSelection';
import { useTopologyStore } from '../../store/topologyStore';
import { useUiStore } from '../../store/uiStore';
import { findEntries, matchFind, type FindEntry } from './findIndex';
import { messages } from './messages';
import './scale.css';

const KIND_LABEL = {
  frontend: 'palette.frontend',
  rule: 'palette.rule',
  natRule: 'palette.natRule',
  backendPool: 'palette.backendPool',
  vm: 'palette.vm',
  probe: 'find.kind.probe',
} as const satisfies Record<FindEntry['kind'], keyof typeof messages.en>;

/**
 * A find box (the ARIA combobox pattern): type a name or an address, choose a suggestion with the arrow keys and
 * Enter (or a click), and the element is selected and revealed on the canvas.
 */
export function FindBox() {
  const t = useT(messages);
  const id = useId();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const typing = query.trim() !== '';
  // Subscribed, and the list built once per topology, only while something is typed: an edit does not even
  // re-render an empty box.
  const topology = useTopologyStore((s) => (typing ? s.topology : undefined));
  const entries = useMemo(() => (topology ? findEntries(topology) : []), [topology]);
  const found = useMemo(() => matchFind(entries, query), [entries, query]);
  const shown = open && typing;
  const several = (topology?.loadBalancers.length ?? 0) > 1;

  const choose = (e: FindEntry) => {
    useUiStore.getState().select(e.refs);
    revealSelection();
    setQuery(e.name);
    setOpen(false);
    setActive(-1);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setOpen(true);
      if (!found.length) return;
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((a) => (a < 0 && step < 0 ? found.length - 1 : (a + step + found.length) % found.length));
    } else if (e.key === 'Enter') {
      const pick = found[active] ?? (found.length ? found[0] : undefined);
      if (pick && shown) {
        e.preventDefault();
        choose(pick);
      }
    } else if (e.key === 'Escape') {
      // The first Escape closes the suggestions, the second clears the box.
      if (shown) setOpen(false);
      else setQuery('');
      setActive(-1);
    }
  };

  const optionId = (i: number) => `${id}-option-${i}`;
  return (
    <span className="fp-find">
      <input
        type="search"
        role="combobox"
        className="fp-find__input"
        aria-label={t('findLabel')}
        placeholder={t('findPlaceholder')}
        aria-expanded={shown}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={shown && active >= 0 && active < found.length ? optionId(active) : undefined}
        autoComplete="off"
        spellCheck={false}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <ul id={`${id}-list`} role="listbox" aria-label={t('findSuggestions')} className="fp-find__list" hidden={!shown || !found.length}>
        {shown &&
          found.map((e, i) => (
            <li
              key={`${e.loadBalancer ?? ''}/${e.kind}:${e.name}`}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              className="fp-find__option"
              // Pressing the mouse would blur the input and close the list before the click lands.
              onMouseDown={(ev) => ev.preventDefault()}
              onClick={() => choose(e)}
            >
              <span className="fp-find__kind">{t(KIND_LABEL[e.kind])}</span> <span className="fp-find__name">{e.name}</span>
              {e.detail && <span className="fp-find__detail"> {e.detail}</span>}
              {e.loadBalancer !== undefined && several && <span className="fp-find__detail"> ({e.loadBalancer})</span>}
            </li>
          ))}
      </ul>
      {shown && !found.length && <span className="fp-find__none">{t('findNone', { query: query.trim() })}</span>}
      <VisuallyHidden role="status">{shown && found.length ? t('findCount', { n: found.length }) : ''}</VisuallyHidden>
    </span>
  );
}
