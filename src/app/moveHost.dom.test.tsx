// The workspace moves each region's content into new panels after the first paint: what the user has there stays.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { moveHost } from './moveHost';

afterEach(() => {
  document.body.replaceChildren();
});

function setUp() {
  const from = document.createElement('div');
  const to = document.createElement('div');
  const host = document.createElement('div');
  const input = document.createElement('input');
  host.append(input);
  from.append(host);
  document.body.append(from, to);
  input.focus();
  return { to, host, input };
}

describe('moving a region host', () => {
  it('keeps the focused control focused where the browser cannot move a subtree as it is', () => {
    const { to, host, input } = setUp();
    expect(document.activeElement).toBe(input);
    moveHost(to, host);
    expect(host.parentElement).toBe(to);
    expect(document.activeElement).toBe(input);
  });

  it("uses the browser's state-keeping move where there is one", () => {
    const { to, host } = setUp();
    const moveBefore = vi.fn((node: Node) => to.append(node));
    Object.assign(to, { moveBefore });
    moveHost(to, host);
    expect(moveBefore).toHaveBeenCalledWith(host, null);
    expect(host.parentElement).toBe(to);
  });

  it('leaves a host already in place alone', () => {
    const { to, host } = setUp();
    moveHost(to, host);
    const moveBefore = vi.fn();
    Object.assign(to, { moveBefore });
    moveHost(to, host);
    expect(moveBefore).not.toHaveBeenCalled();
  });
});
