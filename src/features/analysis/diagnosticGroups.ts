import type { Diagnostic, Severity } from '../../core/diagnostics/diagnostic';

/** The findings of one code, in the core's order. */
export interface DiagnosticGroup {
  code: string;
  severity: Severity;
  items: readonly Diagnostic[];
}

/** What the list shows, top to bottom: a run of single findings, or a group of one code with a disclosure. */
export type DiagnosticBlock = { kind: 'single'; items: readonly Diagnostic[] } | { kind: 'group'; group: DiagnosticGroup };

/** A group this small starts open: a few findings read faster than a disclosure to open. */
export const OPEN_UP_TO = 5;

/**
 * One group per code, in the order each code first appears (the core's: errors first), each group's findings in
 * the core's order. 300 identical NoProbe warnings become one line.
 * @example groupDiagnostics([noProbe1, noProbe2, dup]) // [{ code: 'NoProbe', items: [noProbe1, noProbe2] }, { code: 'Dup', items: [dup] }]
 */
export function groupDiagnostics(diagnostics: readonly Diagnostic[]): DiagnosticGroup[] {
  const byCode = new Map<string, { code: string; severity: Severity; items: Diagnostic[] }>();
  for (const d of diagnostics) {
    const key = `${d.severity}\u0000${d.code}`;
    const group = byCode.get(key);
    if (group) group.items.push(d);
    else byCode.set(key, { code: d.code, severity: d.severity, items: [d] });
  }
  return [...byCode.values()];
}

/**
 * The list's blocks: a group of one shows its finding directly (consecutive ones share a list); larger groups keep
 * their disclosure.
 */
export function diagnosticBlocks(groups: readonly DiagnosticGroup[]): DiagnosticBlock[] {
  const blocks: DiagnosticBlock[] = [];
  for (const group of groups) {
    const last = blocks.at(-1);
    if (group.items.length > 1) blocks.push({ kind: 'group', group });
    else if (last?.kind === 'single') blocks[blocks.length - 1] = { kind: 'single', items: [...last.items, ...group.items] };
    else blocks.push({ kind: 'single', items: group.items });
  }
  return blocks;
}

/** Whether a group is open: small ones start open, large ones closed, and each toggle flips that. */
export function isGroupOpen(group: DiagnosticGroup, toggled: ReadonlySet<string>): boolean {
  return group.items.length <= OPEN_UP_TO !== toggled.has(group.code);
}
