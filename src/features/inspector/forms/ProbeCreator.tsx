import { useState } from 'react';
import { uniqueName, updateElement, upsertProbe } from '../../../core/edit/elements';
import { PROBE_PROTOCOLS } from '../../../core/model/protocol';
import type { Probe, Rule } from '../../../core/topology/schema';
import { applyInLb, useLbTopology } from '../../../store/lbFocus';
import { parseInteger } from '../draft';
import { FieldShell } from '../fields/FieldShell';
import { plainOptions, SelectField } from '../fields/SelectField';
import { useLanguage, useT } from '../../../i18n/useT';
import { messages } from '../messages';
import { Button } from '../../../lib/ui/Button';

interface ProbeCreatorProps {
  rule: Rule;
  onDone: () => void;
}

/** A small form that adds a probe and attaches it to the rule in one undo step. */
export function ProbeCreator({ rule, onDone }: ProbeCreatorProps) {
  const t = useT(messages);
  const language = useLanguage();
  const probes = useLbTopology().probes;
  const [name, setName] = useState(() =>
    uniqueName(
      probes.map((p) => p.name),
      'probe',
    ),
  );
  const [protocol, setProtocol] = useState('Tcp');
  const [port, setPort] = useState(String(rule.backendPort || 80));
  const [requestPath, setRequestPath] = useState('/');
  const wantsPath = protocol !== 'Tcp';
  const nameProblem =
    name.trim() === '' ? t('probeNameEmpty') : probes.some((p) => p.name === name) ? t('probeNameTaken', { name }) : undefined;
  const parsedPort = parseInteger(port, '80', language);
  const portProblem = parsedPort.ok ? undefined : parsedPort.problem;
  const pathProblem = wantsPath && !requestPath.startsWith('/') ? t('probePathProblem') : undefined;
  const valid = !nameProblem && !portProblem && !pathProblem;

  const create = () => {
    if (!valid || !parsedPort.ok) return;
    const probe: Probe = { name, protocol, port: parsedPort.value, ...(wantsPath ? { requestPath } : {}) };
    applyInLb((t) => updateElement(upsertProbe(t, probe), 'rule', rule.name, { probe: name }));
    onDone();
  };

  return (
    <div className="probe-creator" role="group" aria-label={t('newProbe')}>
      <Input label={t('probeName')} value={name} onChange={setName} problem={nameProblem} />
      <SelectField label={t('probeProtocol')} value={protocol} options={plainOptions(PROBE_PROTOCOLS)} onChange={setProtocol} />
      <Input label={t('probePort')} value={port} onChange={setPort} problem={portProblem} />
      {wantsPath && <Input label={t('requestPath')} value={requestPath} onChange={setRequestPath} problem={pathProblem} />}
      <div className="inspector__actions">
        <Button variant="primary" disabled={!valid} onClick={create}>
          {t('createAndUse')}
        </Button>
        <Button onClick={onDone}>{t('cancel')}</Button>
      </div>
    </div>
  );
}

function Input({ label, value, onChange, problem }: { label: string; value: string; onChange: (v: string) => void; problem?: string }) {
  return (
    <FieldShell label={label} problem={problem}>
      {({ control, describedBy }) => (
        <input
          id={control}
          className="field__input"
          value={value}
          aria-invalid={problem ? true : undefined}
          aria-describedby={describedBy}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </FieldShell>
  );
}
