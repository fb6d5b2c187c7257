import type { Severity } from '../../core/diagnostics/diagnostic';
import { messageOf } from '../../core/diagnostics/diagnostic';
import { useLanguage, useT } from '../../i18n/useT';
import { messages } from './messages';
import type { FindingGroup } from './summary';
import { Badge } from '../../lib/ui/Badge';
import { Table } from '../../lib/ui/Table';

const COLUMNS = ['colSeverity', 'colCode', 'colPath', 'colMessage'] as const;

/**
 * Every import diagnostic: severity, code (and whether it left a placeholder), where in the input, message (in the
 * UI's language). A sentence repeated for many elements is one row; the others open under it.
 */
export function FindingsTable({ groups, caption }: { groups: readonly FindingGroup[]; caption: string }) {
  const t = useT(messages);
  const language = useLanguage();
  const severityLabel = (s: Severity) => t(s);
  return (
    // Focusable and named, so keyboard users can scroll a long list.
    <Table
      caption={caption}
      columns={COLUMNS.map((c) => t(c))}
      region={t('findingsLabel')}
      regionClassName="interop-findings"
      className="interop-findings__table"
    >
      {groups.map(({ finding: f, more }, i) => (
        <tr key={`${f.code}\u0000${f.path ?? ''}\u0000${i}`} data-code={f.code} data-more={more.length || undefined}>
          <td>
            <Badge tone={f.severity}>{severityLabel(f.severity)}</Badge>
          </td>
          <td>
            <code>{f.code}</code>
            {f.placeholder && <span className="interop-tag">{t('placeholder')}</span>}
          </td>
          <td>{f.path ? <code className="interop-path">{f.path}</code> : '—'}</td>
          <td>
            {messageOf(f, language)}
            {more.length > 0 && (
              <details className="interop-findings__more">
                <summary>{t('findingsMoreLike', { n: more.length })}</summary>
                <ul>
                  {more.map((m, j) => (
                    <li key={j}>
                      {m.path && <code className="interop-path">{m.path}</code>} {messageOf(m, language)}
                    </li>
                  ))}
                </ul>
              </details>
            )}
          </td>
        </tr>
      ))}
    </Table>
  );
}
