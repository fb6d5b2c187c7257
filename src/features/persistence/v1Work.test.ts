// Work saved before format v2 (autosave, kept work, share links, files) keeps opening: the loader reads it as v2.
import fc from 'fast-check';
import { compressToEncodedURIComponent } from 'lz-string';
import { describe, expect, it } from 'vitest';
import { v1TopologyArb } from '../../core/testing/arbitraries';
import { rule, topology } from '../../core/testing/builders';
import { migrateV1 } from '../../core/topology/design';
import { encodeShareLink } from './encodeShareLink';
import { openTopologyText } from './openFile';
import { PREVIOUS_KEY, readKept } from './previousWork';
import { restoreSaved } from './savedWork';
import { serializeTopology } from './serialize';
import { PREFIX, readShareHash } from './shareLink';
import { memoryStore, SAVE_KEY } from './storage';

const old = topology({
  name: 'before v2',
  rules: [rule('web'), rule('tls', { frontendPort: 443 })],
  layout: { 'rule:web': { x: 1, y: 2 } },
});
const text = JSON.stringify(old, null, 2);
const v2 = migrateV1(old);

describe('version 1 work', () => {
  it('autosaved: restored as v2, the layout keys of the load balancer’s elements prefixed', () => {
    const restored = restoreSaved(memoryStore({ [SAVE_KEY]: text }));
    expect(restored).toEqual({ topology: v2 });
    expect(restored.topology?.layout).toEqual({ 'lb/rule:web': { x: 1, y: 2 } });
  });

  it('kept before a replacement: listed as v2', () => {
    const store = memoryStore({ [PREVIOUS_KEY]: JSON.stringify([{ keptAt: '2026-01-01T00:00:00.000Z', because: 'link', topology: old }]) });
    expect(readKept(store).map((k) => k.topology)).toEqual([v2]);
  });

  it('a share link made before v2 opens as v2', () => {
    expect(readShareHash(`${PREFIX}${compressToEncodedURIComponent(JSON.stringify(old))}`)).toEqual({
      kind: 'ok',
      topology: v2,
    });
  });

  it('a file opens as v2, and saving it again writes version 2', () => {
    const opened = openTopologyText(text, 'old.json');
    expect(opened).toMatchObject({ ok: true, topology: v2 });
    if (!opened.ok) return;
    expect(JSON.parse(serializeTopology(opened.topology))).toMatchObject({ version: 2, loadBalancers: [{ name: 'lb', rules: old.rules }] });
  });

  it('any v1 topology, once opened, saves, autosaves and shares as v2 and comes back the same', () => {
    fc.assert(
      fc.property(v1TopologyArb, (t) => {
        const opened = openTopologyText(JSON.stringify(t), 'old.json');
        expect(opened).toMatchObject({ ok: true, topology: migrateV1(t) });
        if (!opened.ok) return;
        const saved = serializeTopology(opened.topology);
        expect(openTopologyText(saved, 'new.json')).toEqual({ ok: true, topology: opened.topology });
        expect(restoreSaved(memoryStore({ [SAVE_KEY]: saved }))).toEqual({ topology: opened.topology });
        const link = encodeShareLink(opened.topology, 'https://floatplan.invalid/');
        if (link.ok) expect(readShareHash(link.url.slice(link.url.indexOf('#')))).toEqual({ kind: 'ok', topology: opened.topology });
      }),
      { numRuns: 60, seed: 2 },
    );
  }, 60_000);
});
