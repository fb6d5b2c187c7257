/** The id of the `<script type="application/json">` element that carries a report's topology. */
export const TOPOLOGY_SCRIPT_ID = 'floatplan-topology';

/** The marker before the fenced JSON of a Markdown report. */
export const TOPOLOGY_MARKDOWN_MARKER = '<!-- floatplan-topology -->';

/**
 * JSON made safe inside an HTML `<script>`: `</` becomes `<\/` and `<!--` becomes `\u003c!--`, both still JSON
 * (they can only occur inside strings), so no name can close the element or start a comment state.
 * @example scriptSafeJson('{"n":"</script>"}') // '{"n":"<\\/script>"}'
 */
export function scriptSafeJson(json: string): string {
  return json.replace(/<\//g, '<\\/').replace(/<!--/g, '\\u003c!--');
}

const HTML_EMBED = new RegExp(`<script type="application/json" id="${TOPOLOGY_SCRIPT_ID}">([\\s\\S]*?)</script>`);

/**
 * The topology JSON text embedded in a design report (HTML or Markdown), or undefined when the text is not one.
 * The text returned is JSON as it was embedded (`<\/` is a JSON escape of `/`), ready for `loadTopology`.
 * @example topologyFromReport(reportHtml(t)) // '{\n  "version": 1, …'
 */
export function topologyFromReport(text: string): string | undefined {
  const head = text.trimStart().slice(0, 200).toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html')) return HTML_EMBED.exec(text)?.[1];
  const at = text.lastIndexOf(TOPOLOGY_MARKDOWN_MARKER);
  if (at < 0) return undefined;
  const fenced = /\n(`{3,})json\n([\s\S]*?)\n\1\s*$/.exec(text.slice(at));
  return fenced?.[2];
}
