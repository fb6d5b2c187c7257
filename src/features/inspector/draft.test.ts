import { describe, expect, it } from 'vitest';
import { parseAddress, parseInteger, parseOptionalInteger, parseRequiredText } from './draft';

describe('draft parsing', () => {
  it('reads whole numbers and leaves range checks to the core', () => {
    expect(parseInteger('80')).toEqual({ ok: true, value: 80 });
    expect(parseInteger(' 443 ')).toEqual({ ok: true, value: 443 });
    expect(parseInteger('70000')).toEqual({ ok: true, value: 70000 });
    expect(parseInteger('-1')).toEqual({ ok: true, value: -1 });
  });

  it('explains what is wrong with a number and how to fix it', () => {
    expect(parseInteger('')).toMatchObject({ ok: false, problem: expect.stringContaining('whole number') });
    expect(parseInteger('80.5')).toMatchObject({ ok: false, problem: expect.stringContaining('without a decimal part') });
    expect(parseInteger('80a')).toMatchObject({ ok: false, problem: expect.stringContaining('"80a" is not a number') });
    expect(parseInteger('99999999999999999999')).toMatchObject({ ok: false });
  });

  it('treats an empty optional number as not set', () => {
    expect(parseOptionalInteger('')).toEqual({ ok: true, value: undefined });
    expect(parseOptionalInteger('15')).toEqual({ ok: true, value: 15 });
    expect(parseOptionalInteger('x').ok).toBe(false);
  });

  it('accepts addresses the core accepts and explains the rest with the core words', () => {
    expect(parseAddress('10.0.0.4')).toEqual({ ok: true, value: '10.0.0.4' });
    expect(parseAddress('2001:db8::4')).toEqual({ ok: true, value: '2001:db8::4' });
    expect(parseAddress('010.0.0.1')).toMatchObject({ ok: false, problem: expect.stringContaining('without leading zeros') });
    expect(parseAddress('10.0.0')).toMatchObject({ ok: false, problem: expect.stringContaining('four decimal numbers') });
    expect(parseAddress('10.0.0.0/24')).toMatchObject({ ok: false, problem: expect.stringContaining('prefix length') });
  });

  it('requires non-empty text without surrounding spaces', () => {
    expect(parseRequiredText('eth0', 'NIC name')).toEqual({ ok: true, value: 'eth0' });
    expect(parseRequiredText('', 'NIC name').ok).toBe(false);
    expect(parseRequiredText(' eth0', 'NIC name').ok).toBe(false);
  });
});
