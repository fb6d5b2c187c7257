import { useId } from 'react';
import type { ElementRef } from '../../core/diagnostics/diagnostic';
import { messageOf } from '../../core/diagnostics/diagnostic';
import { useLanguage, useT } from '../../i18n/useT';
import { Badge } from '../../lib/ui/Badge';
import { Button } from '../../lib/ui/Button';
import { FindingList } from '../../lib/ui/Finding';
import type { DiagnosticGroup } from './diagnosticGroups';
import { DiagnosticsItem, SEVERITY_LABEL } from './DiagnosticsItem';
import { messages } from './messages';
import { DIAGNOSTICS_PAGE } from './viewState';
import './diagnostics.css';

interface DiagnosticsGroupProps {
  group: DiagnosticGroup;
  open: boolean;
  onToggle: (code: string) => void;
  /** How many of its findings are shown while open; the rest wait for "show more". */
  limit: number;
  onShowMore: (code: string) => void;
  onSelect: (refs: ElementRef[]) => void;
}

/**
 * The findings of one code behind a disclosure button (severity, code, count and the first message's gist). Closed,
 * it renders none of them; open, a page at a time.
 */
export function DiagnosticsGroup({ group, open, onToggle, limit, onShowMore, onSelect }: DiagnosticsGroupProps) {
  const t = useT(messages);
  const language = useLanguage();
  const id = useId();
  const n = group.items.length;
  const shown = open ? group.items.slice(0, limit) : [];
  return (
    <div className="diagnostic-group" data-severity={group.severity} data-group={group.code}>
      <button
        type="button"
        className="diagnostic-group__toggle"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => onToggle(group.code)}
      >
        <span className="diagnostic-group__chevron" aria-hidden="true" />
        <Badge tone={group.severity}>{t(SEVERITY_LABEL[group.severity])}</Badge>
        <code className="diagnostic-group__code">{group.code}</code>
        <span className="diagnostic-group__count">{t('groupFindings', { n })}</span>
        <span className="diagnostic-group__gist">{t('groupExample', { message: messageOf(group.items[0]!, language) })}</span>
      </button>
      <div id={id} hidden={!open} className="diagnostic-group__items">
        {open && (
          <FindingList label={t('groupList', { code: group.code, n })}>
            {shown.map((d, i) => (
              <DiagnosticsItem key={`${d.elements.join('\u0000')}\u0000${i}`} diagnostic={d} onSelect={onSelect} />
            ))}
          </FindingList>
        )}
        {open && n > limit && (
          <p className="analysis-more">
            {t('groupShown', { shown: limit, n })}{' '}
            <Button variant="link" onClick={() => onShowMore(group.code)}>
              {t('showMoreFindings', { n: Math.min(DIAGNOSTICS_PAGE, n - limit) })}
            </Button>
            .
          </p>
        )}
      </div>
    </div>
  );
}
