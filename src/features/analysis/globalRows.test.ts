import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadTopology } from '../../core/topology/load';
import { analyzeTopology } from '../../core/validation/analyzeTopology';
import { nvaSandwich } from '../../core/export/multiLb.testing';
import { filterGlobalRows, globalRowsOf, scopeGlobalRows } from './globalRows';

const loaded = loadTopology(readFileSync('public/examples/cross-region.json', 'utf8'));
if (!loaded.ok) throw new Error('public/examples/cross-region.json does not load');
const crossRegion = loaded.topology;

describe('the Mapping tab’s Global rows', () => {
  it('are the core’s, kept per analysis and topology', () => {
    const analysis = analyzeTopology(crossRegion);
    const rows = globalRowsOf(crossRegion, analysis);
    expect(rows.map((r) => `${r.loadBalancer}/${r.rule} → ${r.regionalLoadBalancer}/${r.regionalRule} → ${r.vm}`)).toEqual([
      'lb-global/https → lb-west/https → web-west-1',
      'lb-global/https → lb-west/https → web-west-2',
      'lb-global/https → lb-east/https → web-east-1',
      'lb-global/https → lb-east/https → web-east-2',
    ]);
    expect(globalRowsOf(crossRegion, analysis)).toBe(rows);
    const edited = structuredClone(crossRegion);
    edited.loadBalancers[0]!.rules[0]!.floatingIp = true;
    expect(globalRowsOf(edited, analysis)).not.toBe(rows);
    expect(globalRowsOf(edited, analysis)[0]!.vmDestinationIp).toBe('203.0.113.50');
  });

  it('are none without a Global load balancer', () => {
    const t = nvaSandwich();
    expect(globalRowsOf(t, analyzeTopology(t))).toEqual([]);
  });

  it('belong to the Global load balancer for the filter, and the filter box finds them by what they show', () => {
    const rows = globalRowsOf(crossRegion, analyzeTopology(crossRegion));
    expect(scopeGlobalRows(rows, 'lb-global')).toEqual(rows);
    expect(scopeGlobalRows(rows, 'lb-west')).toEqual([]);
    expect(scopeGlobalRows(rows, undefined)).toBe(rows);
    expect(filterGlobalRows(rows, 'LB-EAST 10.2.0.5').map((r) => r.vm)).toEqual(['web-east-2']);
    expect(filterGlobalRows(rows, '203.0.113.50:443 nic')).toHaveLength(4);
    expect(filterGlobalRows(rows, 'loopback')).toEqual([]);
  });
});
