import { describe, expect, it } from 'vitest';
import { topology as v1 } from '../../core/testing/builders';
import { migrateV1 } from '../../core/topology/design';
import type { LbTopology, Topology } from '../../core/topology/schema';
import { openTopologyText } from './openFile';
import { decodeSaved } from './savedWork';
import { encodeShareLink } from './encodeShareLink';
import { readShareHash } from './shareLink';

const topology = (over: Partial<LbTopology> = {}): Topology => migrateV1(v1(over));

// Placeholder markers (docs/topology-format.md, "Placeholders") travel through every way work is kept or shared.
const marked: Topology = topology({
  frontends: [
    {
      name: '<sqlLBFE>',
      ip: '198.51.100.10',
      placeholders: [
        { field: 'name', reason: 'unresolved', source: "[parameters('sqlLBFE')]" },
        { field: 'ip', reason: 'allocatedByAzure', source: 'resources[0].properties.frontendIPConfigurations[0]' },
      ],
    },
  ],
  rules: [],
});

describe('placeholder markers in saved work, files and share links', () => {
  it('a share link carries them unchanged', () => {
    const link = encodeShareLink(marked, 'https://floatplan.invalid/');
    if (!link.ok) throw new Error('link too long');
    const read = readShareHash(link.url.slice(link.url.indexOf('#')));
    expect(read).toEqual({ kind: 'ok', topology: marked });
  });

  it('saved work (local storage) and a file carry them unchanged', () => {
    const text = JSON.stringify(marked, null, 2);
    expect(decodeSaved(text)).toEqual({ ok: true, topology: marked });
    const opened = openTopologyText(text, 'plan.json');
    expect(opened.ok && JSON.stringify(opened.topology, null, 2)).toBe(text);
  });
});
