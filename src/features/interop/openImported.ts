import type { Topology } from '../../core/topology/schema';
import { useLanguageStore } from '../../i18n/language';
import { fill } from '../../core/i18n/locale';
import { replaceWork } from '../../store/replaceWork';
import { useUiStore } from '../../store/uiStore';
import { messages } from './messages';

/**
 * Replaces the work with an imported topology as one undo step (the previous work kept first, see replaceWork),
 * clears the selection and says how to go back. When the work could not be kept, nothing changes; a notice says why.
 */
export function openImported(topology: Topology): void {
  if (!replaceWork(topology, 'import')) return;
  const ui = useUiStore.getState();
  ui.select([]);
  const text = fill(messages[useLanguageStore.getState().language].openedNotice, { name: topology.name });
  ui.notify({ id: 'interop-import', tone: 'info', text });
}
