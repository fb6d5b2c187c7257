import { describe, expect, it } from 'vitest';
import { toastDelay } from './toastDelay';

describe('toastDelay', () => {
  it('closes plain notices by themselves, errors later than news', () => {
    const info = toastDelay({ tone: 'info', text: 'Saved.' });
    const error = toastDelay({ tone: 'error', text: 'Could not open the file.' });
    expect(info).toBeGreaterThan(0);
    expect(error).toBeGreaterThan(info!);
  });

  it('keeps notices that hold a download, an action, or ask to stay', () => {
    expect(toastDelay({ tone: 'error', text: 'Corrupt', download: { filename: 'x.json', content: '{' } })).toBeNull();
    expect(toastDelay({ tone: 'info', text: 'Kept', action: { label: 'Restore', run: () => {} } })).toBeNull();
    expect(toastDelay({ tone: 'info', text: 'Read me', stays: true })).toBeNull();
  });

  it('gives a long text more time', () => {
    const short = toastDelay({ tone: 'error', text: 'a b c' })!;
    const long = toastDelay({ tone: 'error', text: Array.from({ length: 200 }, () => 'word').join(' ') })!;
    expect(long).toBeGreaterThan(short);
  });
});
