import { describe, expect, it } from 'vitest';
import { topology, withCode } from '../testing/builders';
import { messageOf } from '../diagnostics/diagnostic';

// Issue 12 item 3: the inspector commits any whole number and leaves ranges to the core (so the app and the CLI
// agree); a probe port outside Azure's 1-65535 must therefore be a clear error here, naming the probe.
describe('probe port range', () => {
  const probeAt = (port: number) => topology({ probes: [{ name: 'p80', protocol: 'Tcp', port }] });

  it.each([-1, 0, 65536, -65535])('port %i is a PortOutOfRange error on the probe', (port) => {
    const found = withCode(probeAt(port), 'PortOutOfRange');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', refs: [{ kind: 'probe', name: 'p80' }] });
    expect(messageOf(found[0]!)).toBe(`Probe p80 has port ${port}; a health probe port is 1-65535.`);
  });

  it.each([1, 65535])('port %i is accepted', (port) => {
    expect(withCode(probeAt(port), 'PortOutOfRange')).toEqual([]);
  });
});
