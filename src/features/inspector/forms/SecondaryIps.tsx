import { useState } from 'react';
import type { Vm } from '../../../core/topology/schema';
import { parseAddress } from '../draft';
import { FieldShell } from '../fields/FieldShell';
import { TextField } from '../fields/TextField';
import { usePatch } from '../useEdit';
import { useLanguage, useT } from '../../../i18n/useT';
import { messages } from '../messages';
import { Button } from '../../../lib/ui/Button';

/** The NIC's secondary IP configurations: edit, remove, add. */
export function SecondaryIps({ vm }: { vm: Vm }) {
  const t = useT(messages);
  const language = useLanguage();
  const patch = usePatch('vm', vm.name);
  const ips = vm.nic.secondaryIps ?? [];
  const write = (next: string[]) => patch({ nic: { ...vm.nic, secondaryIps: next.length > 0 ? next : undefined } });
  return (
    <div className="inspector__secondaries">
      <ul className="inspector__list">
        {ips.map((ip, i) => (
          <li key={i} className="inspector__member">
            <TextField
              label={t('secondaryIp', { n: i + 1 })}
              value={ip}
              parse={(raw) => parseAddress(raw, language)}
              onCommit={(value) => write(ips.map((x, j) => (j === i ? value : x)))}
              mono
            />
            <Button size="sm" onClick={() => write(ips.filter((_, j) => j !== i))}>
              {t('remove', { name: ip })}
            </Button>
          </li>
        ))}
      </ul>
      <AddSecondary onAdd={(ip) => write([...ips, ip])} />
    </div>
  );
}

function AddSecondary({ onAdd }: { onAdd: (ip: string) => void }) {
  const t = useT(messages);
  const language = useLanguage();
  const [text, setText] = useState('');
  const parsed = parseAddress(text, language);
  // An empty box is not an error yet: nothing has been typed.
  const problem = text !== '' && !parsed.ok ? parsed.problem : undefined;
  const add = () => {
    if (!parsed.ok) return;
    onAdd(parsed.value);
    setText('');
  };
  return (
    <div className="inspector__add">
      <FieldShell label={t('newSecondaryIp')} problem={problem}>
        {({ control, describedBy }) => (
          <input
            id={control}
            className="field__input field__input--mono"
            value={text}
            placeholder="10.0.0.15"
            aria-invalid={problem ? true : undefined}
            aria-describedby={describedBy}
            onChange={(e) => setText(e.target.value)}
            onKeyDown={(e) => e.key === 'Enter' && add()}
          />
        )}
      </FieldShell>
      <Button size="sm" disabled={!parsed.ok} onClick={add}>
        {t('addIp')}
      </Button>
    </div>
  );
}
