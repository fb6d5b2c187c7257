// How a node shows that some of its values are placeholders (docs/topology-format.md, "Placeholders"): derived from
// the element's markers, in the UI language, for the dashed frame, its badge, its tooltip and its accessible label.
import { text, render } from '../../core/i18n/text';
import type { Locale } from '../../core/i18n/locale';
import { placeholdersOfElement } from '../../core/placeholders/markers';
import type { Placeholder } from '../../core/topology/schema';

/** The words of a marked node: the badge and the sentence for its tooltip and accessible label. */
export interface PlaceholderLook {
  badge: string;
  label: string;
}

/**
 * The look of an element with placeholder markers, or undefined when it has none.
 * @example placeholderLook({ name: 'fe', ip: '198.51.100.10', placeholders: [ipMarker] }, 'en')?.label // 'has placeholder values … ip (Azure allocates it when it deploys)'
 */
export function placeholderLook(
  element: { name: string; placeholders?: readonly Placeholder[] },
  locale: Locale,
): PlaceholderLook | undefined {
  const marked = placeholdersOfElement(element);
  if (marked.length === 0) return undefined;
  const fields = marked.map((p) =>
    render(text('placeholder.nodeField', { field: p.field, reason: text(`placeholder.reason.${p.reason}`) }), locale),
  );
  return {
    badge: render(text('placeholder.nodeBadge'), locale),
    label: render(text('placeholder.nodeLabel', { fields: fields.join(locale === 'ja' ? '、' : '; ') }), locale),
  };
}
