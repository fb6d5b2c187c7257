import { Component, type ErrorInfo, type ReactNode } from 'react';
import { BoundaryFallback } from './BoundaryFallback';

interface ErrorBoundaryProps {
  /** What failed, in the UI language ("Trace tab"); shown in the message. */
  area: string;
  /** A stable id for the report ("trace"), not translated. */
  areaId: string;
  /** When this changes (the topology was edited, undone, opened) the boundary tries its children again. */
  resetKey: unknown;
  /** Puts the failure message where the panel was (a dialog, the lesson's box); default: in place. */
  frame?: (fallback: ReactNode) => ReactNode;
  /** A way out besides Try again, e.g. "Leave the lesson" when the failed panel was the way out. */
  action?: { label: string; run: () => void };
  /** The report text for a caught error; `withTopology` is the user's consent to include the topology itself. */
  report: (error: unknown, componentStack: string | undefined, withTopology: boolean) => string;
  children: ReactNode;
}

interface ErrorBoundaryState {
  error?: { value: unknown; componentStack?: string };
  /** The resetKey of the last render: when it changes after a failure, the input changed, so try again. */
  seenKey?: unknown;
}

/**
 * Keeps a failure inside one panel: React calls these hooks only on class components, so this is one. The rest of
 * the app keeps working; the panel says what failed, offers "Try again" and an error report (BoundaryFallback).
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = {};

  static getDerivedStateFromError(value: unknown): Partial<ErrorBoundaryState> {
    return { error: { value } };
  }

  static getDerivedStateFromProps(props: ErrorBoundaryProps, state: ErrorBoundaryState): Partial<ErrorBoundaryState> | null {
    if (!state.error) return state.seenKey === props.resetKey ? null : { seenKey: props.resetKey };
    return state.seenKey === props.resetKey ? null : { error: undefined, seenKey: props.resetKey };
  }

  override componentDidCatch(value: unknown, info: ErrorInfo) {
    // Keeps the component stack for the report; the console keeps the original for developers.
    this.setState({ error: { value, componentStack: info.componentStack ?? undefined } });
    console.error(`Floatplan: ${this.props.areaId} failed`, value);
  }

  private retry = () => this.setState({ error: undefined });

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    const fallback = (
      <BoundaryFallback
        area={this.props.area}
        error={error.value}
        report={(withTopology) => this.props.report(error.value, error.componentStack, withTopology)}
        onRetry={this.retry}
        action={this.props.action}
      />
    );
    return this.props.frame ? this.props.frame(fallback) : fallback;
  }
}
