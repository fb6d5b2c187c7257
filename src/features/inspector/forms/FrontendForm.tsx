import type { Frontend } from '../../../core/topology/schema';
import { parseAddress } from '../draft';
import { TextField } from '../fields/TextField';
import { usePatch } from '../useEdit';
import { NameField } from './NameField';
import { useLanguage, useT } from '../../../i18n/useT';
import { messages } from '../messages';

/** Edits a frontend IP configuration: its name and address. */
export function FrontendForm({ frontend }: { frontend: Frontend }) {
  const t = useT(messages);
  const language = useLanguage();
  const patch = usePatch('frontend', frontend.name);
  return (
    <>
      <NameField kind="frontend" name={frontend.name} />
      <TextField
        label={t('ipAddress')}
        value={frontend.ip}
        parse={(raw) => parseAddress(raw, language)}
        onCommit={(ip) => patch({ ip })}
        hint={t('ipHint')}
        mono
      />
    </>
  );
}
