import { useMemo, useState } from 'react';
import { traceExamples } from '../../core/trace/exampleEndpoints';
import { chainChoices, traceTopology, type DesignTrace } from '../../core/trace/designTrace';
import type { FrontendRef, Topology } from '../../core/topology/schema';
import type { WhatIf } from '../../core/trace/whatIf';
import { useLanguage, useT } from '../../i18n/useT';
import { useAnalysisState } from '../../store/analysis';
import { useUiStore } from '../../store/uiStore';
import { useTopologyStore } from '../../store/topologyStore';
import { globalRows, traceSteps } from './steps';
import { Stepper } from './Stepper';
import { TraceControls, TraceLbPicker } from './TraceControls';
import { TraceDiagram } from './TraceDiagram';
import { TraceExtras } from './TraceExtras';
import { messages } from './messages';
import { useDiagramRenderer } from './useDiagramRenderer';
import { useHighlight } from './useHighlight';
import { useShown } from '../../lib/useShown';
import { useWhileOpen } from '../../lib/useWhileOpen';
import { useStepper } from './useStepper';
import { useTraceInputs } from './useTraceInputs';
import { usePickedLb } from '../../store/lbPick';
import { WhatIfResult } from './WhatIfResult';
import { WhatIfSwitches } from './WhatIfSwitches';
import { ChainPicker, type ChainPicks } from './ChainPicker';
import { deliveringPath, stepHighlight } from './stepWires';
import type { FlowPath } from './wires';
import './trace.css';

const NO_ROWS = { rows: [], natRows: [] };
const NO_NAT_ROWS = [] as const;

/**
 * The Trace tab: one rule × VM flow of one load balancer (picked first when there are several), hop by hop, with the
 * hops a Global load balancer or a Gateway chain adds, and the floating IP off/on diagram, live with the topology.
 */
export function TracePanel() {
  const lb = usePickedLb();
  const topology = lb.view;
  const whole = useTopologyStore((s) => s.topology);
  // Choices from the analysis of an earlier topology could name rules that no longer exist: wait for the current one.
  const analysis = useAnalysisState();
  const current = analysis.status === 'current' ? analysis.analysis : undefined;
  // A hidden tab keeps the rows it last showed: an edit elsewhere does not rebuild its choices until it opens again.
  const open = useUiStore((s) => s.analysisTab === 'trace');
  const part = useMemo(() => {
    const def = whole.loadBalancers.find((l) => l.name === lb.name);
    const of = (name: string) => current?.parts.find((p) => p.loadBalancer === name)?.analysis;
    // A Global load balancer's own mapping has no VMs: its flows are its rules × the VMs behind its regional frontends.
    if (current && def?.tier === 'Global') return { rows: globalRows(whole, def.name, current), natRows: NO_NAT_ROWS };
    return of(lb.name);
  }, [current, whole, lb.name]);
  const { rows, natRows } = useWhileOpen(open, part ?? NO_ROWS);
  const inputs = useTraceInputs(rows, natRows);
  const [rootRef, shown] = useShown<HTMLDivElement>();
  const { pick, client, port, destination, active } = inputs;
  const fieldsOk = client.ok && port.ok && destination.ok;
  const clientValue = client.ok ? client.value : undefined;
  const portValue = port.ok ? port.value : undefined;
  const destinationValue = destination.ok ? destination.value : undefined;
  const rule = pick?.rule;
  const kind = pick?.kind;
  const vm = pick?.vm;

  // The field's hint is the client the trace really uses: never one of the topology's own addresses.
  const family = inputs.row?.frontendIp.includes(':') ? 6 : 4;
  // Kept while hidden like the rows, so reopening the tab unchanged does not look for examples again.
  const shownTopology = useWhileOpen(open, topology);
  const examples = useMemo(() => traceExamples(shownTopology, family), [shownTopology, family]);

  const t = useT(messages);
  const locale = useLanguage();
  const [whatIf, setWhatIf] = useState<WhatIf>({});
  const diagram = useDiagramRenderer(shown);
  const render = diagram.render;
  const chain = useChainPicks(whole, lb.name, rule, kind, vm);
  const { regional, appliance } = chain;

  const request = useMemo(
    () =>
      rule && vm && fieldsOk
        ? {
            topology: whole,
            loadBalancer: lb.name,
            render,
            options: {
              rule,
              kind,
              vm,
              client: clientValue,
              port: portValue,
              active,
              destination: destinationValue,
              whatIf,
              locale,
              regional,
              appliance,
            },
          }
        : undefined,
    [
      whole,
      lb.name,
      rule,
      kind,
      vm,
      fieldsOk,
      clientValue,
      portValue,
      active,
      destinationValue,
      whatIf,
      locale,
      render,
      regional,
      appliance,
    ],
  );
  // Only while the tab is open and laid out, and once per request: edits should not redraw a diagram nobody sees,
  // and reopening the tab unchanged should not index the topology and trace the flow again.
  const visible = open && shown;
  const traced = useWhileOpen(visible, visible ? request : undefined);
  const result = useMemo(() => {
    if (!traced) return undefined;
    const { topology: t, loadBalancer, render: draw, options } = traced;
    const flow = traceTopology(t, { ...options, loadBalancer });
    if (!flow.ok) return flow;
    // The diagram draws a Global tier or a Gateway chain in front of the load balancer that delivers to the VM.
    const drawn = draw?.(t, { ...options, loadBalancer, idPrefix: 'trace' });
    if (drawn && !drawn.ok) return drawn;
    return { ok: true as const, trace: flow.trace, svg: drawn?.svg };
  }, [traced]);

  return (
    <div ref={rootRef} className="trace">
      {!current ? (
        <p className="trace-empty">{t('waitingForAnalysis')}</p>
      ) : !pick || !inputs.row ? (
        <>
          {lb.names.length > 1 && <TraceLbPicker lb={lb} />}
          <p className="trace-empty">{lb.names.length > 1 ? t('emptyIn', { name: lb.name }) : t('empty')}</p>
        </>
      ) : (
        // The what-if column comes first in reading order (after the pickers) but stands at the right on wide screens,
        // collapsed by default, so the stepper and the diagram open at the top of the tab.
        <>
          {examples && (
            <TraceControls inputs={inputs} examples={examples} lb={lb.names.length > 1 ? lb : undefined}>
              <ChainPicker picks={chain} />
            </TraceControls>
          )}
          <div className="trace-layout">
            <WhatIfSwitches value={whatIf} onChange={setWhatIf} />
            <div className="trace-main">
              {!fieldsOk && <p className="trace-empty">{t('fixField')}</p>}
              {result && !result.ok && (
                <p className="trace-error" role="alert">
                  {t('cannotTrace', { error: result.error })}
                </p>
              )}
              {result?.ok && (
                <TraceView
                  key={`${lb.name}\u0000${pick.kind}\u0000${pick.rule}\u0000${pick.vm}`}
                  trace={result.trace}
                  svg={result.svg}
                  loadError={diagram.error}
                  path={inputs.row.path}
                  shown={shown}
                  topology={whole}
                />
              )}
            </div>
          </div>
        </>
      )}
    </div>
  );
}

interface TraceViewProps {
  topology: Topology;
  trace: DesignTrace;
  svg: string | undefined;
  loadError: string | undefined;
  path: FlowPath;
  shown: boolean;
}

// Keyed by rule kind, rule and VM, so a new pair starts at the first hop while topology edits keep the current one.
function TraceView({ topology, trace, svg, loadError, path, shown }: TraceViewProps) {
  const steps = useMemo(() => traceSteps(trace), [trace]);
  const stepper = useStepper(steps.length);
  // The wires name their load balancer: the picked one may not be the one the canvas focuses.
  const delivering = useMemo(
    () => (trace.chain.length ? deliveringPath(topology, trace) : undefined) ?? { ...path, loadBalancer: trace.loadBalancer },
    [topology, trace, path],
  );
  const lit = stepHighlight(topology, trace, steps, stepper.index, delivering);
  useHighlight(lit.wires, shown, lit.tone);

  return (
    <>
      <WhatIfResult trace={trace} />
      <div className="trace-stage">
        <Stepper trace={trace} steps={steps} stepper={stepper} />
        <TraceDiagram
          svg={svg}
          loadError={loadError}
          fileBase={`floatplan-trace-${trace.kind === 'natRule' ? 'nat-' : ''}${trace.rule}-${trace.vm}`}
        />
      </div>
      <TraceExtras trace={trace} />
    </>
  );
}

/**
 * The picked flow's chain choices (the core's chainChoices) and the user's picks: a pick that is no longer a choice
 * (another flow, an edit) falls back to the core's default.
 */
function useChainPicks(t: Topology, loadBalancer: string, rule?: string, kind?: 'rule' | 'natRule', vm?: string): ChainPicks {
  const [regionalPick, setRegional] = useState<FrontendRef>();
  const [appliancePick, setAppliance] = useState<string>();
  const choices = useMemo(
    () => (rule && vm ? chainChoices(t, { loadBalancer, rule, kind, vm }) : { regionals: [], appliances: [] }),
    [t, loadBalancer, rule, kind, vm],
  );
  const regional = choices.regionals.find((r) => r.loadBalancer === regionalPick?.loadBalancer && r.frontend === regionalPick.frontend);
  const appliance = choices.appliances.find((a) => a === appliancePick);
  return { ...choices, regional, appliance, pickRegional: setRegional, pickAppliance: setAppliance };
}
