import { RULE_PROTOCOLS } from '../../../core/model/protocol';
import type { InboundNatRule } from '../../../core/topology/schema';
import { useT } from '../../../i18n/useT';
import { NumberField } from '../fields/NumberField';
import { plainOptions, SelectField } from '../fields/SelectField';
import { messages } from '../messages';
import { usePatch } from '../useEdit';

/** A NAT rule's protocol and ports; no HA ports shortcut, since a NAT rule always forwards one port. */
export function NatRulePorts({ rule }: { rule: InboundNatRule }) {
  const t = useT(messages);
  const patch = usePatch('natRule', rule.name);
  return (
    <fieldset className="inspector__group">
      <legend>{t('protocolAndPorts')}</legend>
      <SelectField
        label={t('protocol')}
        value={rule.protocol}
        options={plainOptions(RULE_PROTOCOLS)}
        onChange={(protocol) => patch({ protocol })}
      />
      <div className="inspector__pair">
        <NumberField
          label={t('frontendPort')}
          example="50001"
          value={rule.frontendPort}
          hint={t('natFrontendPortHint')}
          onCommit={(frontendPort) => patch({ frontendPort: frontendPort ?? 0 })}
        />
        <NumberField
          label={t('backendPort')}
          example="3389"
          value={rule.backendPort}
          onCommit={(backendPort) => patch({ backendPort: backendPort ?? 0 })}
        />
      </div>
    </fieldset>
  );
}
