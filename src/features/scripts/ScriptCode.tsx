import type { Ref } from 'react';
import type { Flavor } from '../../core/scripts/types';
import { CodeBlock } from '../../lib/ui/CodeBlock';
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
  return <CodeBlock fileName={fileName} text={shown} html={html} codeRef={codeRef} data={{ 'data-highlighted': html !== undefined }} />;
}
