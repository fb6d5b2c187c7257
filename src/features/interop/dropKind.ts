/** What to do with a file dropped on the window: open it as a topology (today's behaviour) or import it. */
export type DropKind = 'topology' | 'template';

/**
 * Whether a dropped file is an Azure definition for the Import dialog. `.tf` and `.bicep` always are; a `.json`
 * is unless it is a Floatplan topology (an object with a top-level `version`, and not an ARM template). JSON that
 * does not parse, and any other file, goes to the topology opener, which explains what is wrong with it.
 * @example dropKind('lb.tf', undefined) // 'template'
 * @example dropKind('plan.json', '{"version":1,"name":"x"}') // 'topology'
 */
export function dropKind(fileName: string, text: string | undefined): DropKind {
  if (/\.(tf|bicep)$/i.test(fileName)) return 'template';
  if (!/\.json$/i.test(fileName) || text === undefined) return 'topology';
  let doc: unknown;
  try {
    doc = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return 'topology';
  }
  if (Array.isArray(doc)) return 'template'; // `az network lb list` prints an array
  if (typeof doc !== 'object' || doc === null) return 'topology';
  const o = doc as Record<string, unknown>;
  const armLike = '$schema' in o || 'resources' in o || 'type' in o || 'properties' in o;
  return 'version' in o && !armLike ? 'topology' : 'template';
}

/** Whether the decision needs the file's text (only `.json` files do), so other files are not read twice. */
export function needsText(fileName: string): boolean {
  return /\.json$/i.test(fileName);
}
