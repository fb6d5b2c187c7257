import type { ReactNode } from 'react';
import { RULE_PROTOCOLS } from '../../../core/model/protocol';
import { useT } from '../../../i18n/useT';
import { NumberField } from '../fields/NumberField';
import { plainOptions, SelectField } from '../fields/SelectField';
import { messages } from '../messages';

/** The protocol and ports a load-balancing rule and an inbound NAT rule share. */
interface PortValues {
  protocol: string;
  frontendPort: number;
  backendPort: number;
}

interface PortFieldsProps {
  values: PortValues;
  onPatch: (patch: Partial<PortValues>) => void;
  /** The examples a mistyped port's message offers, and the frontend port's hint. */
  frontendExample?: string;
  backendExample?: string;
  frontendHint?: string;
  /** The element's own settings, before the protocol (a rule's HA ports switch). */
  children?: ReactNode;
}

/** Protocol, frontend port and backend port in their group; an empty port commits as 0. */
export function PortFields({ values, onPatch, frontendExample, backendExample, frontendHint, children }: PortFieldsProps) {
  const t = useT(messages);
  return (
    <fieldset className="inspector__group">
      <legend>{t('protocolAndPorts')}</legend>
      {children}
      <SelectField
        label={t('protocol')}
        value={values.protocol}
        options={plainOptions(RULE_PROTOCOLS)}
        onChange={(protocol) => onPatch({ protocol })}
      />
      <div className="inspector__pair">
        <NumberField
          label={t('frontendPort')}
          example={frontendExample}
          value={values.frontendPort}
          hint={frontendHint}
          onCommit={(frontendPort) => onPatch({ frontendPort: frontendPort ?? 0 })}
        />
        <NumberField
          label={t('backendPort')}
          example={backendExample}
          value={values.backendPort}
          onCommit={(backendPort) => onPatch({ backendPort: backendPort ?? 0 })}
        />
      </div>
    </fieldset>
  );
}
