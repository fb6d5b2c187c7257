import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FLAVORS } from '../../core/scripts/types';
import { FUZZ_TIMEOUT, fuzzRuns, HOSTILE_NAMES, hostileTopology } from '../../core/testing/hostile';
import { flavorFor, INITIAL_CHOICES, pickVm, scriptOptions } from './choices';
import { displayText } from './display';

// Issue 12 item 3: the Scripts tab's view models over the core's hostile topologies (fixed seed).

describe('scripts tab view models (fuzz)', () => {
  it(
    'every VM gets a real flavour and options, whatever its name, and the pick is one of the VMs',
    () => {
      fc.assert(
        fc.property(
          hostileTopology(),
          fc.constantFrom(...HOSTILE_NAMES, undefined),
          fc.constantFrom(...HOSTILE_NAMES, undefined),
          (t, chosen, selected) => {
            const names = t.vms.map((v) => v.name);
            const vm = pickVm(names, chosen, selected);
            expect(vm === undefined ? names.length === 0 : names.includes(vm)).toBe(true);
            for (const v of t.vms) {
              const flavor = flavorFor(v, INITIAL_CHOICES);
              expect(FLAVORS).toContain(flavor);
              expect(FLAVORS).toContain(scriptOptions(flavor, { ...INITIAL_CHOICES, docExact: true }).flavor);
            }
          },
        ),
        fuzzRuns(150),
      );
    },
    FUZZ_TIMEOUT,
  );

  it(
    'shows any text with LF line ends and the same lines',
    () => {
      fc.assert(
        fc.property(fc.string({ unit: fc.constantFrom('a', '\r', '\n', '\r\n', 'é', '<', '\u0000') }), (text) => {
          const shown = displayText(text);
          expect(shown).not.toContain('\r');
          expect(shown.split('\n')).toHaveLength(text.split(/\r\n|\r|\n/).length);
        }),
        fuzzRuns(300),
      );
    },
    FUZZ_TIMEOUT,
  );
});
