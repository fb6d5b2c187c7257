import { useTopologyStore } from '../../../store/topologyStore';
import { useUiStore } from '../../../store/uiStore';
import { useT } from '../../../i18n/useT';
import { messages } from '../messages';
import { Button } from '../../../lib/ui/Button';
import { AddLoadBalancer } from './AddLoadBalancer';

/**
 * The topology's load balancers, one line each (name, SKU, type, tier): choosing one shows its form below; the
 * focused one is marked (aria-current). "Add load balancer" adds one and focuses it.
 */
export function LoadBalancerList() {
  const t = useT(messages);
  const lbs = useTopologyStore((s) => s.topology.loadBalancers);
  const focused = useUiStore((s) => s.focusedLb);
  // As the store's focus rule: the focused name if it still exists, else the first.
  const current = lbs.some((lb) => lb.name === focused) ? focused : lbs[0]?.name;
  return (
    <section className="inspector__group inspector__lbs" aria-label={t('loadBalancersLegend', { n: lbs.length })}>
      <h3 className="inspector__subtitle">{t('loadBalancersLegend', { n: lbs.length })}</h3>
      <ul className="inspector__list">
        {lbs.map((lb) => {
          const summary = [lb.sku, lb.type, lb.tier ?? 'Regional'].join(' · ');
          const isCurrent = lb.name === current;
          return (
            <li key={lb.name} className="inspector__member" data-lb={lb.name}>
              <Button
                size="sm"
                variant={isCurrent ? undefined : 'link'}
                aria-current={isCurrent ? 'true' : undefined}
                aria-label={t('editLoadBalancer', { name: lb.name })}
                onClick={() => useUiStore.getState().focusLb(lb.name)}
              >
                {lb.name}
              </Button>
              <span className="inspector__note">{summary}</span>
            </li>
          );
        })}
      </ul>
      <AddLoadBalancer />
    </section>
  );
}
