import type { ReactNode, Ref } from 'react';
import styles from './CodeBlock.module.css';

interface CodeBlockProps {
  fileName: string;
  text: string;
  /** Highlighted markup of `text` (highlight.js escapes it; the markup is only its own token spans). */
  html?: string;
  /** The <code> element, selected when the browser refuses to copy so the user can press Ctrl+C. */
  codeRef?: Ref<HTMLElement>;
  /** Extra data-* facts for tests and styles, e.g. { 'data-format': 'bicep' }. */
  data?: Record<`data-${string}`, string | boolean>;
}

/** A file's text under its name, in a focusable scrolling box; highlighted when `html` is given. */
export function CodeBlock({ fileName, text, html, codeRef, data }: CodeBlockProps) {
  return (
    <figure className={styles.block} data-code-block>
      <figcaption className={styles.name}>{fileName}</figcaption>
      {/* Focusable so keyboard users can scroll a long file. */}
      <pre className={styles.pre} tabIndex={0} {...data}>
        {html === undefined ? (
          <code ref={codeRef}>{chunked(text)}</code>
        ) : (
          <code ref={codeRef} className="hljs" dangerouslySetInnerHTML={{ __html: html }} />
        )}
      </pre>
    </figure>
  );
}

/** Lines per chunk of a long plain text. */
const CHUNK_LINES = 200;

/**
 * A long text as blocks of CHUNK_LINES lines that the browser lays out only when scrolled near (content-visibility),
 * so showing a large export again costs what is in view, not its whole text. The DOM keeps every character (copy,
 * find in page and screen readers see all of it); a short text stays one text node.
 */
function chunked(text: string): ReactNode {
  const lines = text.split('\n');
  if (lines.length <= CHUNK_LINES * 2) return text;
  const chunks: ReactNode[] = [];
  for (let i = 0; i < lines.length; i += CHUNK_LINES) {
    const part = lines.slice(i, i + CHUNK_LINES);
    const last = i + CHUNK_LINES >= lines.length;
    chunks.push(
      <span key={i} className={styles.chunk} style={{ containIntrinsicBlockSize: `auto ${part.length}lh` }}>
        {last ? part.join('\n') : `${part.join('\n')}\n`}
      </span>,
    );
  }
  return chunks;
}
