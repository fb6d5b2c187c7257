import type { NodeProps } from '@xyflow/react';
import { memo, useState, type KeyboardEvent } from 'react';
import { canRemoveLoadBalancer, removeLoadBalancer, renameLoadBalancer } from '../../../core/edit/loadBalancers';
import { useLanguage, useT } from '../../../i18n/useT';
import { Button } from '../../../lib/ui/Button';
import { undo, useTopologyStore } from '../../../store/topologyStore';
import { useUiStore } from '../../../store/uiStore';
import { groupFacts } from '../labels';
import { messages } from '../messages';
import type { GroupNode } from '../toFlow';

/**
 * A load balancer's frame: an outline behind its elements, titled with its name, SKU, type and tier. The title
 * focuses it (the palette then adds into it), and renames or deletes it, each one undoable edit; the rest of the
 * frame lets the pointer through to the canvas.
 */
export const LoadBalancerFrame = memo(function LoadBalancerFrame({ data }: NodeProps<GroupNode>) {
  const t = useT(messages);
  const language = useLanguage();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(data.name);
  const [problem, setProblem] = useState<string>();

  // Focusing a load balancer inspects it: with nothing selected, the inspector shows its form.
  const focus = () => {
    useUiStore.getState().select([]);
    useUiStore.getState().focusLb(data.name);
  };
  const startRename = () => {
    setDraft(data.name);
    setProblem(undefined);
    setEditing(true);
  };
  const commit = () => {
    const r = renameLoadBalancer(useTopologyStore.getState().topology, data.name, draft, language);
    if (!r.ok) return setProblem(r.reason);
    useTopologyStore.getState().apply(() => r.topology);
    if (useUiStore.getState().focusedLb === data.name) useUiStore.getState().focusLb(draft);
    setEditing(false);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') commit();
    else if (e.key === 'Escape') setEditing(false);
  };
  const remove = () => {
    const topology = useTopologyStore.getState().topology;
    const refusal = canRemoveLoadBalancer(topology, data.name, language);
    const ui = useUiStore.getState();
    if (refusal) return ui.notify({ id: 'canvas-lb', tone: 'error', text: refusal });
    useTopologyStore.getState().apply((current) => removeLoadBalancer(current, data.name));
    if (ui.selection.some((r) => r.loadBalancer === data.name)) ui.select([]);
    if (ui.focusedLb === data.name) ui.focusLb(undefined);
    ui.notify({
      id: 'canvas-lb',
      tone: 'info',
      text: t('group.deleted', { name: data.name }),
      action: { label: t('group.undo'), run: undo },
    });
  };

  return (
    <div className={`fp-lb${data.focused ? ' fp-lb--focused' : ''}`} data-lb={data.name}>
      <div className="fp-lb__title nodrag nopan nokey nowheel">
        {editing ? (
          <span className="fp-lb__rename">
            <input
              className="fp-lb__input"
              aria-label={t('group.renameLabel', { name: data.name })}
              aria-invalid={problem !== undefined}
              value={draft}
              autoFocus
              spellCheck={false}
              onChange={(e) => setDraft(e.target.value)}
              onKeyDown={onKeyDown}
            />
            <Button size="sm" onClick={commit}>
              {t('group.save')}
            </Button>
            <Button size="sm" variant="quiet" onClick={() => setEditing(false)}>
              {t('group.cancel')}
            </Button>
            {problem && (
              <span role="alert" className="fp-lb__problem">
                {problem}
              </span>
            )}
          </span>
        ) : (
          <>
            <button
              type="button"
              className="fp-lb__name"
              aria-pressed={data.focused}
              title={t('group.focusTitle')}
              aria-label={t('group.focus', { name: data.name })}
              onClick={focus}
            >
              <span className="fp-lb__kind">{t('group.kind')}</span> <strong>{data.name}</strong>
            </button>
            <Button size="sm" variant="quiet" aria-label={t('group.renameButton', { name: data.name })} onClick={startRename}>
              {t('group.rename')}
            </Button>
            <Button size="sm" variant="quiet" aria-label={t('group.deleteButton', { name: data.name })} onClick={remove}>
              {t('group.delete')}
            </Button>
            {/* Last, so a narrow frame cuts the facts (also in its name and title), never the buttons. */}
            <span className="fp-lb__facts" title={groupFacts(data, language)}>
              {groupFacts(data, language)}
            </span>
          </>
        )}
      </div>
    </div>
  );
});
