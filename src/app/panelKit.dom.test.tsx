// The static panels of the first paint: laid out at the group's sizes, and resized through the same handle as the library's.
import { act, render } from '@testing-library/react';
import { createRef } from 'react';
import type { GroupImperativeHandle } from 'react-resizable-panels';
import { describe, expect, it, vi } from 'vitest';
import { loadResizableKit, STATIC_KIT } from './panelKit';

const { Group, Panel, Separator } = STATIC_KIT;

function renderGroup(onLayoutChanged = vi.fn()) {
  const ref = createRef<GroupImperativeHandle | null>();
  const view = render(
    <Group orientation="horizontal" className="g" groupRef={ref} defaultLayout={{ a: 70, b: 30 }} onLayoutChanged={onLayoutChanged}>
      <Panel id="a" minSize="20%" collapsible collapsedSize={0}>
        A
      </Panel>
      <Separator className="sep" aria-label="Resize" />
      <Panel id="b" minSize="20%" collapsible collapsedSize={0}>
        B
      </Panel>
    </Group>,
  );
  const grow = (id: string) => (view.container.querySelector(`#${id}`) as HTMLElement).style.flexGrow;
  return { ref, view, grow, onLayoutChanged };
}

describe('the static panel kit', () => {
  it('lays panels out at the default layout, in a row, with a vertical line between', () => {
    const { view, grow } = renderGroup();
    expect((view.container.querySelector('[data-group]') as HTMLElement).style.flexDirection).toBe('row');
    expect([grow('a'), grow('b')]).toEqual(['70', '30']);
    expect(view.container.querySelector('.sep')?.getAttribute('data-static-orientation')).toBe('vertical');
    // Not operable yet, so not announced as a separator.
    expect(view.container.querySelector('[role="separator"]')).toBeNull();
  });

  it('takes a new layout through its handle and reports it as not the user’s', () => {
    const { ref, grow, onLayoutChanged } = renderGroup();
    expect(ref.current?.getLayout()).toEqual({ a: 70, b: 30 });
    act(() => void ref.current?.setLayout({ a: 100, b: 0 }));
    expect([grow('a'), grow('b')]).toEqual(['100', '0']);
    expect(ref.current?.getLayout()).toEqual({ a: 100, b: 0 });
    expect(onLayoutChanged).toHaveBeenCalledWith({ a: 100, b: 0 }, { isUserInteraction: false });
  });

  it('loads the resizable kit once', async () => {
    const first = await loadResizableKit();
    expect(first.resizable).toBe(true);
    expect(await loadResizableKit()).toBe(first);
  });
});
