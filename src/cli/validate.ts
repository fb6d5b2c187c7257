import { messageOf, serializeDiagnostic } from '../core/diagnostics/diagnostic';
import { hasErrors, validate } from '../core/validation/analyze';
import { EXIT, readTopology, type Io } from './io';

/** `validate <file> [--json]`: prints diagnostics; exit 1 when any is an error. */
export function validateCommand(io: Io, file: string | undefined, json: boolean): number {
  const diagnostics = validate(readTopology(io, file));
  if (json) {
    io.out(JSON.stringify({ diagnostics: diagnostics.map(serializeDiagnostic) }, null, 2));
  } else if (diagnostics.length === 0) {
    io.out(`${file}: no problems found.`);
  } else {
    for (const d of diagnostics) io.out(`${d.severity.padEnd(7)} ${d.code}: ${messageOf(d)}`);
    const count = (s: string) => diagnostics.filter((d) => d.severity === s).length;
    io.out(`\n${count('error')} error(s), ${count('warning')} warning(s), ${count('info')} info.`);
  }
  return hasErrors(diagnostics) ? EXIT.findings : EXIT.ok;
}
