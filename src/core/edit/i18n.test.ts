import { describe, expect, it } from 'vitest';
import { untranslated } from '../i18n/untranslated';
import { preset } from '../testing/presets';
import { canConnect } from './connect';
import { impactOf, renameElement } from './elements';

const t = {
  ...preset('type2-floating-ip'),
  inboundNatRules: [
    { name: 'nat1', frontend: 'FIP1', protocol: 'Tcp', frontendPort: 50001, backendPort: 3389, floatingIp: false, target: 'VM1' },
  ],
};
// NAT stays in Latin letters in Microsoft's Japanese (受信 NAT 規則), like a name.
const NAMES = ['FIP1', 'FIP2', 'rule1', 'rule2', 'nat1', 'pool', 'VM1', 'VM2', 'taken', 'frontend:FIP1', 'vm:VM1', 'NAT'];

function reasonOf(v: { ok: boolean; reason?: string; note?: string }): string {
  return v.reason ?? v.note ?? '';
}

// Every wiring verdict with words: each refusal and each note.
const WIRES: [string, string][] = [
  ['frontend:FIP1', 'vm:VM1'],
  ['vm:VM1', 'backendPool:pool'],
  ['frontend:nope', 'rule:rule1'],
  ['x', 'rule:rule1'],
  ['backendPool:pool', 'vm:VM1'],
  ['frontend:FIP2', 'rule:rule1'],
  ['frontend:FIP1', 'rule:rule1'],
  ['rule:rule1', 'backendPool:pool'],
  ['natRule:nat1', 'backendPool:pool'],
  ['backendPool:pool', 'natRule:nat1'],
  ['natRule:nat1', 'vm:VM1'],
  ['natRule:nat1', 'vm:VM2'],
  ['frontend:FIP1', 'natRule:nat1'],
  ['frontend:FIP2', 'natRule:nat1'],
];

describe('editing texts in Japanese', () => {
  it.each(WIRES)('wiring %s → %s is explained in Japanese, and in the same English as before', (from, to) => {
    const en = reasonOf(canConnect(t, from, to));
    const ja = reasonOf(canConnect(t, from, to, 'ja'));
    expect(en).toBeTruthy();
    expect(ja).not.toBe(en);
    expect(untranslated(ja, NAMES)).toEqual([]);
    expect(canConnect(t, from, to, 'en')).toEqual(canConnect(t, from, to));
  });

  it('English wiring texts are unchanged, except that a frontend now also leads to inbound NAT rules', () => {
    expect(reasonOf(canConnect(t, 'frontend:FIP1', 'vm:VM1'))).toBe(
      'A frontend connects to a rule or an inbound NAT rule, not to a VM. The chains are frontend → rule → backend pool → VM and frontend → inbound NAT rule → VM.',
    );
    expect(reasonOf(canConnect(t, 'rule:rule1', 'vm:VM1'))).toBe(
      'A rule connects to a backend pool, not to a VM. The chain is frontend → rule → backend pool → VM.',
    );
    expect(reasonOf(canConnect(t, 'frontend:FIP1', 'rule:rule1'))).toBe('Rule rule1 already uses frontend FIP1.');
  });

  it('names the kinds in Japanese, the way Microsoft does', () => {
    expect(reasonOf(canConnect(t, 'frontend:FIP1', 'vm:VM1', 'ja'))).toContain('負荷分散規則');
    expect(reasonOf(canConnect(t, 'rule:rule1', 'frontend:FIP1', 'ja'))).toContain('バックエンド プール');
    expect(reasonOf(canConnect(t, 'natRule:nat1', 'backendPool:pool', 'ja'))).toContain('受信 NAT 規則');
  });

  it.each(['frontend', 'backendPool', 'vm'] as const)('says what deleting a %s breaks in Japanese', (kind) => {
    const name = { frontend: 'FIP1', backendPool: 'pool', vm: 'VM1' }[kind];
    const en = impactOf(t, kind, name);
    const ja = impactOf(t, kind, name, 'ja');
    expect(ja.length).toBe(en.length);
    expect(ja.length).toBeGreaterThan(0);
    for (const line of ja) expect(untranslated(line, NAMES)).toEqual([]);
  });

  it('keeps the English delete impact as it was', () => {
    expect(impactOf(t, 'vm', 'VM1')).toEqual(['VM VM1 leaves backend pool pool.', 'Inbound NAT rule nat1 loses its target VM VM1.']);
    expect(impactOf(t, 'backendPool', 'pool')).toEqual(['Rule rule1 loses its backend pool.', 'Rule rule2 loses its backend pool.']);
  });

  it.each([
    ['', 'empty'],
    [' x', 'spaces'],
    ['FIP2', 'taken'],
    ["x'; rm -rf /", 'invalid'],
  ])('refuses the name %j in Japanese', (newName) => {
    const en = renameElement(t, 'frontend', 'FIP1', newName);
    const ja = renameElement(t, 'frontend', 'FIP1', newName, 'ja');
    expect(en.ok).toBe(false);
    expect(ja.ok).toBe(false);
    const reason = ja.ok ? '' : ja.reason;
    expect(reason).not.toBe(en.ok ? '' : en.reason);
    expect(untranslated(reason, NAMES)).toEqual([]);
  });

  it('keeps the English rename refusals as they were', () => {
    expect(renameElement(t, 'frontend', 'FIP1', 'FIP2')).toEqual({ ok: false, reason: 'Another frontend is already named "FIP2".' });
    expect(renameElement(t, 'frontend', 'FIP1', '')).toEqual({ ok: false, reason: 'A name cannot be empty.' });
  });
});
