import { diagnostic, SOURCES, type Diagnostic } from '../diagnostics/diagnostic';
import type { TopologyIndex } from '../model/resolve';
import { text } from './catalogText';
import { ref } from './refs';

/** "HTTP probes don't support probing on the following ports due to security concerns" (health probe overview). */
const UNPROBED_HTTP_PORTS: ReadonlySet<number> = new Set([19, 21, 25, 70, 110, 119, 143, 220, 993]);

/**
 * The probe settings Azure bounds: an interval of 5 seconds or more ("the minimum value is 5", REST spec
 * `intervalInSeconds`), a threshold of 1 or more (`probeThreshold` counts consecutive probes; the azurerm provider
 * validates 1-100), and HTTP(S) probes
 * only on the ports Azure probes. The last is a warning: Azure takes the probe, but it never marks an instance up.
 */
export function checkProbeSettings(index: TopologyIndex, out: Diagnostic[]): void {
  for (const probe of index.topology.probes) {
    const p = [ref('probe', probe.name)];
    const seconds = probe.intervalInSeconds;
    if (seconds !== undefined && seconds < 5) {
      out.push(
        diagnostic('error', 'ProbeIntervalTooShort', p, text('ProbeIntervalTooShort', { probe: probe.name, seconds }), SOURCES.restSpec),
      );
    }
    const threshold = probe.probeThreshold;
    if (threshold !== undefined && threshold < 1) {
      out.push(
        diagnostic(
          'error',
          'ProbeThresholdTooLow',
          p,
          text('ProbeThresholdTooLow', { probe: probe.name, threshold }),
          SOURCES.probeThreshold,
        ),
      );
    }
    // HTTPS is HTTP over TLS and 993 is a TLS port, so the list is read as covering both (docs/diagnostics.md).
    if ((probe.protocol === 'Http' || probe.protocol === 'Https') && UNPROBED_HTTP_PORTS.has(probe.port)) {
      out.push(
        diagnostic(
          'warning',
          'ProbePortNotProbed',
          p,
          text('ProbePortNotProbed', { probe: probe.name, protocol: probe.protocol, port: probe.port }),
          SOURCES.probes,
        ),
      );
    }
  }
}
