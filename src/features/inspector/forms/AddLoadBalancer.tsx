import { addLoadBalancer } from '../../../core/edit/loadBalancers';
import { useTopologyStore } from '../../../store/topologyStore';
import { useUiStore } from '../../../store/uiStore';
import { useT } from '../../../i18n/useT';
import { Button } from '../../../lib/ui/Button';
import { messages } from '../messages';

/** Adds an empty Standard public load balancer (one undo step) and focuses it, so its form opens below the list. */
export function AddLoadBalancer() {
  const t = useT(messages);
  return (
    <Button
      size="sm"
      onClick={() => {
        let added: string | undefined;
        useTopologyStore.getState().apply((current) => {
          const { topology, name } = addLoadBalancer(current);
          added = name;
          return topology;
        });
        if (added !== undefined) useUiStore.getState().focusLb(added);
      }}
    >
      {t('addLoadBalancer')}
    </Button>
  );
}
