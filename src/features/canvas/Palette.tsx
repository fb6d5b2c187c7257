import { Panel } from '@xyflow/react';
import { useRef, useState } from 'react';
import type { NodeKind } from '../../core/edit/ids';
import { addLoadBalancer } from '../../core/edit/loadBalancers';
import { useT } from '../../i18n/useT';
import { useTopologyStore } from '../../store/topologyStore';
import { useUiStore } from '../../store/uiStore';
import { messages } from './messages';
import { KindIcon } from './nodes/icons';

const ITEMS: NodeKind[] = ['frontend', 'rule', 'natRule', 'backendPool', 'vm'];

interface PaletteProps {
  /** Adds an element, at a screen point when dropped, else at the centre of the view. */
  onAdd: (kind: NodeKind, screen?: { x: number; y: number }) => void;
  /** Whether a screen point is on the canvas (not on a panel). */
  isDropTarget: (x: number, y: number) => boolean;
}

interface Drag {
  kind: NodeKind;
  label: string;
  x: number;
  y: number;
  id: number;
  moved: boolean;
}

/** Adds an empty load balancer (one undo step) and focuses it, so the palette fills it next and the inspector shows it. */
function addLb() {
  let name = '';
  useTopologyStore.getState().apply((t) => {
    const r = addLoadBalancer(t);
    name = r.name;
    return r.topology;
  });
  if (!name) return;
  // Nothing selected: the inspector shows the new load balancer's form (its SKU, type and tier).
  useUiStore.getState().select([]);
  useUiStore.getState().focusLb(name);
}

/**
 * The element palette. Pointer events rather than HTML5 drag-and-drop, so mouse, pen and touch all
 * work (the React Flow DnD pattern); every item is also a button for click and keyboard.
 */
export function Palette({ onAdd, isDropTarget }: PaletteProps) {
  const t = useT(messages);
  const [drag, setDrag] = useState<Drag | undefined>();
  // A drag ends with a click on the captured button; this swallows it.
  const suppressClick = useRef(false);

  const onPointerDown = (e: React.PointerEvent<HTMLButtonElement>, kind: NodeKind, label: string) => {
    if (e.button !== 0) return;
    e.currentTarget.setPointerCapture(e.pointerId);
    setDrag({ kind, label, x: e.clientX, y: e.clientY, id: e.pointerId, moved: false });
  };
  const onPointerMove = (e: React.PointerEvent) => {
    if (!drag || e.pointerId !== drag.id) return;
    const moved = drag.moved || Math.hypot(e.clientX - drag.x, e.clientY - drag.y) > 4;
    setDrag({ ...drag, x: e.clientX, y: e.clientY, moved });
  };
  const onPointerUp = (e: React.PointerEvent) => {
    if (!drag || e.pointerId !== drag.id) return;
    setDrag(undefined);
    if (!drag.moved) return;
    suppressClick.current = true;
    if (isDropTarget(e.clientX, e.clientY)) onAdd(drag.kind, { x: e.clientX, y: e.clientY });
  };

  return (
    <Panel position="top-left" className="fp-palette">
      <div role="toolbar" aria-label={t('addElements')} className="fp-palette__items">
        {ITEMS.map((kind) => ({ kind, label: t(`palette.${kind}`) })).map(({ kind, label }) => (
          <button
            key={kind}
            type="button"
            className={`fp-palette__item fp-palette__item--${kind}`}
            data-kind={kind}
            title={t('paletteTitle', { kind: t(`kind.${kind}`) })}
            aria-label={t('add', { label })}
            onPointerDown={(e) => onPointerDown(e, kind, label)}
            onPointerMove={onPointerMove}
            onPointerUp={onPointerUp}
            onPointerCancel={() => setDrag(undefined)}
            onClick={() => {
              if (suppressClick.current) suppressClick.current = false;
              else onAdd(kind);
            }}
          >
            <KindIcon kind={kind} />
            <span>{label}</span>
          </button>
        ))}
        {/* As the element buttons: the words shown are part of its name ("Add load balancer"). They are not in a span,
            which a phone's bar hides (the element buttons keep their icons there). */}
        <button
          type="button"
          className="fp-palette__item fp-palette__item--lb"
          title={t('addLbTitle')}
          aria-label={t('addLb')}
          onClick={addLb}
        >
          {t('addLbShort')}
        </button>
      </div>
      {drag?.moved && (
        <div className={`fp-palette__ghost fp-palette__item--${drag.kind}`} style={{ left: drag.x, top: drag.y }} aria-hidden="true">
          <KindIcon kind={drag.kind} />
          <span>{drag.label}</span>
        </div>
      )}
    </Panel>
  );
}
