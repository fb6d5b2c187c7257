import { useTopologyStore } from '../../store/topologyStore';
import { useUiStore } from '../../store/uiStore';
import { loadOnce } from '../../lib/loadOnce';
import { useLoaded } from '../../lib/useLoaded';
import { ElementDiagnostics } from './ElementDiagnostics';
import { LoadBalancerForm } from './forms/LoadBalancerForm';
import { inspect } from './selected';
import './inspector.css';
import { useT } from '../../i18n/useT';
import { messages } from './messages';
import { Button } from '../../lib/ui/Button';

// The element forms are a chunk of their own, fetched just after the first paint (the first screen shows only the
// load balancer's form), so they are in before the user's first selection.
const loadForms = loadOnce(() => import('./InspectedForm'));

/** Edits the first selected element; with nothing selected, the topology and its load balancer. */
export function Inspector() {
  const t = useT(messages);
  const forms = useLoaded(loadForms, true);
  const ref = useUiStore((s) => s.selection[0]);
  const select = useUiStore((s) => s.select);
  const topology = useTopologyStore((s) => s.topology);
  const inspected = ref && inspect(topology, ref);

  if (!ref || !inspected) {
    const lb = { kind: 'loadBalancer' as const, name: topology.loadBalancer.name };
    return (
      <div className="inspector">
        <h2 className="inspector__title">{`${t('kind.loadBalancer')} ${topology.loadBalancer.name}`}</h2>
        {ref ? (
          <p className="inspector__note" role="status">
            {t('gone', { kind: t(`kind.${ref.kind}`), name: ref.name })}{' '}
            <Button size="sm" onClick={() => select([])}>
              {t('clearSelection')}
            </Button>
          </p>
        ) : (
          <p className="inspector__note">{t('selectHint')}</p>
        )}
        <LoadBalancerForm />
        <ElementDiagnostics element={lb} label={t('theLoadBalancer')} />
      </div>
    );
  }

  const label = `${t(`kind.${inspected.kind}`)} ${ref.name}`;
  return (
    <div className="inspector">
      <div className="inspector__head">
        <h2 className="inspector__title">{label}</h2>
        <Button size="sm" onClick={() => select([])}>
          {t('done')}
        </Button>
      </div>
      {/* Keyed by position, not name: a rename keeps the form (and the focus) in place. */}
      <div className="inspector__form" key={`${inspected.kind}:${inspected.index}`}>
        {forms.module ? (
          <forms.module.InspectedForm inspected={inspected} />
        ) : (
          <p className="inspector__note" role={forms.failed ? 'alert' : 'status'}>
            {t(forms.failed ? 'formLoadFailed' : 'formLoading')}
          </p>
        )}
      </div>
      <ElementDiagnostics element={ref} label={ref.name} />
    </div>
  );
}
