import { upsertProbe } from '../../../core/edit/elements';
import { PROBE_PROTOCOLS } from '../../../core/model/protocol';
import type { Probe } from '../../../core/topology/schema';
import { applyInLb } from '../../../store/lbFocus';
import { parseAnyText } from '../draft';
import { NumberField } from '../fields/NumberField';
import { plainOptions, SelectField } from '../fields/SelectField';
import { TextField } from '../fields/TextField';
import { useT } from '../../../i18n/useT';
import { messages } from '../messages';
import { NameField } from './NameField';

/** The probe's optional timing fields, each a number with Azure's default as its example. */
const TIMING = [
  { field: 'intervalInSeconds', label: 'interval', example: '5' },
  { field: 'probeThreshold', label: 'threshold', example: '1' },
] as const;

/** Edits a health probe (reached from a rule or a diagnostic; probes have no canvas node); renaming it renames the rules' references. */
export function ProbeForm({ probe }: { probe: Probe }) {
  const t = useT(messages);
  const patch = (p: Partial<Omit<Probe, 'name'>>) =>
    applyInLb((t) => {
      const current = t.probes.find((x) => x.name === probe.name);
      return current ? upsertProbe(t, { ...current, ...p }) : t;
    });
  return (
    <>
      <NameField kind="probe" name={probe.name} />
      <SelectField
        label={t('protocol')}
        value={probe.protocol}
        options={plainOptions(PROBE_PROTOCOLS)}
        onChange={(protocol) => patch({ protocol })}
      />
      <NumberField label={t('port')} value={probe.port} onCommit={(port) => patch({ port: port ?? 0 })} />
      <TextField
        label={t('requestPath')}
        value={probe.requestPath ?? ''}
        parse={parseAnyText}
        onCommit={(path) => patch({ requestPath: path === '' ? undefined : path })}
        hint={t('requestPathHint')}
        mono
      />
      {TIMING.map(({ field, label, example }) => (
        <NumberField
          key={field}
          label={t(label)}
          optional
          example={example}
          value={probe[field]}
          onCommit={(value) => patch({ [field]: value })}
        />
      ))}
    </>
  );
}
