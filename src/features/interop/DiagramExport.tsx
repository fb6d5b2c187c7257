import { useMemo, useRef, useState } from 'react';
import { designDrawioXml, designMermaidMarkdown } from '../../core/document/designChart';
import { downloadText } from '../../lib/download';
import { safeFileName } from '../../lib/fileName';
import { ActionBar } from '../../lib/ui/ActionBar';
import { Button } from '../../lib/ui/Button';
import { CodeBlock } from '../../lib/ui/CodeBlock';
import { useFileActions } from '../../lib/ui/fileActions';
import { useLanguage, useT } from '../../i18n/useT';
import type { LbTopology, Topology } from '../../core/topology/schema';
import { messages } from './messages';

type DiagramFormat = 'drawio' | 'mermaid';
const FORMATS: readonly DiagramFormat[] = ['drawio', 'mermaid'];
const FILE: Record<DiagramFormat, { suffix: string; mime: string }> = {
  drawio: { suffix: 'drawio', mime: 'application/vnd.jgraph.mxfile' },
  mermaid: { suffix: 'md', mime: 'text/markdown' },
};

/**
 * The Export tab's Diagram row, apart from the Azure formats: the topology as a draw.io file (opens in diagrams.net) or
 * as a Mermaid flowchart in a Markdown block (GitHub and most wikis render it), in the UI's language, with Copy and
 * Download. The text is made only while one is shown. Of what the Export tab writes: one load balancer's view, or the
 * whole design (each load balancer a group, the references between them as edges).
 */
export function DiagramExport({ topology }: { topology: LbTopology | Topology }) {
  const t = useT(messages);
  const locale = useLanguage();
  const [format, setFormat] = useState<DiagramFormat | undefined>(undefined);
  const text = useMemo(
    () =>
      format === 'drawio'
        ? designDrawioXml(topology, { locale })
        : format === 'mermaid'
          ? designMermaidMarkdown(topology, { locale })
          : undefined,
    [format, topology, locale],
  );
  return (
    <section className="interop-report interop-diagram" aria-label={t('diagramHeading')}>
      <h3 className="interop-report__title">{t('diagramHeading')}</h3>
      <p className="interop-muted">{t('diagramHint')}</p>
      <div className="interop-report__actions">
        {FORMATS.map((f) => (
          <Button key={f} size="sm" aria-pressed={format === f} onClick={() => setFormat(format === f ? undefined : f)}>
            {t(f === 'drawio' ? 'diagramDrawio' : 'diagramMermaid')}
          </Button>
        ))}
      </div>
      {format && text !== undefined && <DiagramText key={`${format}\u0000${text}`} format={format} name={topology.name} text={text} />}
    </section>
  );
}

function DiagramText({ format, name, text }: { format: DiagramFormat; name: string; text: string }) {
  const t = useT(messages);
  const codeRef = useRef<HTMLElement>(null);
  const fileName = safeFileName(name, FILE[format].suffix);
  const said = { copied: t('copied', { file: fileName }), copyRefused: t('copyRefused'), downloaded: t('downloaded', { file: fileName }) };
  const { status, copy, download } = useFileActions(text, codeRef, () => downloadText(fileName, text, FILE[format].mime), said);
  return (
    <>
      <ActionBar status={status}>
        <Button onClick={() => void copy()}>{t('copy')}</Button>
        <Button onClick={download}>{t('download')}</Button>
      </ActionBar>
      <CodeBlock fileName={fileName} text={text} codeRef={codeRef} data={{ 'data-format': format }} />
    </>
  );
}
