import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { Topology } from '../core/topology/schema';
import { ErrorBoundary } from './ErrorBoundary';
import { errorReport, topologyShape } from './errorReport';

interface PanelBoundaryProps {
  /** What failed, in the UI language ("Trace"). */
  area: string;
  /** A stable id for the report ("trace"). */
  areaId: string;
  /** Something besides the topology whose change should try again (a dialog opened anew, the lesson closed). */
  resetOn?: unknown;
  frame?: (fallback: ReactNode) => ReactNode;
  action?: { label: string; run: () => void };
  children: ReactNode;
}

/**
 * The hook a PanelBoundary reads the work with. The app shell provides the topology store's; lib sits under the
 * stores, so it is handed the hook instead of importing it. Without a provider (tests) there is no topology.
 */
export const BoundaryTopologyContext = createContext<() => Topology | undefined>(() => undefined);

/**
 * An ErrorBoundary around one panel or tab, tried again whenever the topology changes (an edit, undo or opened file
 * may have removed the value that broke it). Only this wrapper re-renders on edits: `children` is the same element,
 * so React leaves the panel itself alone.
 * @example <PanelBoundary area={t('traceTab')} areaId="trace"><TracePanel /></PanelBoundary>
 */
export function PanelBoundary({ area, areaId, resetOn, frame, action, children }: PanelBoundaryProps) {
  const useTopology = useContext(BoundaryTopologyContext);
  const topology = useTopology();
  // One object per change of either, so the boundary sees a new key exactly when one of them changed.
  const resetKey = useMemo(() => ({ topology, resetOn }), [topology, resetOn]);
  const report = (error: unknown, componentStack: string | undefined, withTopology: boolean) =>
    errorReport({
      area: areaId,
      error,
      componentStack,
      shape: topologyShape(topology),
      userAgent: navigator.userAgent,
      time: new Date(),
      ...(withTopology ? { topology } : {}),
    });
  return (
    <ErrorBoundary area={area} areaId={areaId} resetKey={resetKey} report={report} frame={frame} action={action}>
      {children}
    </ErrorBoundary>
  );
}
