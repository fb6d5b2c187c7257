// The Mapping and Diagnostics tabs' view settings (the load balancer filter is shared by both). They live here, not in the tabs' components, because a
// hidden tab renders nothing (a large topology's rows would otherwise stay in the DOM and re-render on
// every selection): the filter, sort and page survive switching tabs and coming back.
import { create } from 'zustand';
import type { SortState } from './mappingRows';
import type { SeverityFilter } from './severity';

/** Rows of the mapping table shown at once, and added by "show more". */
export const MAPPING_PAGE = 100;
/** Diagnostics shown at once, and added by "show more". */
export const DIAGNOSTICS_PAGE = 100;

interface AnalysisViewState {
  query: string;
  sort: SortState | undefined;
  mappingLimit: number;
  /** Rows of the Global load balancers' section shown at once (it pages like the main table). */
  globalLimit: number;
  severity: SeverityFilter;
  diagnosticsLimit: number;
  /** The load balancer Mapping and Diagnostics show (a topology with several); undefined: all of them. */
  loadBalancer: string | undefined;
  setQuery: (query: string) => void;
  setSort: (update: (s: SortState | undefined) => SortState | undefined) => void;
  showMoreRows: () => void;
  showMoreGlobalRows: () => void;
  setSeverity: (severity: SeverityFilter) => void;
  showMoreDiagnostics: () => void;
  setLoadBalancer: (loadBalancer: string | undefined) => void;
}

/** The analysis tabs' view settings, kept while a tab is hidden (and so unmounted). */
export const useAnalysisView = create<AnalysisViewState>()((set) => ({
  query: '',
  sort: undefined,
  mappingLimit: MAPPING_PAGE,
  globalLimit: MAPPING_PAGE,
  severity: 'all',
  diagnosticsLimit: DIAGNOSTICS_PAGE,
  loadBalancer: undefined,
  // A new filter shows its first page again, as the list it pages is a different one.
  setQuery: (query) => set({ query, mappingLimit: MAPPING_PAGE, globalLimit: MAPPING_PAGE }),
  setSort: (update) => set((s) => ({ sort: update(s.sort) })),
  showMoreRows: () => set((s) => ({ mappingLimit: s.mappingLimit + MAPPING_PAGE })),
  showMoreGlobalRows: () => set((s) => ({ globalLimit: s.globalLimit + MAPPING_PAGE })),
  setSeverity: (severity) => set({ severity, diagnosticsLimit: DIAGNOSTICS_PAGE }),
  showMoreDiagnostics: () => set((s) => ({ diagnosticsLimit: s.diagnosticsLimit + DIAGNOSTICS_PAGE })),
  setLoadBalancer: (loadBalancer) =>
    set({ loadBalancer, mappingLimit: MAPPING_PAGE, globalLimit: MAPPING_PAGE, diagnosticsLimit: DIAGNOSTICS_PAGE }),
}));
