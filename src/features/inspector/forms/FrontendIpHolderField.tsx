import { useId } from 'react';
import { setFrontendIpHolder } from '../../../core/edit/holder';
import { frontendIpHolder } from '../../../core/model/holder';
import { FRONTEND_IP_HOLDERS, type BackendPool, type FrontendIpHolder } from '../../../core/topology/schema';
import { useT } from '../../../i18n/useT';
import { applyInLb } from '../../../store/lbFocus';
import { useTopologyStore } from '../../../store/topologyStore';
import { messages } from '../messages';

type Key = keyof (typeof messages)['en'];

/** Per mode: its label, its one-line explanation and the Microsoft procedure it follows. */
const MODES: Record<FrontendIpHolder, { label: Key; hint: Key; docs: string }> = {
  'every-member': {
    label: 'holderEvery',
    hint: 'holderEveryHint',
    docs: 'https://learn.microsoft.com/azure/load-balancer/load-balancer-floating-ip',
  },
  'cluster-windows': {
    label: 'holderWindows',
    hint: 'holderWindowsHint',
    docs: 'https://learn.microsoft.com/azure/azure-sql/virtual-machines/windows/availability-group-load-balancer-portal-configure',
  },
  'cluster-pacemaker': {
    label: 'holderPacemaker',
    hint: 'holderPacemakerHint',
    docs: 'https://learn.microsoft.com/azure/sap/workloads/high-availability-guide-suse',
  },
  appliance: {
    label: 'holderAppliance',
    hint: 'holderApplianceHint',
    docs: 'https://learn.microsoft.com/azure/load-balancer/load-balancer-ha-ports-overview',
  },
};

// Microsoft's SAP guide for RHEL (pcs) differs from the SUSE one (crm): link the one the pool's VMs run.
const PACEMAKER_RHEL_DOCS = 'https://learn.microsoft.com/azure/sap/workloads/high-availability-guide-rhel';

/** Who holds the pool's frontend IP in the guests: a radio group, each choice one undo step. */
export function FrontendIpHolderField({ pool }: { pool: BackendPool }) {
  const t = useT(messages);
  const id = useId();
  const rhel = useTopologyStore((s) =>
    s.topology.vms.some((v) => v.os === 'rhel' && pool.members.some((m) => (typeof m === 'string' ? m : m.vm) === v.name)),
  );
  const current = frontendIpHolder(pool);
  const docs = current === 'cluster-pacemaker' && rhel ? PACEMAKER_RHEL_DOCS : MODES[current].docs;
  const choose = (holder: FrontendIpHolder) => applyInLb((topology) => setFrontendIpHolder(topology, pool.name, holder));
  return (
    <fieldset className="inspector__group" aria-describedby={`${id}-hint`}>
      <legend>{t('holder')}</legend>
      {FRONTEND_IP_HOLDERS.map((holder) => (
        <div key={holder} className="field field--check">
          <input
            id={`${id}-${holder}`}
            type="radio"
            name={`${id}-holder`}
            value={holder}
            checked={current === holder}
            onChange={() => choose(holder)}
          />
          <label htmlFor={`${id}-${holder}`}>{t(MODES[holder].label)}</label>
        </div>
      ))}
      <p className="field__hint" id={`${id}-hint`}>
        {t(MODES[current].hint)}{' '}
        <a href={docs} target="_blank" rel="noreferrer">
          {t('holderDocs')}
        </a>
      </p>
    </fieldset>
  );
}
