import { lbsOfVm } from '../../core/topology/lbsOfVm';
import { useLbTopology } from '../../store/lbFocus';
import { useTopologyStore } from '../../store/topologyStore';
import { useUiStore } from '../../store/uiStore';
import { loadOnce } from '../../lib/loadOnce';
import { useLoaded } from '../../lib/useLoaded';
import { ElementDiagnostics } from './ElementDiagnostics';
import { LoadBalancerForm } from './forms/LoadBalancerForm';
import { LoadBalancerList } from './forms/LoadBalancerList';
import { MoveToLoadBalancer } from './forms/MoveToLoadBalancer';
import { TopologyForm } from './forms/TopologyForm';
import { inspect } from './selected';
import './inspector.css';
import { useT } from '../../i18n/useT';
import { messages } from './messages';
import { Button } from '../../lib/ui/Button';

// The element forms are a chunk of their own, fetched just after the first paint (the first screen shows only the
// load balancer's form), so they are in before the user's first selection.
const loadForms = loadOnce(() => import('./InspectedForm'));

/**
 * Edits the first selected element (in its load balancer's view); with nothing selected, the topology, its list of
 * load balancers and the focused one's form.
 */
export function Inspector() {
  const t = useT(messages);
  const forms = useLoaded(loadForms, true);
  const ref = useUiStore((s) => s.selection[0]);
  const select = useUiStore((s) => s.select);
  const view = useLbTopology();
  const topology = useTopologyStore((s) => s.topology);
  const inspected = ref && inspect(view, ref);
  const lbName = view.loadBalancer.name;

  if (!ref || !inspected) {
    const lb = { kind: 'loadBalancer' as const, name: lbName, loadBalancer: lbName };
    return (
      <div className="inspector">
        <h2 className="inspector__title">{t('topologyTitle', { name: topology.name })}</h2>
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
        <TopologyForm />
        <LoadBalancerList />
        <LoadBalancerForm />
        <ElementDiagnostics element={lb} label={t('theLoadBalancerNamed', { name: lbName })} />
      </div>
    );
  }

  const label = `${t(`kind.${inspected.kind}`)} ${ref.name}`;
  const several = topology.loadBalancers.length > 1;
  const behind = inspected.kind === 'vm' && several ? lbsOfVm(topology, ref.name) : [];
  const element =
    inspected.kind === 'vm' ? { kind: 'vm' as const, name: ref.name } : { kind: ref.kind, name: ref.name, loadBalancer: lbName };
  return (
    <div className="inspector">
      <div className="inspector__head">
        <h2 className="inspector__title">{label}</h2>
        <Button size="sm" onClick={() => select([])}>
          {t('done')}
        </Button>
      </div>
      {several && inspected.kind !== 'vm' && (
        <p className="inspector__note" data-owner-lb={lbName}>
          {t('inLoadBalancer', { name: lbName })}
        </p>
      )}
      {several && inspected.kind === 'vm' && (
        <p className="inspector__note" data-behind-lbs={behind.join(' ')}>
          {behind.length === 0 ? t('behindNone') : t('behindLoadBalancers', { names: behind.join(', ') })}
        </p>
      )}
      {/* Keyed by position, not name: a rename keeps the form (and the focus) in place. */}
      <div className="inspector__form" key={`${lbName}:${inspected.kind}:${inspected.index}`}>
        {forms.module ? (
          <forms.module.InspectedForm inspected={inspected} />
        ) : (
          <p className="inspector__note" role={forms.failed ? 'alert' : 'status'}>
            {t(forms.failed ? 'formLoadFailed' : 'formLoading')}
          </p>
        )}
      </div>
      {several && inspected.kind !== 'vm' && inspected.kind !== 'loadBalancer' && (
        <MoveToLoadBalancer key={`${lbName}:${inspected.kind}:${ref.name}`} kind={inspected.kind} name={ref.name} from={lbName} />
      )}
      <ElementDiagnostics element={element} label={ref.name} />
    </div>
  );
}
