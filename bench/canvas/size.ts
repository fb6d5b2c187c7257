import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Gzip bytes of the JS an HTML page loads up front: its module scripts and modulepreloads (lazy chunks excluded). */
export function initialJsGzip(outDir: string, html = 'index.html'): { files: string[]; raw: number; gzip: number } {
  const page = readFileSync(join(outDir, html), 'utf8');
  const files = [...page.matchAll(/<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="\/?([^"]+\.js)"/g)].map((m) => m[1]!);
  let raw = 0;
  let gzip = 0;
  for (const file of new Set(files)) {
    const bytes = readFileSync(join(outDir, file));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { files: [...new Set(files)], raw, gzip };
}
