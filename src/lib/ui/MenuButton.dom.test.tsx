// The menu button pattern: arrows move, Escape closes and hands the focus back, an item runs after the menu closes.
import { act, fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { MenuButton } from './MenuButton';

function setup() {
  const ran: string[] = [];
  const items = ['New', 'Open', 'Save'].map((label) => ({
    id: label,
    label,
    run: vi.fn(() => {
      // The focus is already back on the button when the item runs (a dialog it opens returns the focus there).
      ran.push(`${label}:${document.activeElement?.getAttribute('aria-haspopup')}`);
    }),
  }));
  render(<MenuButton label="File" items={items} />);
  return { button: screen.getByRole('button', { name: /File/ }), ran };
}

describe('MenuButton', () => {
  it('opens on Arrow Down at the first item, moves with the arrows, wraps, and closes on Escape', async () => {
    const { button } = setup();
    expect(button.getAttribute('aria-expanded')).toBe('false');
    button.focus();
    fireEvent.keyDown(button, { key: 'ArrowDown' });
    await act(async () => {});
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const items = screen.getAllByRole('menuitem');
    expect(document.activeElement).toBe(items[0]);
    fireEvent.keyDown(items[0]!, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(items[2]);
    fireEvent.keyDown(items[2]!, { key: 'Home' });
    expect(document.activeElement).toBe(items[0]);
    fireEvent.keyDown(items[0]!, { key: 'Escape' });
    await act(async () => {});
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(button);
  });

  it('opens on Arrow Up at the last item; choosing an item closes the menu, focuses the button, then runs it', async () => {
    const { button, ran } = setup();
    fireEvent.keyDown(button, { key: 'ArrowUp' });
    await act(async () => {});
    const items = screen.getAllByRole('menuitem');
    expect(document.activeElement).toBe(items[2]);
    fireEvent.click(items[1]!);
    await act(async () => {});
    expect(ran).toEqual(['Open:menu']);
    expect(button.getAttribute('aria-expanded')).toBe('false');
  });
});
