import { memo, useRef } from 'react';
import type { ExportNote } from '../../core/export/types';
import { useT } from '../../i18n/useT';
import { Finding, FindingList } from '../../lib/ui/Finding';
import { useRenderWindow } from '../../lib/useRenderWindow';
import { messages } from './messages';

/**
 * The exporter's notes in a capped, scrollable (so focusable) region, so a long list does not push the text out of
 * sight. A large design has hundreds: the first screenful is rendered and more as the region scrolls, so opening the
 * tab lays out what can be seen; each note says its place in the whole list to assistive technology.
 */
export const ExportNotes = memo(function ExportNotes({ notes }: { notes: readonly ExportNote[] }) {
  const t = useT(messages);
  const ref = useRef<HTMLDivElement>(null);
  const rendered = useRenderWindow(ref, notes.length, 'li');
  if (notes.length === 0) return null;
  return (
    <div ref={ref} className="interop-notes" tabIndex={0} role="region" aria-label={t('exportNotesLabel')}>
      <FindingList label={t('exportNotesLabel')}>
        {notes.slice(0, rendered).map((n, i) => (
          <Finding
            key={`${n.code}\u0000${i}`}
            severity={n.severity}
            severityLabel={t(n.severity)}
            code={n.code}
            position={rendered < notes.length ? { index: i, of: notes.length } : undefined}
          >
            {n.message}
          </Finding>
        ))}
      </FindingList>
    </div>
  );
});
