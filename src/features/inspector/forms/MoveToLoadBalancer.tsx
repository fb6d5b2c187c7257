import { useState } from 'react';
import { moveElement, moveProblem, type MovableKind } from '../../../core/edit/moveElement';
import { useLanguage, useT } from '../../../i18n/useT';
import { Button } from '../../../lib/ui/Button';
import { useTopologyStore } from '../../../store/topologyStore';
import { useUiStore } from '../../../store/uiStore';
import { FieldShell } from '../fields/FieldShell';
import { messages } from '../messages';

/**
 * "Move to load balancer": a select of the other load balancers and a Move button (a select that moved on change
 * would move on the first arrow key). One undo step; the moved element stays selected in its new load balancer, and a
 * move the core refuses shows its reason.
 */
export function MoveToLoadBalancer({ kind, name, from }: { kind: MovableKind; name: string; from: string }) {
  const t = useT(messages);
  const locale = useLanguage();
  const names = useTopologyStore((s) => s.topology.loadBalancers.map((lb) => lb.name).join('\u0000'));
  const others = names.split('\u0000').filter((n) => n !== from);
  const [picked, setPicked] = useState<string | undefined>(undefined);
  const [refused, setRefused] = useState<string | undefined>(undefined);
  const to = picked !== undefined && others.includes(picked) ? picked : others[0];
  if (to === undefined) return null;

  function move(target: string) {
    const { topology, apply } = useTopologyStore.getState();
    const reason = moveProblem(topology, from, kind, name, target, locale);
    setRefused(reason);
    if (reason !== undefined) return;
    let movedAs = name;
    apply((current) => {
      const r = moveElement(current, from, kind, name, target, locale);
      if (!r.ok) return current;
      movedAs = r.name;
      return r.topology;
    });
    useUiStore.getState().select([{ kind, name: movedAs, loadBalancer: target }]);
  }

  return (
    <div className="inspector__move" data-move-lb>
      <FieldShell label={t('moveToLoadBalancer')} hint={t('moveHint')} problem={refused}>
        {({ control, describedBy }) => (
          <div className="inspector__move-row">
            <select
              id={control}
              className="field__input"
              value={to}
              aria-describedby={describedBy}
              aria-invalid={refused !== undefined || undefined}
              onChange={(e) => {
                setPicked(e.target.value);
                setRefused(undefined);
              }}
            >
              {others.map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </select>
            <Button size="sm" onClick={() => move(to)}>
              {t('move')}
            </Button>
          </div>
        )}
      </FieldShell>
    </div>
  );
}
