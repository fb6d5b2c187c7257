import type { Topology } from '../core/topology/schema';
import { useTopologyStore } from './topologyStore';

/** What is about to replace the user's work; the keeper words its notices by it. */
export type ReplaceReason = 'link' | 'file' | 'import' | 'example' | 'new' | 'restore' | 'otherTab';

/**
 * Keeps the current work before a replacement; returns false to refuse it (the keeper has told the user why).
 * Persistence registers one at start-up; features reach it only through replaceWork, so none imports another.
 */
export type Keeper = (current: Topology, next: Topology, reason: ReplaceReason) => boolean;

let keeper: Keeper | null = null;

/** Sets (or, with null, removes) the keeper every replacement of the work goes through. */
export function setKeeper(k: Keeper | null): void {
  keeper = k;
}

/**
 * Replaces the work with `next` as one undo step, once the keeper has kept the current work where a reload cannot
 * lose it. Returns false, leaving the work untouched, when the keeper refused.
 * @example if (!replaceWork(opened, 'file')) return; // the keeper has said why
 */
export function replaceWork(next: Topology, reason: ReplaceReason): boolean {
  const { topology, replace } = useTopologyStore.getState();
  if (keeper && !keeper(topology, next, reason)) return false;
  replace(next);
  return true;
}
