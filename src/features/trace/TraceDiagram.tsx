import { useState } from 'react';
import { saveBlob } from '../../lib/download';
import { pageTheme } from './theme';
import { svgToPng } from './svgToPng';

/** The core's before/after diagram inline, scrollable sideways, with SVG and PNG downloads. */
export function TraceDiagram({ svg, fileBase }: { svg: string; fileBase: string }) {
  const [pngError, setPngError] = useState<string>();

  const downloadPng = async () => {
    setPngError(undefined);
    try {
      saveBlob(`${fileBase}.png`, await svgToPng(svg, pageTheme()));
    } catch (e) {
      setPngError(`Could not make the PNG: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  return (
    <section className="trace-diagram" aria-label="Floating IP off and on">
      <div className="trace-actions">
        <button type="button" className="app-button" onClick={() => saveBlob(`${fileBase}.svg`, new Blob([svg], { type: 'image/svg+xml' }))}>
          Download SVG
        </button>
        <button type="button" className="app-button" onClick={() => void downloadPng()}>
          Download PNG
        </button>
        {pngError && <p className="trace-error" role="alert">{pngError}</p>}
      </div>
      {/* tabIndex: a scrollable region must be reachable by keyboard to scroll it. */}
      <div
        className="trace-diagram__scroll"
        tabIndex={0}
        role="region"
        aria-label="Diagram (scrolls sideways)"
        // Safe only because the core's SVG writer escapes every name, address and note it puts in the markup
        // (src/core/diagram/svg.ts); nothing else is ever passed here.
        dangerouslySetInnerHTML={{ __html: svg }}
      />
    </section>
  );
}
