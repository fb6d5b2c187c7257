import { renameElement, renameProbe } from '../../../core/edit/elements';
import type { NodeKind } from '../../../core/edit/ids';
import type { Locale } from '../../../core/i18n/locale';
import type { LbTopology } from '../../../core/topology/schema';
import { applyInLb, useLbTopology } from '../../../store/lbFocus';
import { useUiStore } from '../../../store/uiStore';
import { TextField } from '../fields/TextField';
import { useLanguage, useT } from '../../../i18n/useT';
import { messages } from '../messages';

interface NameFieldProps {
  /** A canvas element, or a health probe (no canvas node, renamed with the rules that use it). */
  kind: NodeKind | 'probe';
  name: string;
}

const rename = (kind: NodeKind | 'probe') =>
  kind === 'probe' ? renameProbe : (t: LbTopology, name: string, raw: string, locale?: Locale) => renameElement(t, kind, name, raw, locale);

/** Renames through the core (which updates every reference) and keeps the selection on the element. */
export function NameField({ kind, name }: NameFieldProps) {
  const t = useT(messages);
  const language = useLanguage();
  const topology = useLbTopology();
  const select = useUiStore((s) => s.select);
  return (
    <TextField<string>
      label={t('name')}
      value={name}
      // The core's own reason is the message: the UI never re-derives naming rules.
      parse={(raw) => {
        const result = rename(kind)(topology, name, raw, language);
        return result.ok ? { ok: true, value: raw } : { ok: false, problem: result.reason };
      }}
      onCommit={(newName) => {
        applyInLb((t) => {
          const result = rename(kind)(t, name, newName);
          return result.ok ? result.topology : t;
        });
        const selection = useUiStore.getState().selection;
        select(selection.map((r) => (r.kind === kind && r.name === name ? { ...r, name: newName } : r)));
      }}
    />
  );
}
