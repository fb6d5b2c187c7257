import type { FrontendRef } from '../../core/topology/schema';
import { useT } from '../../i18n/useT';
import { messages } from './messages';

/** The chain choices of the picked flow (core chainChoices) and what is picked; undefined picks mean the core's default. */
export interface ChainPicks {
  regionals: readonly FrontendRef[];
  appliances: readonly string[];
  regional: FrontendRef | undefined;
  appliance: string | undefined;
  pickRegional: (ref: FrontendRef) => void;
  pickAppliance: (vm: string) => void;
}

const refKey = (r: FrontendRef) => JSON.stringify([r.loadBalancer, r.frontend]);

/**
 * The regional frontend behind a Global rule, or the Gateway appliance of a chained frontend, as a select; nothing
 * for a flow without a chain. The first choice is the core's default.
 */
export function ChainPicker({ picks }: { picks: ChainPicks }) {
  const t = useT(messages);
  const { regionals, appliances } = picks;
  if (regionals.length) {
    const value = picks.regional ?? regionals[0]!;
    return (
      <label className="trace-field">
        <span>{t('regionalFrontend')}</span>
        <select
          value={refKey(value)}
          data-trace-regional
          onChange={(e) => picks.pickRegional(regionals.find((r) => refKey(r) === e.target.value) ?? regionals[0]!)}
        >
          {regionals.map((r) => (
            <option key={refKey(r)} value={refKey(r)}>{`${r.loadBalancer}/${r.frontend}`}</option>
          ))}
        </select>
      </label>
    );
  }
  if (!appliances.length) return null;
  return (
    <label className="trace-field">
      <span>{t('gatewayAppliance')}</span>
      <select value={picks.appliance ?? appliances[0]} data-trace-appliance onChange={(e) => picks.pickAppliance(e.target.value)}>
        {appliances.map((vm) => (
          <option key={vm} value={vm}>
            {vm}
          </option>
        ))}
      </select>
    </label>
  );
}
