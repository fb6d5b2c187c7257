import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { Badge } from './Badge';
import { Button } from './Button';
import { cx } from './cx';
import { copyOrSelect } from './fileActions';
import { Finding } from './Finding';
import { Table } from './Table';

describe('cx', () => {
  it('joins the names that are set', () => {
    expect(cx('a', false, undefined, 'b', null, '')).toBe('a b');
  });
});

describe('Button', () => {
  it('is type="button" unless told otherwise, and says its variant', () => {
    const html = renderToStaticMarkup(createElement(Button, { variant: 'danger' }, 'Delete'));
    expect(html).toMatch(/^<button type="button" data-variant="danger" class="[^"]+">Delete<\/button>$/);
    expect(renderToStaticMarkup(createElement(Button, { type: 'submit' }, 'Go'))).toContain('type="submit"');
  });

  it('keeps a feature class beside its own', () => {
    const html = renderToStaticMarkup(createElement(Button, { className: 'lesson__leave' }, 'Leave'));
    expect(html).toMatch(/class="\S+ lesson__leave"/);
  });
});

describe('Badge', () => {
  it('carries its tone', () => {
    expect(renderToStaticMarkup(createElement(Badge, { tone: 'warning', children: 'Warning' }))).toContain('data-tone="warning"');
  });
});

describe('Finding', () => {
  it('shows severity, code, message and the foot line only when given', () => {
    const plain = renderToStaticMarkup(
      createElement(Finding, { severity: 'error', severityLabel: 'Error', code: 'X1', children: 'Broken' }),
    );
    expect(plain).toContain('data-severity="error"');
    expect(plain).toContain('<code');
    expect(plain).toContain('>X1</code>');
    expect(plain).toContain('Broken');
    expect(plain.match(/<p/g)).toHaveLength(1);
    const withFoot = renderToStaticMarkup(
      createElement(Finding, { severity: 'info', severityLabel: 'Info', code: 'X2', foot: 'Source: docs', children: 'Note' }),
    );
    expect(withFoot.match(/<p/g)).toHaveLength(2);
  });
});

describe('Table', () => {
  it('wraps text headers in <th scope="col"> and uses element headers as they are', () => {
    const sortable = createElement('th', { 'aria-sort': 'none' }, 'Rule');
    const html = renderToStaticMarkup(
      createElement(Table, {
        caption: 'Mapping',
        columns: [sortable, 'VM'],
        children: createElement('tr', null, createElement('td', null, 'r1')),
      }),
    );
    expect(html).toContain('<th aria-sort="none">Rule</th><th scope="col">VM</th>');
    expect(html).toContain('<caption>Mapping</caption>');
    expect(html).not.toContain('role="region"');
  });

  it('scrolls inside a named, focusable region when asked', () => {
    const html = renderToStaticMarkup(
      createElement(Table, { caption: 'C', columns: ['A'], region: 'Mapping table', regionClassName: 'interop-findings', children: null }),
    );
    expect(html).toMatch(/^<div class="\S+ interop-findings" role="region" aria-label="Mapping table" tabindex="0"><table/);
  });
});

describe('copyOrSelect', () => {
  it('reports a copy the clipboard took', async () => {
    const copy = vi.fn(async () => true);
    expect(await copyOrSelect('text', null, copy)).toBe(true);
    expect(copy).toHaveBeenCalledWith('text');
  });

  it('selects the shown text when the browser refuses', async () => {
    const selectAllChildren = vi.fn();
    vi.stubGlobal('window', { getSelection: () => ({ selectAllChildren }) });
    const shown = {} as HTMLElement;
    expect(await copyOrSelect('text', shown, async () => false)).toBe(false);
    expect(selectAllChildren).toHaveBeenCalledWith(shown);
    vi.unstubAllGlobals();
  });
});
