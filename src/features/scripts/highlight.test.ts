import { describe, expect, it } from 'vitest';
import { generateScript } from '../../core/scripts/generate';
import { FLAVORS } from '../../core/scripts/types';
import { lbView } from '../../core/topology/design';
import { DEFAULT_TOPOLOGY } from '../../store/defaultTopology';
import { highlightScript } from './highlighter';
import { languageFor } from './language';

const DEFAULT_VIEW = lbView(DEFAULT_TOPOLOGY, 0);

// What the browser shows as the code's textContent: the tags dropped and highlight.js's escapes undone.
const textOf = (html: string) =>
  html
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, '&');

describe('languageFor', () => {
  it('picks the grammar of each flavour', () => {
    expect(FLAVORS.map(languageFor)).toEqual(['dos', 'powershell', 'bash', 'bash', 'bash', 'bash']);
  });
});

describe('highlightScript', () => {
  it.each(FLAVORS)('keeps the %s script text intact (what is shown is what is copied)', (flavor) => {
    const { text } = generateScript(DEFAULT_VIEW, 'VM2', { flavor });
    const html = highlightScript(text, languageFor(flavor));
    expect(html).toContain('<span class="hljs-');
    expect(textOf(html)).toBe(text);
  });

  it('escapes markup in the script, so a hostile name cannot inject HTML', () => {
    expect(highlightScript("echo '<img src=x onerror=alert(1)>'", 'bash')).not.toContain('<img');
  });
});
