import { messageOf, serializeDiagnostic, type Diagnostic } from '../core/diagnostics/diagnostic';
import { hasErrors } from '../core/validation/analyze';
import { analyzeTopology } from '../core/validation/analyzeTopology';
import { EXIT, readTopology, type Io } from './io';

/** A diagnostic as JSON: its load balancer too, when it belongs to one (every load balancer of the file is validated). */
export function diagnosticJson(d: Diagnostic) {
  return { ...serializeDiagnostic(d), ...(d.loadBalancer !== undefined ? { loadBalancer: d.loadBalancer } : {}) };
}

/** `validate <file> [--json]`: prints the diagnostics of every load balancer; exit 1 when any is an error. */
export function validateCommand(io: Io, file: string | undefined, json: boolean): number {
  const topology = readTopology(io, file);
  const diagnostics = analyzeTopology(topology).diagnostics;
  if (json) {
    io.out(JSON.stringify({ diagnostics: diagnostics.map(diagnosticJson) }, null, 2));
  } else if (diagnostics.length === 0) {
    io.out(`${file}: no problems found.`);
  } else {
    // With several load balancers each line says whose it is; a single one's output stays as it always was.
    const several = topology.loadBalancers.length > 1;
    const whose = (d: Diagnostic) => (several && d.loadBalancer !== undefined ? `[${d.loadBalancer}] ` : '');
    for (const d of diagnostics) io.out(`${d.severity.padEnd(7)} ${d.code}: ${whose(d)}${messageOf(d)}`);
    const count = (s: string) => diagnostics.filter((d) => d.severity === s).length;
    io.out(`\n${count('error')} error(s), ${count('warning')} warning(s), ${count('info')} info.`);
  }
  return hasErrors(diagnostics) ? EXIT.findings : EXIT.ok;
}
