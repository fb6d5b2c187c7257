import { create } from 'zustand';
import type { Topology } from '../../core/topology/schema';

/** Share-link state that asks the user something: kept apart from the topology and its history. */
export interface ShareState {
  /** A topology from an opened `#t=` link, waiting for the user to confirm replacing their work. */
  incoming: Topology | null;
  /** A link the clipboard could not take: shown in a text field to copy by hand. */
  manualCopy: string | null;
}

export const useShareStore = create<ShareState>()(() => ({ incoming: null, manualCopy: null }));
