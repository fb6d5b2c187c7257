import { createContext, useContext, useLayoutEffect, useRef, useState, type ComponentType, type ReactNode, type RefObject } from 'react';
import type { GroupImperativeHandle, Layout, LayoutChangedMeta, PanelSize } from 'react-resizable-panels';

/** The props of react-resizable-panels' Group, Panel and Separator that the workspace uses. */
export interface GroupProps {
  orientation: 'horizontal' | 'vertical';
  className: string;
  groupRef: RefObject<GroupImperativeHandle | null>;
  defaultLayout: Layout;
  onLayoutChanged: (layout: Layout, meta: LayoutChangedMeta) => void;
  children: ReactNode;
}
export interface PanelProps {
  id: string;
  minSize: string;
  collapsible: boolean;
  collapsedSize: number;
  onResize?: (size: PanelSize) => void;
  children: ReactNode;
}
export interface SeparatorProps {
  className: string;
  'aria-label': string;
}

/** Group, Panel and Separator: the library's, or the static stand-ins the first paint uses. */
export interface PanelKit {
  resizable: boolean;
  Group: ComponentType<GroupProps>;
  Panel: ComponentType<PanelProps>;
  Separator: ComponentType<SeparatorProps>;
}

let loading: Promise<PanelKit> | undefined;

/**
 * The resizable kit (react-resizable-panels, ~15 KB gzip): fetched after the first paint, not before it. Once per page;
 * a failed fetch is forgotten, so the next caller retries.
 */
export function loadResizableKit(): Promise<PanelKit> {
  loading ??= import('react-resizable-panels').then(
    (m) => ({ resizable: true, Group: m.Group, Panel: m.Panel, Separator: m.Separator }) as PanelKit,
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

const GroupContext = createContext<{ layout: Layout; orientation: GroupProps['orientation'] }>({ layout: {}, orientation: 'horizontal' });

/**
 * A group laid out as the library lays it out (the same flex boxes and styles), at its default sizes, without
 * pointer or keyboard resizing. Its handle takes `setLayout` (maximise, the lesson's room), so the workspace works
 * the same before the library arrives.
 */
function StaticGroup({ orientation, className, groupRef, defaultLayout, onLayoutChanged, children }: GroupProps) {
  const [layout, setLayout] = useState(defaultLayout);
  const current = useRef(layout);
  const changed = useRef(onLayoutChanged);
  useLayoutEffect(() => {
    current.current = layout;
    changed.current = onLayoutChanged;
  });
  useLayoutEffect(() => {
    groupRef.current = {
      getLayout: () => current.current,
      setLayout: (next) => {
        current.current = next;
        setLayout(next);
        changed.current(next, { isUserInteraction: false } as LayoutChangedMeta);
        return next;
      },
    };
    return () => {
      groupRef.current = null;
    };
  }, [groupRef]);
  return (
    <GroupContext.Provider value={{ layout, orientation }}>
      <div
        className={className}
        data-group
        style={{
          height: '100%',
          width: '100%',
          overflow: 'hidden',
          display: 'flex',
          flexDirection: orientation === 'horizontal' ? 'row' : 'column',
          flexWrap: 'nowrap',
        }}
      >
        {children}
      </div>
    </GroupContext.Provider>
  );
}

function StaticPanel({ id, children }: PanelProps) {
  const { layout } = useContext(GroupContext);
  return (
    <div
      data-panel
      id={id}
      style={{
        minHeight: 0,
        minWidth: 0,
        maxHeight: '100%',
        maxWidth: '100%',
        display: 'flex',
        flexBasis: 0,
        flexShrink: 1,
        flexGrow: layout[id] ?? 1,
      }}
    >
      <div style={{ maxHeight: '100%', maxWidth: '100%', flexGrow: 1, overflow: 'auto' }}>{children}</div>
    </div>
  );
}

/** The separator's line, not yet operable (no role: it cannot be focused or moved until the library is here). */
function StaticSeparator({ className }: SeparatorProps) {
  const { orientation } = useContext(GroupContext);
  return <div className={className} data-static-orientation={orientation === 'horizontal' ? 'vertical' : 'horizontal'} />;
}

/** The kit of the first paint. */
export const STATIC_KIT: PanelKit = { resizable: false, Group: StaticGroup, Panel: StaticPanel, Separator: StaticSeparator };
