import type { Ref } from 'react';
import type { Flavor } from '../../core/scripts/types';
import { displayText } from './display';
import { useHighlighted } from './useHighlighted';

interface ScriptCodeProps {
  fileName: string;
  text: string;
  flavor: Flavor;
  codeRef?: Ref<HTMLElement>;
}

/** The script under its file name: plain text at once, highlighted once the lazy highlighter has loaded. */
export function ScriptCode({ fileName, text, flavor, codeRef }: ScriptCodeProps) {
  const shown = displayText(text);
  const html = useHighlighted(shown, flavor);
  return (
    <figure className="script-code">
      <figcaption className="script-code__name">{fileName}</figcaption>
      {/* Focusable so keyboard users can scroll a long script. */}
      <pre className="script-code__pre" tabIndex={0} data-highlighted={html !== undefined}>
        {html === undefined ? (
          <code ref={codeRef}>{shown}</code>
        ) : (
          // highlight.js escapes the script; the markup is only its own token spans.
          <code ref={codeRef} className="hljs" dangerouslySetInnerHTML={{ __html: html }} />
        )}
      </pre>
    </figure>
  );
}
