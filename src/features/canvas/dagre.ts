import type * as dagreModule from '@dagrejs/dagre';
import { loadOnce } from '../../lib/loadOnce';

/** The parts of dagre the layout uses. */
export type Dagre = Pick<typeof dagreModule, 'Graph' | 'layout'>;

let ready: Dagre | undefined;

/** Fetches dagre once: it is only needed to place nodes without a stored position. A failed fetch is retried. */
export const loadDagre = loadOnce(async (): Promise<Dagre> => (ready = await import('@dagrejs/dagre')));

/** dagre if it has arrived, for code that cannot wait (the first render, the flow mapper). */
export function dagreIfLoaded(): Dagre | undefined {
  return ready;
}
