// The searchable picker: typing filters, a bounded list with the count of the rest, arrows, Enter and Escape.
import { act, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { Combobox, matchItems, type ComboboxItem } from './Combobox';

const vms: ComboboxItem[] = Array.from({ length: 30 }, (_, i) => ({
  value: `vm${i + 1}`,
  label: `vm${i + 1} (${i % 2 ? 'windows' : 'linux'})`,
}));

function Picker({ start = 'vm1', changes }: { start?: string; changes: string[] }) {
  const [value, setValue] = useState(start);
  return (
    <Combobox
      label="VM"
      items={vms}
      value={value}
      onChange={(next) => {
        changes.push(next);
        setValue(next);
      }}
      max={5}
      moreText={(count) => `${count} more — type to narrow`}
      noneText={(query) => `No VM matches ${query}`}
      toggleLabel="Show the VMs"
    />
  );
}

function setup(start?: string) {
  const changes: string[] = [];
  render(<Picker start={start} changes={changes} />);
  const input = screen.getByRole('combobox', { name: 'VM' }) as HTMLInputElement;
  const type = async (text: string) => {
    fireEvent.change(input, { target: { value: text } });
    await act(async () => {});
  };
  const key = async (k: string) => {
    fireEvent.keyDown(input, { key: k });
    await act(async () => {});
  };
  const options = () => screen.queryAllByRole('option').map((o) => o.textContent);
  return { input, type, key, options, changes };
}

describe('matchItems', () => {
  it('finds a query anywhere in the label, ignoring case and surrounding spaces; an empty query matches all', () => {
    expect(matchItems(vms, ' WINDOWS ').map((v) => v.value)).toHaveLength(15);
    expect(matchItems(vms, 'vm2').map((v) => v.value)).toEqual([
      'vm2',
      'vm20',
      'vm21',
      'vm22',
      'vm23',
      'vm24',
      'vm25',
      'vm26',
      'vm27',
      'vm28',
      'vm29',
    ]);
    expect(matchItems(vms, '')).toBe(vms);
  });
});

describe('Combobox', () => {
  it('shows the chosen label, keeps no options in the DOM while closed, and is an ARIA combobox', () => {
    const { input, options } = setup('vm3');
    expect(input.value).toBe('vm3 (linux)');
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(input.getAttribute('aria-controls')).toBe(screen.getByRole('listbox', { hidden: true }).id);
    expect(options()).toEqual([]);
  });

  it('opens on Arrow Down with the first matches and says how many more there are', async () => {
    const { input, key, options } = setup();
    await key('ArrowDown');
    expect(input.getAttribute('aria-expanded')).toBe('true');
    expect(options()).toEqual(['vm1 (linux)', 'vm2 (windows)', 'vm3 (linux)', 'vm4 (windows)', 'vm5 (linux)']);
    expect(screen.getByText('25 more — type to narrow')).toBeTruthy();
    expect(input.getAttribute('aria-describedby')).toBe(screen.getByText('25 more — type to narrow').id);
  });

  it('narrows as the user types and says when nothing matches', async () => {
    const { type, options } = setup();
    await type('vm1');
    expect(options()).toEqual(['vm1 (linux)', 'vm10 (windows)', 'vm11 (linux)', 'vm12 (windows)', 'vm13 (linux)']);
    expect(screen.getByText('6 more — type to narrow')).toBeTruthy();
    await type('vm2 (w');
    expect(options()).toEqual(['vm2 (windows)']);
    expect(screen.queryByText(/more — type to narrow/)).toBeNull();
    await type('db');
    expect(options()).toEqual([]);
    expect(screen.getByText('No VM matches db')).toBeTruthy();
  });

  it('moves with the arrows and picks the highlighted match with Enter', async () => {
    const { input, type, key, changes } = setup();
    await type('windows');
    await key('ArrowDown');
    await key('ArrowDown');
    const active = input.getAttribute('aria-activedescendant');
    expect(active && document.getElementById(active)?.textContent).toBe('vm4 (windows)');
    await key('Enter');
    expect(changes).toEqual(['vm4']);
    expect(input.value).toBe('vm4 (windows)');
    expect(input.getAttribute('aria-expanded')).toBe('false');
  });

  it('picks a match by click', async () => {
    const { type, changes } = setup();
    await type('vm29');
    fireEvent.click(screen.getByRole('option', { name: 'vm29 (linux)' }));
    await act(async () => {});
    expect(changes).toEqual(['vm29']);
  });

  it('closes on Escape without changing the choice; a second Escape puts the chosen label back', async () => {
    const { input, type, key, changes } = setup('vm7');
    await type('vm1');
    await key('Escape');
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(changes).toEqual([]);
    await key('Escape');
    expect(input.value).toBe('vm7 (linux)');
    expect(changes).toEqual([]);
  });

  it('shows every item again when opened on the chosen label, and follows a choice made elsewhere', async () => {
    const changes: string[] = [];
    const { rerender } = render(
      <Combobox
        label="VM"
        items={vms}
        value="vm9"
        onChange={(v) => changes.push(v)}
        max={50}
        moreText={String}
        noneText={String}
        toggleLabel="Show"
      />,
    );
    const input = screen.getByRole('combobox') as HTMLInputElement;
    fireEvent.click(screen.getByRole('button', { name: 'Show' }));
    await act(async () => {});
    expect(screen.getAllByRole('option')).toHaveLength(30);
    rerender(
      <Combobox
        label="VM"
        items={vms}
        value="vm12"
        onChange={(v) => changes.push(v)}
        max={50}
        moreText={String}
        noneText={String}
        toggleLabel="Show"
      />,
    );
    expect(input.value).toBe('vm12 (windows)');
    expect(changes).toEqual([]);
  });
});
