// The package's version, for what the CLI says of itself (SARIF's tool.driver.version).
import { readFileSync } from 'node:fs';

let cached: string | undefined;

/** The version in Floatplan's package.json (found beside the bundle or the sources), or "0.0.0" when it cannot be read. */
export function floatplanVersion(): string {
  if (cached !== undefined) return cached;
  cached = '0.0.0';
  // dist-cli/floatplan.mjs and src/cli/version.ts sit one and two levels below the package's root.
  for (const up of ['../package.json', '../../package.json']) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(up, import.meta.url), 'utf8')) as { name?: unknown; version?: unknown };
      if (pkg.name === 'floatplan' && typeof pkg.version === 'string') {
        cached = pkg.version;
        break;
      }
    } catch {
      // not there; try the next
    }
  }
  return cached;
}
