import { useState } from 'react';
import { isHaPorts, RULE_PROTOCOLS } from '../../../core/model/protocol';
import type { Rule } from '../../../core/topology/schema';
import { NumberField } from '../fields/NumberField';
import { plainOptions, SelectField } from '../fields/SelectField';
import { SwitchField } from '../fields/SwitchField';
import { haPortsPatch, portSettingsOf, type PortSettings } from '../haPorts';
import { usePatch } from '../useEdit';
import { useT } from '../../../i18n/useT';
import { messages } from '../messages';

/** Protocol, ports and the HA ports shortcut (All 0/0), which remembers what it replaced. */
export function RulePorts({ rule }: { rule: Rule }) {
  const t = useT(messages);
  const patch = usePatch('rule', rule.name);
  const [beforeHa, setBeforeHa] = useState<PortSettings>();
  const haPorts = isHaPorts(rule);
  return (
    <fieldset className="inspector__group">
      <legend>{t('protocolAndPorts')}</legend>
      <SwitchField
        label={t('haPorts')}
        checked={haPorts}
        onChange={(on) => {
          if (on) setBeforeHa(portSettingsOf(rule));
          patch(haPortsPatch(on, beforeHa));
        }}
        hint={t('haPortsHint')}
      />
      <SelectField
        label={t('protocol')}
        value={rule.protocol}
        options={plainOptions(RULE_PROTOCOLS)}
        onChange={(protocol) => patch({ protocol })}
      />
      <div className="inspector__pair">
        <NumberField
          label={t('frontendPort')}
          value={rule.frontendPort}
          onCommit={(frontendPort) => patch({ frontendPort: frontendPort ?? 0 })}
        />
        <NumberField
          label={t('backendPort')}
          value={rule.backendPort}
          onCommit={(backendPort) => patch({ backendPort: backendPort ?? 0 })}
        />
      </div>
    </fieldset>
  );
}
