// The library entry against its documentation: every entry point docs/library.md names is exported, and works on the
// default example. (The packed copy, types included, is tested in package.integration.test.ts.)
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as library from './library';

const ROOT = new URL('../../', import.meta.url);
const doc = readFileSync(new URL('docs/library.md', ROOT), 'utf8');

/** The functions and constants named in docs/library.md's table of entry points. */
function documentedNames(): string[] {
  const table = doc
    .slice(doc.indexOf('## Entry points'))
    .split('\n')
    .filter((line) => line.startsWith('|'))
    .join('\n');
  const names = [...table.matchAll(/`([a-zA-Z]+)\(/g)].map((m) => m[1]!);
  return [...new Set([...names, ...[...table.matchAll(/`([A-Z_]{4,})`/g)].map((m) => m[1]!)])];
}

describe('src/cli/library.ts', () => {
  it('exports every entry point docs/library.md documents', () => {
    const names = documentedNames();
    expect(names).toEqual(
      expect.arrayContaining(['loadTopology', 'analyze', 'importDefinition', 'generateScript', 'exportTopology', 'FLAVORS']),
    );
    for (const name of names) expect(library, name).toHaveProperty(name);
  });

  it('analyzes, scripts and exports the default example through the documented calls', () => {
    const loaded = library.loadTopology(JSON.parse(readFileSync(new URL('public/examples/type2-floating-ip.json', ROOT), 'utf8')));
    if (!loaded.ok) throw new Error(library.formatLoadErrors(loaded.errors));
    // A version 1 file loads as version 2; one load balancer's view is what analyze and the per-load-balancer calls take.
    expect(loaded.topology.version).toBe(2);
    const lb = library.lbView(loaded.topology, 0);
    const { rows, diagnostics } = library.analyze(lb);
    expect(rows).toHaveLength(4);
    expect(library.analyzeTopology(loaded.topology).rows).toHaveLength(4);
    expect(library.analyzeTopology(loaded.topology).parts.map((p) => p.loadBalancer)).toEqual([lb.loadBalancer.name]);
    expect(library.hasErrors(diagnostics)).toBe(false);
    expect(library.messageOf(diagnostics[0]!, 'ja')).not.toBe(library.messageOf(diagnostics[0]!));
    expect(library.generateScript(lb, 'VM2', { flavor: 'ubuntu' }).text).toMatch(/^#!\/usr\/bin\/env bash/);
    expect(library.exportTopology(lb, 'bicep').fileName).toBe('lb.bicep');
  });
});
