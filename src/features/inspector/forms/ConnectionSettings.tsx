import type { ReactNode } from 'react';
import { useT } from '../../../i18n/useT';
import { NumberField } from '../fields/NumberField';
import { SwitchField } from '../fields/SwitchField';
import { messages } from '../messages';

/** The connection settings a load-balancing rule and an inbound NAT rule share. */
export interface ConnectionValues {
  idleTimeoutMinutes?: number;
  enableTcpReset?: boolean;
}

interface ConnectionSettingsProps {
  values: ConnectionValues;
  onPatch: (patch: ConnectionValues) => void;
  /** The element's own settings after the shared ones. */
  children?: ReactNode;
}

/** Idle timeout and TCP reset in their group, then any settings of the element's own; unset shows Azure's default. */
export function ConnectionSettings({ values, onPatch, children }: ConnectionSettingsProps) {
  const t = useT(messages);
  return (
    <fieldset className="inspector__group">
      <legend>{t('connectionSettings')}</legend>
      <NumberField
        label={t('idleTimeout')}
        optional
        example="4"
        value={values.idleTimeoutMinutes}
        placeholder={t('idleDefault')}
        hint={t('idleHint')}
        onCommit={(idleTimeoutMinutes) => onPatch({ idleTimeoutMinutes })}
      />
      <SwitchField
        label={t('tcpReset')}
        checked={values.enableTcpReset ?? false}
        onChange={(enableTcpReset) => onPatch({ enableTcpReset })}
      />
      {children}
    </fieldset>
  );
}
