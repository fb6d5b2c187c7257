import type { Ref } from 'react';
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
          <code ref={codeRef}>{text}</code>
        ) : (
          <code ref={codeRef} className="hljs" dangerouslySetInnerHTML={{ __html: html }} />
        )}
      </pre>
    </figure>
  );
}
