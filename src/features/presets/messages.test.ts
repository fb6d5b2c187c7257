import { describe, expect, it } from 'vitest';
import { messages } from './messages';
import { PRESETS } from './presets';

describe('preset names', () => {
  it('every preset has a name in the catalog, the English one as listed in PRESETS', () => {
    for (const p of PRESETS) expect((messages.en as Record<string, string>)[p.file]).toBe(p.label);
  });
});
