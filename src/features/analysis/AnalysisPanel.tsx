import { useCallback, useMemo, type ReactNode } from 'react';
import type { ElementRef } from '../../core/diagnostics/diagnostic';
import type { GlobalVmRow } from '../../core/mapping/globalMapping';
import { PanelBoundary } from '../../lib/PanelBoundary';
import { useAnalysisState } from '../../store/analysis';
import { AnalysisStatusBar } from './AnalysisStatusBar';
import { revealSelection } from '../../store/revealSelection';
import type { TabId } from '../../store/tabs';
import { useTopologyStore } from '../../store/topologyStore';
import { useUiStore } from '../../store/uiStore';
import { LbRowsContext, lbRows, scopeToLb, useShownLb } from './lbRows';
import { globalRowsOf, scopeGlobalRows } from './globalRows';
import { DiagnosticsView } from './DiagnosticsView';
import { KeptPanel } from './KeptPanel';
import { MappingView } from './MappingView';
import { useT } from '../../i18n/useT';
import { countText } from './count';
import { messages } from './messages';
import { countBySeverity } from './severity';
import { Tabs } from '../../lib/ui/Tabs';
import './analysis.css';

const NONE = { rows: [], natRows: [], diagnostics: [], parts: [] };
const NO_GLOBAL: readonly GlobalVmRow[] = [];

/** A tab the app shell adds after Mapping and Diagnostics (features never import each other). */
export interface ExtraTab {
  id: TabId;
  label: ReactNode;
  panel: ReactNode;
}

/** Live analysis of the current topology: the mapping and the diagnostics as tabs, then any extra tabs. */
export function AnalysisPanel({ extraTabs = [] }: { extraTabs?: readonly ExtraTab[] }) {
  const t = useT(messages);
  const state = useAnalysisState();
  // While a large topology's first analysis runs there is nothing to show; later ones show the previous results.
  const analysis = state.analysis ?? NONE;
  const none = state.analysis === undefined;
  const selection = useUiStore((s) => s.selection);
  const select = useUiStore((s) => s.select);
  // In uiStore, so another part of the app (a lesson step) opens a tab with the same openTab command as a click.
  const tab = useUiStore((s) => s.analysisTab);
  const openTab = useUiStore((s) => s.openTab);
  const counts = countBySeverity(analysis.diagnostics);
  // Several load balancers: a column and a filter (one setting for Mapping and Diagnostics) say whose rows these are.
  const topology = useTopologyStore((s) => s.topology);
  const names = useMemo(() => topology.loadBalancers.map((lb) => lb.name), [topology]);
  const shownLb = useShownLb(names);
  const scoped = useMemo(() => scopeToLb(analysis, shownLb), [analysis, shownLb]);
  const lbFacts = useMemo(() => lbRows(topology, shownLb === undefined), [topology, shownLb]);
  // The Global load balancers' flows, only while the Mapping tab shows them (they read every regional row); kept per
  // analysis (globalRowsOf), so a selection or a return to the tab does not compute them again.
  const allGlobal = tab === 'mapping' && state.analysis ? globalRowsOf(topology, state.analysis) : NO_GLOBAL;
  const globalRows = useMemo(() => scopeGlobalRows(allGlobal, shownLb), [allGlobal, shownLb]);
  // Selecting from here asks the canvas to reveal the elements. Stable callbacks, so memoised rows stay put.
  const reveal = useCallback(
    (refs: ElementRef[]) => {
      select(refs);
      revealSelection();
    },
    [select],
  );
  const revealOne = useCallback((ref: ElementRef) => reveal([ref]), [reveal]);
  // A selection in another load balancer than the filter's names none of these rows.
  const inShown = shownLb === undefined || selection[0]?.loadBalancer === undefined || selection[0].loadBalancer === shownLb;
  const selectedRule = selection[0]?.kind === 'rule' && inShown ? selection[0].name : undefined;
  const selectedNatRule = selection[0]?.kind === 'natRule' && inShown ? selection[0].name : undefined;
  const selectedVm = selection[0]?.kind === 'vm' ? selection[0].name : undefined;

  return (
    <section className="analysis" aria-label={t('analysis')}>
      <Tabs<TabId>
        label={t('analysis')}
        selected={tab}
        onSelect={openTab}
        tabs={[
          {
            id: 'mapping',
            label: (
              <>
                {t('mapping')}{' '}
                {!none && <span className="tabs__count">{countText(t, analysis.rows.length + analysis.natRows.length, 'row')}</span>}
              </>
            ),
            // A hidden tab renders nothing (its view settings live in useAnalysisView), so a large
            // topology's rows and findings neither fill the DOM nor re-render on each selection.
            panel: tab === 'mapping' && (
              <PanelBoundary area={t('areaMapping')} areaId="mapping">
                {none ? (
                  <p className="analysis-empty">{t('noAnalysis')}</p>
                ) : (
                  <LbRowsContext.Provider value={lbFacts}>
                    <MappingView
                      rows={scoped.rows}
                      natRows={scoped.natRows}
                      diagnostics={scoped.diagnostics}
                      selectedRule={selectedRule}
                      selectedNatRule={selectedNatRule}
                      selectedVm={selectedVm}
                      onSelect={revealOne}
                      loadBalancers={names}
                      shownLb={shownLb}
                      globalRows={globalRows}
                      selectedRuleLb={selection[0]?.kind === 'rule' ? selection[0].loadBalancer : undefined}
                    />
                  </LbRowsContext.Provider>
                )}
              </PanelBoundary>
            ),
          },
          {
            id: 'diagnostics',
            label: (
              <>
                {t('diagnostics')}{' '}
                {!none && (
                  <>
                    <span className={counts.error ? 'tabs__count tabs__count--error' : 'tabs__count'}>
                      {countText(t, counts.error, 'error')}
                    </span>{' '}
                    <span className={counts.warning ? 'tabs__count tabs__count--warning' : 'tabs__count'}>
                      {countText(t, counts.warning, 'warning')}
                    </span>
                  </>
                )}
              </>
            ),
            panel: tab === 'diagnostics' && (
              <PanelBoundary area={t('areaDiagnostics')} areaId="diagnostics">
                {none ? (
                  <p className="analysis-empty">{t('noAnalysis')}</p>
                ) : (
                  <LbRowsContext.Provider value={lbFacts}>
                    <DiagnosticsView diagnostics={scoped.diagnostics} onSelect={reveal} loadBalancers={names} shownLb={shownLb} />
                  </LbRowsContext.Provider>
                )}
              </PanelBoundary>
            ),
          },
          // The shell's tabs keep their inputs (a chosen VM, flavour, format) while hidden.
          ...extraTabs.map((x) => ({ ...x, panel: <KeptPanel open={tab === x.id}>{x.panel}</KeptPanel> })),
        ]}
      />
      {/* After the tabs, at the bottom of the view: the bar's coming and going moves none of the results. */}
      <AnalysisStatusBar state={state} />
    </section>
  );
}
