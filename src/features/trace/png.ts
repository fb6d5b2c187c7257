/** The page theme a PNG is drawn for. */
export type Theme = 'light' | 'dark';

/** Pixels per SVG unit in the PNG: sharp on high-density screens and in slides. */
export const PNG_SCALE = 2;

/**
 * The PNG size of an SVG document: its root width and height times the scale; undefined when the root has none.
 * @example pngSize('<svg width="100" height="50">', 2) // { width: 200, height: 100 }
 */
export function pngSize(svg: string, scale = PNG_SCALE): { width: number; height: number } | undefined {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0];
  if (!root) return undefined;
  const attr = (name: string) => Number(new RegExp(`\\s${name}="([\\d.]+)"`).exec(root)?.[1]);
  const width = attr('width');
  const height = attr('height');
  if (!(width > 0) || !(height > 0)) return undefined;
  return { width: Math.ceil(width * scale), height: Math.ceil(height * scale) };
}

/**
 * The SVG with the theme pinned on its root: drawn alone (as an image) it has no <html data-theme> above it,
 * and without this it would follow the system preference rather than the theme the user sees.
 * @example themed('<svg class="fpd">', 'dark') // '<svg data-theme="dark" class="fpd">'
 */
export function themed(svg: string, theme: Theme): string {
  return svg.replace(/<svg\b/, `<svg data-theme="${theme}"`);
}

/**
 * The PNG background per theme (the app's light and dark surfaces).
 * @example pngBackground('dark') // '#0d1117'
 */
export function pngBackground(theme: Theme): string {
  return theme === 'dark' ? '#0d1117' : '#ffffff';
}
