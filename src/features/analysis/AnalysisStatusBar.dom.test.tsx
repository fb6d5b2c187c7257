// The status bar of a large topology's analysis: silent for an analysis that ends in a moment, then says so.
import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { topology } from '../../core/testing/builders';
import { migrateV1 } from '../../core/topology/design';
import { PROGRESS_NOTE_DELAY_MS } from '../../lib/useHeldFor';
import type { AnalysisState } from '../../store/analysis';
import { AnalysisStatusBar } from './AnalysisStatusBar';

const t = migrateV1(topology());
const running = (startedAt: number): AnalysisState => ({ status: 'running', topology: t, analysis: undefined, startedAt });

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('the analysis status bar', () => {
  it('keeps its live region empty for the first moments of an analysis, then says it is running', () => {
    const { rerender } = render(<AnalysisStatusBar state={{ status: 'current', topology: t, analysis: undefined }} />);
    const region = screen.getByRole('status');
    expect(region.textContent).toBe('');
    rerender(<AnalysisStatusBar state={running(Date.now())} />);
    act(() => vi.advanceTimersByTime(PROGRESS_NOTE_DELAY_MS - 50));
    expect(region.textContent).toBe('');
    act(() => vi.advanceTimersByTime(100));
    expect(region.textContent).toContain('Analysing this large topology');
    expect(screen.getByRole('button', { name: 'Cancel' })).toBeTruthy();
    // The same live region throughout: screen readers announce what is put in it.
    expect(screen.getByRole('status')).toBe(region);
  });

  it('says nothing of an analysis that ended before the delay', () => {
    const { rerender } = render(<AnalysisStatusBar state={running(Date.now())} />);
    act(() => vi.advanceTimersByTime(PROGRESS_NOTE_DELAY_MS / 2));
    rerender(<AnalysisStatusBar state={{ status: 'current', topology: t, analysis: undefined }} />);
    act(() => vi.advanceTimersByTime(PROGRESS_NOTE_DELAY_MS * 2));
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('says at once that an analysis was cancelled or failed', () => {
    const { rerender } = render(<AnalysisStatusBar state={{ status: 'cancelled', topology: t, analysis: undefined }} />);
    expect(screen.getByRole('status').textContent).toContain('Analysis cancelled');
    rerender(<AnalysisStatusBar state={{ status: 'failed', topology: t, analysis: undefined, error: 'boom' }} />);
    expect(screen.getByRole('status').textContent).toContain('The analysis failed (boom).');
  });
});
