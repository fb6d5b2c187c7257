import { useState } from 'react';
import { useT } from '../../i18n/useT';
import { safeFileStem } from '../../core/files/fileName';
import { saveBlob } from '../../lib/download';
import { messages } from './messages';
import { pageTheme } from './theme';
import { Button } from '../../lib/ui/Button';

/** The core's before/after diagram inline, scrollable sideways, with SVG and PNG downloads; `svg` undefined while its code loads. */
export function TraceDiagram({ svg, fileBase, loadError }: { svg: string | undefined; fileBase: string; loadError?: string }) {
  const t = useT(messages);
  const [pngError, setPngError] = useState<string>();
  const downloadPng = async (text: string) => {
    setPngError(undefined);
    try {
      // The rasteriser is loaded on the first click only: most visits never export a PNG.
      const png = await import('./svgToPng');
      try {
        saveBlob(`${safeFileStem(fileBase)}.png`, await png.svgToPng(text, pageTheme()));
      } catch (e) {
        setPngError(t('pngFailed', { error: e instanceof png.PngError ? t(e.reason) : e instanceof Error ? e.message : String(e) }));
      }
    } catch (e) {
      setPngError(t('pngFailed', { error: e instanceof Error ? e.message : String(e) }));
    }
  };
  if (loadError) {
    return (
      <p className="trace-error" role="alert">
        {t('diagramLoadFailed', { error: loadError })}
      </p>
    );
  }
  if (svg === undefined) return <p className="trace-empty">{t('diagramLoading')}</p>;
  return (
    <section className="trace-diagram" aria-label={t('diagram')}>
      <div className="trace-actions">
        <Button onClick={() => saveBlob(`${safeFileStem(fileBase)}.svg`, new Blob([svg], { type: 'image/svg+xml' }))}>
          {t('downloadSvg')}
        </Button>
        <Button onClick={() => void downloadPng(svg)}>{t('downloadPng')}</Button>
        {pngError && (
          <p className="trace-error" role="alert">
            {pngError}
          </p>
        )}
      </div>
      {/* tabIndex: a scrollable region must be reachable by keyboard to scroll it. */}
      <div
        className="trace-diagram__scroll"
        tabIndex={0}
        role="region"
        aria-label={t('diagramScroll')}
        // Safe only because the core's SVG writer escapes every name, address and note it puts in the markup
        // (src/core/diagram/svg.ts); nothing else is ever passed here.
        dangerouslySetInnerHTML={{ __html: svg }}
      />
    </section>
  );
}
