// Test-only: the bad/good pair of PlaceholderValue (codeCases.testing.ts gathers it into `cases`).
import type { DiagnosticCode } from '../diagnostics/diagnostic';
import { topology } from '../testing/builders';
import type { LbTopology } from '../topology/schema';

const base = topology();
const markedFrontend = (t: LbTopology): LbTopology => ({
  ...t,
  frontends: t.frontends.map((f, i) =>
    i === 0 ? { ...f, placeholders: [{ field: 'ip', reason: 'unresolved' as const, source: "[parameters('ip')]" }] } : f,
  ),
});

/** A frontend whose address is marked as a placeholder; the same plan without the marker. */
export const placeholderCases: Record<Extract<DiagnosticCode, 'PlaceholderValue'>, { bad: LbTopology; good: LbTopology }> = {
  PlaceholderValue: { bad: markedFrontend(base), good: base },
};
