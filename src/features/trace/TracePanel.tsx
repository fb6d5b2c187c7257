import { useMemo } from 'react';
import { traceDiagram } from '../../core/diagram/diagram';
import type { MappingRow } from '../../core/mapping/mapping';
import { traceFlow, type Trace } from '../../core/trace/trace';
import { useAnalysis } from '../../store/analysis';
import { useTopologyStore } from '../../store/topologyStore';
import { Stepper } from './Stepper';
import { TraceControls } from './TraceControls';
import { TraceDiagram } from './TraceDiagram';
import { TraceExtras } from './TraceExtras';
import { useHighlight } from './useHighlight';
import { useShown } from '../../lib/useShown';
import { useStepper } from './useStepper';
import { useTraceInputs } from './useTraceInputs';
import { hopWires } from './wires';
import './trace.css';

/** The Trace tab: one rule × VM flow, hop by hop, and the floating IP off/on diagram, live with the topology. */
export function TracePanel() {
  const topology = useTopologyStore((s) => s.topology);
  const { rows } = useAnalysis();
  const inputs = useTraceInputs(rows);
  const [rootRef, shown] = useShown<HTMLDivElement>();
  const { pick, client, port } = inputs;
  const fieldsOk = client.ok && port.ok;
  const clientValue = client.ok ? client.value : undefined;
  const portValue = port.ok ? port.value : undefined;
  const rule = pick?.rule;
  const vm = pick?.vm;

  // Only while the tab is open: hidden tabs stay mounted, and edits should not redraw a diagram nobody sees.
  const result = useMemo(() => {
    if (!shown || !rule || !vm || !fieldsOk) return undefined;
    const options = { rule, vm, client: clientValue, port: portValue };
    const flow = traceFlow(topology, options);
    if (!flow.ok) return flow;
    const diagram = traceDiagram(topology, { ...options, idPrefix: 'trace' });
    return diagram.ok ? { ok: true as const, trace: flow.trace, svg: diagram.svg } : diagram;
  }, [shown, topology, rule, vm, fieldsOk, clientValue, portValue]);

  return (
    <div ref={rootRef} className="trace">
      {!pick || !inputs.row ? (
        <p className="trace-empty">No rule delivers to a VM yet: add a rule with a frontend and a backend pool to trace a flow.</p>
      ) : (
        <>
          <TraceControls rows={rows} inputs={inputs} />
          {!fieldsOk && <p className="trace-empty">Fix the field above to see the trace.</p>}
          {result && !result.ok && (
            <p className="trace-error" role="alert">
              Cannot trace this flow: {result.error}
            </p>
          )}
          {result?.ok && <TraceView key={`${pick.rule}\u0000${pick.vm}`} trace={result.trace} svg={result.svg} row={inputs.row} shown={shown} />}
        </>
      )}
    </div>
  );
}

interface TraceViewProps {
  trace: Trace;
  svg: string;
  row: MappingRow;
  shown: boolean;
}

// Keyed by rule and VM, so a new pair starts at the first hop while topology edits keep the current one.
function TraceView({ trace, svg, row, shown }: TraceViewProps) {
  const stepper = useStepper(trace.hops.length);
  const hop = trace.hops[stepper.index];
  const wires = hop ? hopWires(hop.stage, { frontend: row.frontend, rule: row.rule, backendPool: row.backendPool, vm: row.vm }) : [];
  useHighlight(wires, shown);

  return (
    <>
      <Stepper trace={trace} stepper={stepper} />
      <TraceExtras trace={trace} />
      <TraceDiagram svg={svg} fileBase={`floatplan-trace-${trace.rule}-${trace.vm}`} />
    </>
  );
}
