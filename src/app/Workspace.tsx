import { useCallback, useEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import { createPortal } from 'react-dom';
import type { GroupImperativeHandle, Layout, LayoutChangedMeta } from 'react-resizable-panels';
import { useLessonStore } from '../features/lesson/lessonStore';
import { useUiStore } from '../store/uiStore';
import { useT } from '../i18n/useT';
import { NARROW, useMediaQuery } from '../lib/useMediaQuery';
import { messages } from './messages';
import { PanelBar } from './PanelBar';
import { loadResizableKit, STATIC_KIT, type PanelKit } from './panelKit';
import { layoutStorage, readSizes, writeSizes, type Sizes } from './workspaceLayout';
import { moveHost } from './moveHost';

/** The three regions a user can resize, collapse and maximise. */
export type Region = 'canvas' | 'side' | 'analysis';

interface WorkspaceProps {
  canvas: ReactNode;
  /** The inspector; the lesson lies over it (same grid cell) while it runs. */
  inspector: ReactNode;
  lesson: ReactNode;
  analysis: ReactNode;
  /** The canvas region's box, so notices can sit over the canvas and never over a table or a script. */
  canvasRef: RefObject<HTMLDivElement | null>;
}

const OUTER = ['main', 'analysis'] as const;
const INNER = ['canvas', 'side'] as const;
// Wide: the analysis panel gets 42% (≈ 350 px at 1440×900); narrow: canvas, inspector and analysis stacked.
const DEFAULTS = {
  wide: { outer: { main: 58, analysis: 42 }, inner: { canvas: 74, side: 26 } },
  narrow: { outer: { main: 58, analysis: 42 }, inner: { canvas: 78, side: 22 } },
};
const MAXIMISED: Record<Region, { outer: Sizes; inner?: Sizes }> = {
  canvas: { outer: { main: 100, analysis: 0 }, inner: { canvas: 100, side: 0 } },
  side: { outer: { main: 100, analysis: 0 }, inner: { canvas: 0, side: 100 } },
  analysis: { outer: { main: 0, analysis: 100 } },
};
// The lesson's commands need room: while it runs the side panel gets at least this share (on a phone, of the column).
const LESSON_ROOM = {
  wide: { outer: { main: 58, analysis: 42 }, inner: { canvas: 66, side: 34 } },
  narrow: { outer: { main: 72, analysis: 28 }, inner: { canvas: 38, side: 62 } },
};

/**
 * The workspace: canvas and side panel in a row, the analysis panel below (all stacked on a phone), with
 * keyboard-operable separators (react-resizable-panels: the ARIA separator pattern), a maximise toggle per region
 * and the sizes remembered per layout. The page never scrolls: each region scrolls inside.
 */
export function Workspace({ canvas, inspector, lesson, analysis, canvasRef }: WorkspaceProps) {
  const narrow = useMediaQuery(NARROW);
  // A change of layout mounts the groups anew with that layout's remembered sizes.
  return (
    <Regions key={narrow ? 'narrow' : 'wide'} mode={narrow ? 'narrow' : 'wide'} {...{ canvas, inspector, lesson, analysis, canvasRef }} />
  );
}

function Regions({ mode, canvas, inspector, lesson, analysis, canvasRef }: WorkspaceProps & { mode: 'wide' | 'narrow' }) {
  const t = useT(messages);
  const lessonOpen = useLessonStore((s) => s.phase !== 'closed');
  const outer = useRef<GroupImperativeHandle | null>(null);
  const inner = useRef<GroupImperativeHandle | null>(null);
  const [initial] = useState(() => {
    const storage = layoutStorage();
    return {
      outer: readSizes(storage, `outer.${mode}`, OUTER) ?? DEFAULTS[mode].outer,
      inner: readSizes(storage, `inner.${mode}`, INNER) ?? DEFAULTS[mode].inner,
    };
  });
  const [maximised, setMaximised] = useState<Region | null>(null);
  const restore = useRef<{ outer: Layout; inner: Layout } | null>(null);
  const [sizes, setSizes] = useState<Sizes>({ ...initial.outer, ...initial.inner });
  const kit = useResizableKit(outer, inner);
  // Each region's content lives in a host element of its own, rendered through a portal: when the library's groups
  // replace the static ones, the hosts move into the new panels and the canvas, inspector and tabs are not remounted.
  const [hosts] = useState(() => ({ canvas: host(), side: host(), analysis: host() }));

  const toggle = (region: Region) => {
    if (!outer.current || !inner.current) return;
    if (maximised === region) {
      const back = restore.current;
      setMaximised(null);
      if (back) {
        outer.current.setLayout(back.outer);
        inner.current.setLayout(back.inner);
      }
      return;
    }
    if (!maximised) restore.current = { outer: outer.current.getLayout(), inner: inner.current.getLayout() };
    const target = MAXIMISED[region];
    setMaximised(region);
    outer.current.setLayout(target.outer);
    if (target.inner) inner.current.setLayout(target.inner);
  };

  // A drag or a key on a separator ends a maximised state and is what gets remembered.
  const saved = (group: 'outer' | 'inner') => (layout: Layout, meta: LayoutChangedMeta) => {
    setSizes((s) => ({ ...s, ...layout }));
    if (!meta.isUserInteraction) return;
    setMaximised(null);
    restore.current = null;
    writeSizes(layoutStorage(), `${group}.${mode}`, meta.requestedLayout ?? layout);
  };

  useLessonRoom(lessonOpen, mode, inner, () => setMaximised(null), outer);
  useAnalysisOnOpen(mode, outer, () => {
    setMaximised(null);
    restore.current = null;
  });

  const hidden = (region: Region) =>
    region === 'analysis' ? sizes.analysis === 0 : sizes.main === 0 || sizes[region === 'canvas' ? 'canvas' : 'side'] === 0;
  const bar = (region: Region, title: string) => <PanelBar title={title} pressed={maximised === region} onToggle={() => toggle(region)} />;
  const [codeHeight, setCodeHeight] = useState<number>(0);

  const { Group, Panel, Separator } = kit.kit;
  return (
    <>
      <Group
        key={kit.kit.resizable ? 'resizable' : 'static'}
        orientation="vertical"
        className="app-groups"
        groupRef={outer}
        defaultLayout={kit.outer ?? initial.outer}
        onLayoutChanged={saved('outer')}
      >
        <Panel id="main" minSize="15%" collapsible collapsedSize={0}>
          <Group
            orientation={mode === 'narrow' ? 'vertical' : 'horizontal'}
            className="app-groups"
            groupRef={inner}
            defaultLayout={kit.inner ?? initial.inner}
            onLayoutChanged={saved('inner')}
          >
            <Panel id="canvas" minSize="20%" collapsible collapsedSize={0}>
              <Slot host={hosts.canvas} />
            </Panel>
            <Separator className="app-separator" aria-label={t('resizeSide')} />
            <Panel id="side" minSize={mode === 'narrow' ? '10%' : '220px'} collapsible collapsedSize={0}>
              <Slot host={hosts.side} />
            </Panel>
          </Group>
        </Panel>
        <Separator className="app-separator" aria-label={t('resizeAnalysis')} />
        <Panel
          id="analysis"
          minSize="12%"
          collapsible
          collapsedSize={0}
          onResize={(size) => {
            // Code blocks may grow with the panel (CodeBlock reads --code-max-height), so a maximised Scripts tab shows a page of code.
            const next = Math.max(0, Math.round(size.inPixels / 20) * 20);
            if (next !== codeHeight) setCodeHeight(next);
          }}
        >
          <Slot host={hosts.analysis} />
        </Panel>
      </Group>
      {createPortal(
        <div className="app-region" data-region="canvas" inert={hidden('canvas')}>
          {bar('canvas', t('canvas'))}
          <div className="app-canvas" ref={canvasRef}>
            {canvas}
          </div>
        </div>,
        hosts.canvas,
      )}
      {createPortal(
        <div className="app-region" data-region="side" inert={hidden('side')}>
          {bar('side', lessonOpen ? t('lesson') : t('inspector'))}
          <div className="app-side">
            {/* The lesson lies over the inspector: keyboard and screen reader users must not land in what they cannot see. */}
            <aside className="app-inspector" aria-label={t('inspector')} inert={lessonOpen}>
              {inspector}
            </aside>
            {lesson}
          </div>
        </div>,
        hosts.side,
      )}
      {createPortal(
        <div className="app-region" data-region="analysis" inert={hidden('analysis')}>
          {bar('analysis', t('analysis'))}
          <div
            className="app-analysis"
            style={codeHeight ? { ['--code-max-height' as string]: `max(20rem, ${codeHeight - 240}px)` } : undefined}
          >
            {analysis}
          </div>
        </div>,
        hosts.analysis,
      )}
    </>
  );
}

/** A region's host element, which keeps its content while the groups around it change. */
function host(): HTMLDivElement {
  const element = document.createElement('div');
  element.className = 'app-host';
  return element;
}

/** Puts a region's host in this panel (the portal renders into the host, wherever it is). */
function Slot({ host }: { host: HTMLDivElement }) {
  // Stable, so a render does not move the host; the kit's swap does, keeping focus inside it (moveHost).
  const place = useCallback((slot: HTMLDivElement | null) => void (slot && moveHost(slot, host)), [host]);
  return <div className="app-slot" ref={place} />;
}

/**
 * The static kit for the first paint, then react-resizable-panels, starting from the layout the static groups have
 * then (a maximise or the lesson's room may have changed it meanwhile). The library is fetched at once but put in
 * place when the page is idle: the swap moves every region's content into new panels, which the browser styles and
 * lays out again, and that should not add to a large topology's first render.
 */
function useResizableKit(outer: RefObject<GroupImperativeHandle | null>, inner: RefObject<GroupImperativeHandle | null>) {
  const [kit, setKit] = useState<{ kit: PanelKit; outer?: Layout; inner?: Layout }>({ kit: STATIC_KIT });
  useEffect(() => {
    let live = true;
    let cancel = () => {};
    loadResizableKit().then(
      (loaded) => {
        if (!live) return;
        cancel = whenIdle(() => setKit({ kit: loaded, outer: outer.current?.getLayout(), inner: inner.current?.getLayout() }));
      },
      // Without the library the workspace stays as laid out: every region is shown, only not resizable by drag.
      () => undefined,
    );
    return () => {
      live = false;
      cancel();
    };
  }, [outer, inner]);
  return kit;
}

/** Runs `task` when the page is idle (at the latest after a second), returning its cancellation. */
function whenIdle(task: () => void): () => void {
  if (typeof requestIdleCallback !== 'function') {
    const timer = setTimeout(task, 0);
    return () => clearTimeout(timer);
  }
  const handle = requestIdleCallback(task, { timeout: 1000 });
  return () => cancelIdleCallback(handle);
}

/** While the lesson runs, the side panel is shown and wide enough for its commands; it gets its size back after. */
function useLessonRoom(
  open: boolean,
  mode: 'wide' | 'narrow',
  inner: RefObject<GroupImperativeHandle | null>,
  unmaximise: () => void,
  outer: RefObject<GroupImperativeHandle | null>,
) {
  const before = useRef<{ outer: Layout; inner: Layout } | null>(null);
  useEffect(() => {
    const o = outer.current;
    const i = inner.current;
    if (!o || !i) return;
    if (open) {
      const room = LESSON_ROOM[mode];
      const layout = i.getLayout();
      const outerLayout = o.getLayout();
      if ((layout.side ?? 0) >= room.inner.side && (outerLayout.main ?? 0) >= room.outer.main) return;
      before.current = { outer: outerLayout, inner: layout };
      unmaximise();
      o.setLayout(room.outer);
      i.setLayout(room.inner);
    } else if (before.current) {
      o.setLayout(before.current.outer);
      i.setLayout(before.current.inner);
      before.current = null;
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- runs when the lesson opens or closes, not on each render
  }, [open]);
}

/** A tab opened from elsewhere (Get script, a lesson step) brings a collapsed analysis panel back, or it opens unseen. */
function useAnalysisOnOpen(mode: 'wide' | 'narrow', outer: RefObject<GroupImperativeHandle | null>, unmaximise: () => void) {
  useEffect(
    () =>
      useUiStore.subscribe((s, prev) => {
        const o = outer.current;
        if (s.analysisTab === prev.analysisTab || !o || (o.getLayout().analysis ?? 0) > 0) return;
        unmaximise();
        o.setLayout(DEFAULTS[mode].outer);
      }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- one subscription per layout; unmaximise only sets state
    [mode, outer],
  );
}
