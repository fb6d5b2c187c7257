import { useState } from 'react';
import { isHaPorts } from '../../../core/model/protocol';
import type { Rule } from '../../../core/topology/schema';
import { SwitchField } from '../fields/SwitchField';
import { haPortsPatch, portSettingsOf, type PortSettings } from '../haPorts';
import { usePatch } from '../useEdit';
import { useT } from '../../../i18n/useT';
import { messages } from '../messages';
import { PortFields } from './PortFields';

/** Protocol, ports and the HA ports shortcut (All 0/0), which remembers what it replaced. */
export function RulePorts({ rule }: { rule: Rule }) {
  const t = useT(messages);
  const patch = usePatch('rule', rule.name);
  const [beforeHa, setBeforeHa] = useState<PortSettings>();
  return (
    <PortFields values={rule} onPatch={patch}>
      <SwitchField
        label={t('haPorts')}
        checked={isHaPorts(rule)}
        onChange={(on) => {
          if (on) setBeforeHa(portSettingsOf(rule));
          patch(haPortsPatch(on, beforeHa));
        }}
        hint={t('haPortsHint')}
      />
    </PortFields>
  );
}
