import { escapeXml, num } from './text';

// A tiny SVG writer. Attributes are written in the order the caller lists them, numbers through
// num(), and every string through escapeXml(), so output is byte-for-byte reproducible and a name
// like `<b>&"x"` can never break the markup.

export type AttrValue = string | number | undefined;
export type Attrs = Record<string, AttrValue>;

/** A finished piece of markup; plain strings passed as children are escaped, Markup is not. */
export class Markup {
  constructor(readonly xml: string) {}
}

export type Child = Markup | string | undefined | false;

/**
 * One element with attributes in the given order (undefined ones left out) and escaped children.
 * @example el('text', { x: 1, y: 2 }, 'a<b').xml // '<text x="1" y="2">a&lt;b</text>'
 */
export function el(name: string, attrs: Attrs = {}, ...children: Child[]): Markup {
  const attrText = Object.entries(attrs)
    .filter((e): e is [string, string | number] => e[1] !== undefined)
    .map(([k, v]) => ` ${k}="${typeof v === 'number' ? num(v) : escapeXml(v)}"`)
    .join('');
  const body = children.map((c) => (c instanceof Markup ? c.xml : c ? escapeXml(c) : '')).join('');
  return new Markup(body ? `<${name}${attrText}>${body}</${name}>` : `<${name}${attrText}/>`);
}

/**
 * Markup pieces joined one per line, for readable golden files.
 * @example lines(el('g'), el('g')).xml // '<g/>\n<g/>'
 */
export function lines(...children: Child[]): Markup {
  return new Markup(
    children
      .filter((c): c is Markup | string => Boolean(c))
      .map((c) => (c instanceof Markup ? c.xml : escapeXml(c)))
      .join('\n'),
  );
}
