type Movable = Element & { moveBefore?: (node: Node, child: Node | null) => void };

/**
 * Puts `host` at the end of `slot` keeping what the user has in it: where the browser can move a subtree as it is
 * (`moveBefore`), focus, selection and scroll positions stay; elsewhere the focused element inside is focused again.
 * The workspace moves each region's content into new panels once the resizable kit is in place, a moment after the
 * first paint, when a user may already be typing in the inspector or have focused a control (a plain append blurred it).
 * @example moveHost(slot, host) // host is slot's last child, document.activeElement unchanged
 */
export function moveHost(slot: Element, host: Element): void {
  if (host.parentNode === slot && slot.lastChild === host) return;
  const target = slot as Movable;
  if (typeof target.moveBefore === 'function' && host.isConnected && slot.isConnected) {
    try {
      target.moveBefore(host, null);
      return;
    } catch {
      // A move the browser refuses (across documents): append as below.
    }
  }
  const active = host.ownerDocument.activeElement;
  const focused = active instanceof HTMLElement && host.contains(active) ? active : undefined;
  slot.append(host);
  if (focused && host.ownerDocument.activeElement !== focused) focused.focus({ preventScroll: true });
}
