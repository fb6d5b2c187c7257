import { beforeAll, describe, expect, it } from 'vitest';
import { loadTranslations } from '../../i18n/catalog';
import { readFileSync } from 'node:fs';
import { lbView } from '../../core/topology/design';
import { loadTopology } from '../../core/topology/load';
import { traceFlow } from '../../core/trace/trace';
import { hopStatus, modeFields, resolveActive } from './modes';
import { messages } from './messages';

// The Japanese catalogs load on demand, as in the app when the user picks Japanese.
beforeAll(() => loadTranslations('ja'));

function example(name: string) {
  const loaded = loadTopology(JSON.parse(readFileSync(new URL(`../../../public/examples/${name}.json`, import.meta.url), 'utf8')));
  if (!loaded.ok) throw new Error(name);
  return lbView(loaded.topology, 0);
}

describe('trace mode fields', () => {
  it('asks for the active node on a cluster, the destination on an appliance, nothing on every member', () => {
    expect(modeFields('cluster-windows')).toEqual({ active: true, destination: false });
    expect(modeFields('cluster-pacemaker')).toEqual({ active: true, destination: false });
    expect(modeFields('appliance')).toEqual({ active: false, destination: true });
    expect(modeFields('every-member')).toEqual({ active: false, destination: false });
    expect(modeFields(undefined)).toEqual({ active: false, destination: false });
  });

  it('keeps the picked active node while it is a member, else the first member like the core', () => {
    expect(resolveActive(['sql1', 'sql2'], undefined)).toBe('sql1');
    expect(resolveActive(['sql1', 'sql2'], 'sql2')).toBe('sql2');
    expect(resolveActive(['sql1', 'sql2'], 'gone')).toBe('sql1');
    expect(resolveActive([], 'sql1')).toBeUndefined();
  });
});

describe('hop status', () => {
  it('tells a what-if failure, the hops after it, a mode-blocked hop and a reached one apart', () => {
    expect(hopStatus({})).toEqual({ kind: 'reached' });
    expect(hopStatus({ notReached: true })).toEqual({ kind: 'after-failure' });
    expect(hopStatus({ notReached: true, blockedBy: 'passive-node' })).toEqual({ kind: 'blocked', by: 'passive-node' });
    expect(hopStatus({ notReached: true, blockedBy: 'client-is-member' })).toEqual({ kind: 'blocked', by: 'client-is-member' });
  });

  it("marks every hop after the client on the SQL preset's passive node as blocked by it", () => {
    const r = traceFlow(example('sql-always-on'), { rule: 'sql-1433', vm: 'sql1', active: 'sql2' });
    if (!r.ok) throw new Error(r.error);
    expect(r.trace.hops.map((h) => hopStatus(h).kind)).toEqual(['reached', 'blocked', 'blocked', 'blocked']);
  });

  it('has a label in both languages for every stage and every blocking reason the core emits', () => {
    for (const locale of ['en', 'ja'] as const) {
      for (const stage of [
        'client-to-lb',
        'lb-to-vm',
        'vm-reply',
        'reply-at-client',
        'appliance-to-server',
        'server-reply',
        'reply-to-appliance',
      ] as const) {
        expect(messages[locale][`stage.${stage}`], `${locale} ${stage}`).toBeTruthy();
      }
      for (const by of ['passive-node', 'client-is-member'] as const)
        expect(messages[locale][`blocked.${by}`], `${locale} ${by}`).toBeTruthy();
    }
  });
});
