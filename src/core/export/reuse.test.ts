// The app hands the export its own analysis, so the export must take the findings it is given.
import { describe, expect, it } from 'vitest';
import { updateElement } from '../edit/elements';
import { preset } from '../testing/presets';
import type { LbTopology } from '../topology/schema';
import { analyze } from '../validation/analyze';
import { exportTopology } from './export';

// Floating IP off on both rules: they now collide on backend port 80 of one pool, an error the notes carry.
const off = (name: string) => (t: LbTopology) => updateElement(t, 'rule', name, { floatingIp: false });
const broken = off('rule2')(off('rule1')(preset('type2-floating-ip')));

describe("exportTopology with the caller's diagnostics", () => {
  it('gives the same export as analysing the topology itself', () => {
    expect(exportTopology(broken, 'arm', analyze(broken).diagnostics)).toEqual(exportTopology(broken, 'arm'));
    expect(exportTopology(broken, 'arm').notes.some((n) => n.severity === 'error')).toBe(true);
  });

  it('notes exactly the findings it is given, not a second analysis of its own', () => {
    const notes = exportTopology(broken, 'terraform', []).notes;
    expect(notes.some((n) => n.severity === 'error')).toBe(false);
  });
});
