import { useId, type ReactNode } from 'react';
import { formatEndpoint } from '../../core/net/address';
import type { TraceExamples } from '../../core/trace/exampleEndpoints';
import { useT } from '../../i18n/useT';
import { choiceKey, parseChoiceKey, vmsOfRule, type RuleChoice } from './choices';
import { messages } from './messages';
import type { TraceInputs } from './useTraceInputs';
import type { PickedLb } from '../../store/lbPick';

/**
 * The load balancer picker (a topology with several): its rules are the ones the rule picker offers. Bare inside
 * the controls' row; on its own, in a row of its own.
 */
export function TraceLbPicker({ lb, bare = false }: { lb: PickedLb; bare?: boolean }) {
  const t = useT(messages);
  const field = (
    <label className="trace-field">
      <span>{t('loadBalancer')}</span>
      <select value={lb.name} onChange={(e) => lb.pick(e.target.value)} data-trace-lb>
        {lb.names.map((name) => (
          <option key={name} value={name}>
            {name}
          </option>
        ))}
      </select>
    </label>
  );
  return bare ? field : <div className="trace-controls">{field}</div>;
}

/**
 * The load balancer picker (several only), the rule and VM pickers, the client endpoint field, (HA ports only) the destination port field, and per pool mode
 * the active node picker (a cluster) or the destination behind the appliance (an appliance pool).
 */
export function TraceControls({
  inputs,
  examples,
  lb,
  children,
}: {
  inputs: TraceInputs;
  examples: TraceExamples;
  lb?: PickedLb;
  /** More pickers after the VM's (the chain's regional frontend or appliance). */
  children?: ReactNode;
}) {
  const id = useId();
  const t = useT(messages);
  const { pick, row } = inputs;
  if (!pick || !row) return null;

  return (
    <div className="trace-controls">
      {lb && <TraceLbPicker lb={lb} bare />}
      <label className="trace-field">
        <span>{t('rule')}</span>
        <select value={choiceKey(pick)} onChange={(e) => inputs.pickRule(parseChoiceKey(e.target.value))}>
          <RuleOptions rules={inputs.choices.rules} />
        </select>
      </label>
      <label className="trace-field">
        <span>{t('vm')}</span>
        <select value={pick.vm} onChange={(e) => inputs.pickVm(e.target.value)}>
          {vmsOfRule(inputs.choices, pick).map((v) => (
            <option key={v} value={v}>
              {v}
            </option>
          ))}
        </select>
      </label>
      {inputs.fields.active && inputs.active !== undefined && (
        <label className="trace-field">
          <span>{t('activeNode')}</span>
          <select value={inputs.active} onChange={(e) => inputs.pickActive(e.target.value)}>
            {inputs.members.map((v) => (
              <option key={v} value={v}>
                {v}
              </option>
            ))}
          </select>
        </label>
      )}
      {children}
      <TextField
        id={`${id}-client`}
        label={t('clientEndpoint')}
        value={inputs.clientText}
        placeholder={examples.client}
        onChange={inputs.setClientText}
        error={inputs.client.ok ? undefined : t(inputs.client.error)}
      />
      {row.haPorts && (
        <TextField
          id={`${id}-port`}
          label={t('destinationPort')}
          value={inputs.portText}
          placeholder="443"
          inputMode="numeric"
          onChange={inputs.setPortText}
          error={inputs.port.ok ? undefined : t(inputs.port.error)}
        />
      )}
      {inputs.fields.destination && (
        <TextField
          id={`${id}-destination`}
          label={t('destinationBehind')}
          value={inputs.destinationText}
          placeholder={formatEndpoint(examples.destinationIp, 443)}
          onChange={inputs.setDestinationText}
          error={inputs.destination.ok ? undefined : t(inputs.destination.error)}
        />
      )}
    </div>
  );
}

/** The rules as options; grouped by kind when there are inbound NAT rules too. */
function RuleOptions({ rules }: { rules: readonly RuleChoice[] }) {
  const t = useT(messages);
  const options = (kind: RuleChoice['kind']) =>
    rules
      .filter((r) => r.kind === kind)
      .map((r) => (
        <option key={choiceKey(r)} value={choiceKey(r)}>
          {r.rule}
        </option>
      ));
  if (!rules.some((r) => r.kind === 'natRule')) return <>{options('rule')}</>;
  return (
    <>
      {rules.some((r) => r.kind === 'rule') && <optgroup label={t('loadBalancingRules')}>{options('rule')}</optgroup>}
      <optgroup label={t('inboundNatRules')}>{options('natRule')}</optgroup>
    </>
  );
}

interface TextFieldProps {
  id: string;
  label: string;
  value: string;
  placeholder: string;
  inputMode?: 'numeric';
  onChange: (value: string) => void;
  error: string | undefined;
}

function TextField({ id, label, value, placeholder, inputMode, onChange, error }: TextFieldProps) {
  return (
    <div className="trace-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        spellCheck={false}
        autoComplete="off"
        inputMode={inputMode}
        value={value}
        placeholder={placeholder}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
      {error && (
        <p id={`${id}-error`} className="trace-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
