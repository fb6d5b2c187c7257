// The installed bin runs the bundled CLI (dist-cli/floatplan.mjs, rebuilt when stale): the WebAssembly parsers must
// still load from it, as the bundle leaves their packages in node_modules.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const bin = (...args: string[]) =>
  execFileSync(process.execPath, ['bin/floatplan.mjs', ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

describe('bin/floatplan.mjs (the bundled CLI)', () => {
  it.each([
    ['Terraform', 'type2-floating-ip.tf'],
    ['Bicep', 'type2-floating-ip.bicep'],
  ])(
    'imports %s through its WebAssembly parser',
    (_, file) => {
      const [topology] = (
        JSON.parse(bin('import', `src/core/export/__golden__/${file}`)) as {
          loadBalancers: { frontends: { name: string }[]; rules: { floatingIp: boolean }[] }[];
        }
      ).loadBalancers;
      expect(topology!.frontends.map((f) => f.name)).toEqual(['FIP1', 'FIP2']);
      expect(topology!.rules.every((r) => r.floatingIp)).toBe(true);
    },
    60_000,
  );
});
