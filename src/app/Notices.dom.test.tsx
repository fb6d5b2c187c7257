// Toasts close by themselves, except those that hold data or an action; pointing at one holds it.
import { act, fireEvent, render, screen } from '@testing-library/react';
import { createRef } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useUiStore } from '../store/uiStore';
import { Notices } from './Notices';

describe('Notices', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    useUiStore.setState({ notices: [] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  const show = () => render(<Notices anchor={createRef<HTMLElement>()} />);

  it('closes a plain notice after a while and runs its onDismiss', () => {
    const onDismiss = vi.fn();
    show();
    act(() => useUiStore.getState().notify({ id: 'saved', tone: 'info', text: 'Saved.', onDismiss }));
    expect(screen.getByRole('status').textContent).toContain('Saved.');
    act(() => void vi.advanceTimersByTime(60_000));
    expect(screen.queryByRole('status')).toBeNull();
    expect(onDismiss).toHaveBeenCalledOnce();
  });

  it('keeps a notice with a download or an action until dismissed', () => {
    show();
    act(() => {
      useUiStore.getState().notify({ id: 'raw', tone: 'error', text: 'Corrupt work.', download: { filename: 'x.txt', content: '{' } });
      useUiStore.getState().notify({ id: 'kept', tone: 'info', text: 'Work kept.', action: { label: 'Restore', run: () => {} } });
    });
    act(() => void vi.advanceTimersByTime(10 * 60_000));
    expect(screen.getByRole('alert').textContent).toContain('Corrupt work.');
    expect(screen.getByRole('status').textContent).toContain('Work kept.');
  });

  it('holds a notice while the pointer is on it, and closes it after the pointer leaves', () => {
    show();
    act(() => useUiStore.getState().notify({ id: 'n', tone: 'warning', text: 'Check the probe.' }));
    const toast = screen.getByRole('alert');
    fireEvent.pointerEnter(toast);
    act(() => void vi.advanceTimersByTime(10 * 60_000));
    expect(screen.getByRole('alert')).toBeTruthy();
    fireEvent.pointerLeave(toast);
    act(() => void vi.advanceTimersByTime(60_000));
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
