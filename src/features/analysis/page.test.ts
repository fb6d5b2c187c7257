import { describe, expect, it } from 'vitest';
import { pageWithSelected } from './page';

const rows = Array.from({ length: 250 }, (_, i) => ({ rule: `rule${Math.floor(i / 10)}`, vm: `vm${i % 10}` }));

describe('pageWithSelected', () => {
  it('is the whole list when it fits on a page', () => {
    expect(pageWithSelected(rows.slice(0, 30), 100, 'rule1')).toEqual({ rows: rows.slice(0, 30), added: 0 });
  });

  it('is the first page when the selected rule has rows on it, or nothing is selected', () => {
    expect(pageWithSelected(rows, 100, 'rule3')).toEqual({ rows: rows.slice(0, 100), added: 0 });
    expect(pageWithSelected(rows, 100, undefined)).toEqual({ rows: rows.slice(0, 100), added: 0 });
    expect(pageWithSelected(rows, 100, 'no-such-rule')).toEqual({ rows: rows.slice(0, 100), added: 0 });
  });

  it('adds every row of a selected rule that sorts beyond the page, in order', () => {
    const { rows: out, added } = pageWithSelected(rows, 100, 'rule20');
    expect(added).toBe(10);
    expect(out.slice(0, 100)).toEqual(rows.slice(0, 100));
    expect(out.slice(100)).toEqual(rows.filter((r) => r.rule === 'rule20'));
  });
});

describe('pageWithSelected, a selected VM', () => {
  const many = Array.from({ length: 250 }, (_, i) => ({ rule: `rule${Math.floor(i / 10)}`, vm: i >= 240 ? 'late' : `vm${i % 10}` }));

  it('is the first page when the VM has rows on it', () => {
    expect(pageWithSelected(many, 100, undefined, 'vm3')).toEqual({ rows: many.slice(0, 100), added: 0 });
  });

  it('adds the rows of a VM that sort beyond the page', () => {
    const { rows: out, added } = pageWithSelected(many, 100, undefined, 'late');
    expect(added).toBe(10);
    expect(out.slice(100).every((r) => r.vm === 'late')).toBe(true);
    expect(out.slice(0, 100)).toEqual(many.slice(0, 100));
  });
});
