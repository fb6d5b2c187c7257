import { probeUsers, removeProbe } from '../../../core/edit/elements';
import { applyInLb, useLbTopology } from '../../../store/lbFocus';
import { useT } from '../../../i18n/useT';
import { messages } from '../messages';
import { GoToButton } from './GoToButton';
import { Button } from '../../../lib/ui/Button';

/**
 * The load balancer's health probes (they have no canvas node): each opens in the inspector, and one no rule uses
 * can be deleted (one undo step); a probe in use says which rules use it, as Azure refuses to delete it.
 */
export function ProbeList() {
  const t = useT(messages);
  const topology = useLbTopology();
  return (
    <fieldset className="inspector__group">
      <legend>{t('probesLegend')}</legend>
      {topology.probes.length === 0 ? (
        <p className="inspector__note">{t('noProbes')}</p>
      ) : (
        <ul className="inspector__list">
          {topology.probes.map((p) => {
            const users = probeUsers(topology, p.name);
            return (
              <li key={p.name} className="inspector__member" data-probe={p.name}>
                <span className="field__input--mono">{`${p.name} (${p.protocol} ${p.port}${p.requestPath ? ` ${p.requestPath}` : ''})`}</span>
                <span className="inspector__note">
                  {users.length > 0 ? t('probeUsedBy', { rules: users.join(', ') }) : t('probeUnused')}
                </span>
                <GoToButton kind="probe" name={p.name} label={t('editProbe')} />
                {users.length === 0 && (
                  <Button
                    size="sm"
                    onClick={() =>
                      applyInLb((current) => {
                        const result = removeProbe(current, p.name);
                        return result.ok ? result.topology : current;
                      })
                    }
                  >
                    {t('deleteProbe', { name: p.name })}
                  </Button>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </fieldset>
  );
}
