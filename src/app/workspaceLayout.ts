/**
 * The workspace's panel sizes, remembered in localStorage per group. A stored layout is used only when it names
 * exactly the group's panels with finite sizes that add up to about 100: anything else (an older layout, a hand
 * edit, a full or blocked storage) falls back to the default, so stored sizes can never break the page.
 */

/** Panel id → size in percent of its group, as react-resizable-panels reports and takes it. */
export type Sizes = Record<string, number>;

const PREFIX = 'floatplan.layout.v1.';

/** The stored sizes of `group` if they fit its `panels`, else undefined. */
export function readSizes(storage: Pick<Storage, 'getItem'> | null, group: string, panels: readonly string[]): Sizes | undefined {
  let raw: string | null;
  try {
    raw = storage?.getItem(PREFIX + group) ?? null;
  } catch {
    return undefined; // storage blocked by the browser's settings
  }
  if (raw === null) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return undefined;
  }
  return validSizes(value, panels);
}

/** Stores `sizes` for `group`; a full or blocked storage only means the sizes are not remembered. */
export function writeSizes(storage: Pick<Storage, 'setItem'> | null, group: string, sizes: Sizes): void {
  try {
    storage?.setItem(PREFIX + group, JSON.stringify(sizes));
  } catch {
    // not remembered; the layout on screen is unchanged
  }
}

/** `value` as sizes of exactly `panels` (each 0–100, together 100 ± 1), or undefined. */
export function validSizes(value: unknown, panels: readonly string[]): Sizes | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length !== panels.length) return undefined;
  const sizes: Sizes = {};
  let total = 0;
  for (const id of panels) {
    const size = (value as Record<string, unknown>)[id];
    if (typeof size !== 'number' || !Number.isFinite(size) || size < 0 || size > 100) return undefined;
    sizes[id] = size;
    total += size;
  }
  return Math.abs(total - 100) <= 1 ? sizes : undefined;
}

/** The browser's localStorage, or null where reading it throws (blocked cookies) or it does not exist. */
export function layoutStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}
