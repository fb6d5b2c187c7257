/**
 * The tab a key moves focus to in a horizontal tablist (WAI-ARIA tabs pattern), wrapping at the ends;
 * undefined for keys the tablist does not handle.
 * @example tabKeyTarget('ArrowRight', 1, 2) // 0
 */
export function tabKeyTarget(key: string, index: number, count: number): number | undefined {
  if (count === 0) return undefined;
  switch (key) {
    case 'ArrowRight':
      return (index + 1) % count;
    case 'ArrowLeft':
      return (index - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return undefined;
  }
}
