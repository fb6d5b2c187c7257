import { createContext } from 'react';
import type { WiredFrom } from './addWired';

/**
 * What a node's add-and-wire button calls. A context rather than a React Flow hook in every node: a thousand nodes
 * each subscribed to React Flow's store would run their selectors on every frame of a drag.
 */
export const AddWiredContext = createContext<(from: WiredFrom, name: string, loadBalancer: string) => void>(() => undefined);
