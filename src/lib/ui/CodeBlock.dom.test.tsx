// A long plain text is cut into blocks the browser lays out only near the view; the text itself must not change.
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CodeBlock } from './CodeBlock';

const lines = (n: number, end = '') => Array.from({ length: n }, (_, i) => `line ${i} ${'x'.repeat(i % 7)}`).join('\n') + end;

describe('CodeBlock', () => {
  it('keeps a short text as one text node', () => {
    const { container } = render(<CodeBlock fileName="a.sh" text={lines(10)} />);
    const code = container.querySelector('code')!;
    expect(code.childNodes).toHaveLength(1);
    expect(code.textContent).toBe(lines(10));
  });

  it('cuts a long text into blocks of lines whose text is exactly the original, newlines included', () => {
    for (const text of [lines(1234), lines(1000, '\n'), lines(400) + '\n\n']) {
      const { container, unmount } = render(<CodeBlock fileName="main.tf" text={text} />);
      const code = container.querySelector('code')!;
      expect(code.children.length).toBeGreaterThan(1);
      expect(code.textContent).toBe(text);
      unmount();
    }
  });
});
