import { useMemo, useState } from 'react';
import type { Diagnostic, ElementRef } from '../../core/diagnostics/diagnostic';
import { FindingList } from '../../lib/ui/Finding';
import { diagnosticBlocks, groupDiagnostics, isGroupOpen } from './diagnosticGroups';
import { DiagnosticsGroup } from './DiagnosticsGroup';
import { DiagnosticsItem } from './DiagnosticsItem';
import { DIAGNOSTICS_PAGE } from './viewState';

interface DiagnosticsListProps {
  diagnostics: readonly Diagnostic[];
  onSelect: (refs: ElementRef[]) => void;
}

/**
 * The core's diagnostics grouped by code: a code found once shows its finding, a code found many times one line
 * with its count that opens to its findings (a page at a time), so 300 identical warnings take one line.
 */
export function DiagnosticsList({ diagnostics, onSelect }: DiagnosticsListProps) {
  const blocks = useMemo(() => diagnosticBlocks(groupDiagnostics(diagnostics)), [diagnostics]);
  const [toggled, setToggled] = useState<ReadonlySet<string>>(() => new Set());
  const [limits, setLimits] = useState<ReadonlyMap<string, number>>(() => new Map());
  const toggle = (code: string) =>
    setToggled((prev) => {
      const next = new Set(prev);
      if (!next.delete(code)) next.add(code);
      return next;
    });
  const showMore = (code: string) => setLimits((prev) => new Map(prev).set(code, (prev.get(code) ?? DIAGNOSTICS_PAGE) + DIAGNOSTICS_PAGE));
  return (
    <div className="diagnostic-groups">
      {blocks.map((b) =>
        b.kind === 'single' ? (
          <FindingList key={`single\u0000${b.items[0]!.code}`}>
            {b.items.map((d) => (
              <DiagnosticsItem
                key={`${d.code}\u0000${d.loadBalancer ?? ''}\u0000${d.elements.join('\u0000')}`}
                diagnostic={d}
                onSelect={onSelect}
              />
            ))}
          </FindingList>
        ) : (
          <DiagnosticsGroup
            key={b.group.code}
            group={b.group}
            open={isGroupOpen(b.group, toggled)}
            onToggle={toggle}
            limit={limits.get(b.group.code) ?? DIAGNOSTICS_PAGE}
            onShowMore={showMore}
            onSelect={onSelect}
          />
        ),
      )}
    </div>
  );
}
