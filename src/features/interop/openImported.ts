import type { Topology } from '../../core/topology/schema';
import { useLanguageStore } from '../../i18n/language';
import { fill } from '../../core/i18n/locale';
import { useTopologyStore } from '../../store/topologyStore';
import { useUiStore } from '../../store/uiStore';
import { messages } from './messages';

/** Replaces the work with an imported topology as one undo step, clears the selection and says how to go back. */
export function openImported(topology: Topology): void {
  useTopologyStore.getState().replace(topology);
  const ui = useUiStore.getState();
  ui.select([]);
  const text = fill(messages[useLanguageStore.getState().language].openedNotice, { name: topology.name });
  ui.notify({ id: 'interop-import', tone: 'info', text });
}
