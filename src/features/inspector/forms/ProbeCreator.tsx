import { useState } from 'react';
import { uniqueName, updateElement, upsertProbe } from '../../../core/edit/elements';
import { PROBE_PROTOCOLS } from '../../../core/model/protocol';
import type { Probe, Rule } from '../../../core/topology/schema';
import { useTopologyStore } from '../../../store/topologyStore';
import { parseInteger } from '../draft';
import { FieldShell } from '../fields/FieldShell';
import { plainOptions, SelectField } from '../fields/SelectField';

interface ProbeCreatorProps {
  rule: Rule;
  onDone: () => void;
}

/** A small form that adds a probe and attaches it to the rule in one undo step. */
export function ProbeCreator({ rule, onDone }: ProbeCreatorProps) {
  const probes = useTopologyStore((s) => s.topology.probes);
  const apply = useTopologyStore((s) => s.apply);
  const [name, setName] = useState(() => uniqueName(probes.map((p) => p.name), 'probe'));
  const [protocol, setProtocol] = useState('Tcp');
  const [port, setPort] = useState(String(rule.backendPort || 80));
  const [requestPath, setRequestPath] = useState('/');
  const wantsPath = protocol !== 'Tcp';
  const nameProblem = name.trim() === '' ? 'Give the probe a name.' : probes.some((p) => p.name === name) ? `A probe is already named "${name}"; pick another name.` : undefined;
  const parsedPort = parseInteger(port, '80');
  const portProblem = parsedPort.ok ? undefined : parsedPort.problem;
  const pathProblem = wantsPath && !requestPath.startsWith('/') ? 'An Http or Https probe needs a path starting with "/", like /health.' : undefined;
  const valid = !nameProblem && !portProblem && !pathProblem;

  const create = () => {
    if (!valid || !parsedPort.ok) return;
    const probe: Probe = { name, protocol, port: parsedPort.value, ...(wantsPath ? { requestPath } : {}) };
    apply((t) => updateElement(upsertProbe(t, probe), 'rule', rule.name, { probe: name }));
    onDone();
  };

  return (
    <div className="probe-creator" role="group" aria-label="New probe">
      <Input label="Probe name" value={name} onChange={setName} problem={nameProblem} />
      <SelectField label="Probe protocol" value={protocol} options={plainOptions(PROBE_PROTOCOLS)} onChange={setProtocol} />
      <Input label="Probe port" value={port} onChange={setPort} problem={portProblem} />
      {wantsPath && <Input label="Request path" value={requestPath} onChange={setRequestPath} problem={pathProblem} />}
      <div className="inspector__actions">
        <button type="button" className="inspector__button inspector__button--primary" disabled={!valid} onClick={create}>
          Create and use
        </button>
        <button type="button" className="inspector__button" onClick={onDone}>
          Cancel
        </button>
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
