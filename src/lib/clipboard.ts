/**
 * Copies text: the async Clipboard API first, then the older execCommand('copy') (plain http, older browsers).
 * False when both are missing or refused, so the caller can ask the user to copy by hand.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Refused (permission, no focus): try the fallback below.
  }
  return copyWithTextarea(text);
}

function copyWithTextarea(text: string): boolean {
  // Selecting the textarea takes the focus; it goes back afterwards, or a dialog opened next would return it to <body>.
  const before = document.activeElement;
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  // Off-screen rather than hidden: a hidden element cannot be selected.
  area.style.position = 'fixed';
  area.style.left = '-9999px';
  document.body.append(area);
  area.select();
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
    if (before instanceof HTMLElement && before.isConnected) before.focus();
  }
}
