import { useId, useMemo, useState } from 'react';
import { traceDiagram } from '../../core/diagram/diagram';
import { lbView } from '../../core/topology/design';
import { useLanguage, useT } from '../../i18n/useT';
import { useTopologyStore } from '../../store/topologyStore';
import { messages } from './messages';
import { Button } from '../../lib/ui/Button';

/**
 * The core's floating IP off/on diagram of one rule × VM, drawn from the canvas's topology as it is now (so it
 * marks the side the learner's switch is on). Fitted to the panel by default; full size scrolls inside its frame.
 */
export function LiveDiagram({ label, rule, vm }: { label: string; rule: string; vm: string }) {
  const t = useT(messages);
  const language = useLanguage();
  const topology = lbView(
    useTopologyStore((s) => s.topology),
    0,
  );
  const idPrefix = `lesson-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const [full, setFull] = useState(false);
  const drawn = useMemo(() => traceDiagram(topology, { rule, vm, locale: language, idPrefix }), [topology, rule, vm, language, idPrefix]);
  return (
    <figure className="lesson__diagram">
      <figcaption>{label}</figcaption>
      {drawn.ok ? (
        <>
          <Button size="sm" aria-pressed={full} onClick={() => setFull((f) => !f)}>
            {full ? t('diagramFit') : t('diagramFull')}
          </Button>
          {/* tabIndex: a region that scrolls must be reachable by keyboard. */}
          <div
            className={full ? 'lesson__diagram-frame lesson__diagram-frame--full' : 'lesson__diagram-frame'}
            tabIndex={0}
            role="region"
            aria-label={t('diagramRegion')}
            // Safe only because the core's SVG writer escapes every name, address and note it puts in the markup.
            dangerouslySetInnerHTML={{ __html: drawn.svg }}
          />
        </>
      ) : (
        <p className="lesson__status">{t('diagramFailed', { error: drawn.error })}</p>
      )}
    </figure>
  );
}
