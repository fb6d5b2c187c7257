import { useState } from 'react';
import type { Rule } from '../../../core/topology/schema';
import { useLbTopology } from '../../../store/lbFocus';
import { SelectField } from '../fields/SelectField';
import { usePatch } from '../useEdit';
import { GoToButton } from './GoToButton';
import { ProbeCreator } from './ProbeCreator';
import { useT } from '../../../i18n/useT';
import { messages } from '../messages';
import { Button } from '../../../lib/ui/Button';

const NONE = '';

/** The rule's health probe: pick one, none, or create one (probes have no canvas node). */
export function RuleProbe({ rule }: { rule: Rule }) {
  const t = useT(messages);
  const probes = useLbTopology().probes;
  const patch = usePatch('rule', rule.name);
  const [creating, setCreating] = useState(false);
  const options = [
    { value: NONE, label: t('none') },
    ...probes.map((p) => ({ value: p.name, label: `${p.name} (${p.protocol} ${p.port}${p.requestPath ? ` ${p.requestPath}` : ''})` })),
  ];
  return (
    <fieldset className="inspector__group">
      <legend>{t('healthProbe')}</legend>
      <SelectField
        label={t('probe')}
        value={rule.probe ?? NONE}
        options={options}
        onChange={(v) => patch({ probe: v === NONE ? undefined : v })}
      />
      {rule.probe !== undefined && probes.some((p) => p.name === rule.probe) && (
        <GoToButton kind="probe" name={rule.probe} label={t('editProbe')} />
      )}
      {creating ? (
        <ProbeCreator rule={rule} onDone={() => setCreating(false)} />
      ) : (
        <Button size="sm" onClick={() => setCreating(true)}>
          {t('newProbeButton')}
        </Button>
      )}
    </fieldset>
  );
}
