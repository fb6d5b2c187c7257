import { DEFAULT_TOPOLOGY } from '../../store/defaultTopology';
import { replaceWork } from '../../store/replaceWork';
import { revealSelection } from '../../store/revealSelection';
import { useTopologyStore } from '../../store/topologyStore';
import { useUiStore } from '../../store/uiStore';

/**
 * The "open an example" start: the source page's floating IP example (the Examples menu has the others), fitted in
 * view. The work on screen is kept first, as for any example; returns false when the keeper refused (it said why).
 */
export function openExample(): boolean {
  if (useTopologyStore.getState().topology !== DEFAULT_TOPOLOGY && !replaceWork(DEFAULT_TOPOLOGY, 'example')) return false;
  useUiStore.getState().select([]);
  revealSelection('all');
  return true;
}
