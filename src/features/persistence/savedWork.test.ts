import { beforeAll, describe, expect, it } from 'vitest';
import { loadTranslations } from '../../i18n/catalog';
import { DEFAULT_TOPOLOGY } from '../../store/defaultTopology';
import { decodeSaved, forgetUnrestorable, otherTabSave, restoreSaved } from './savedWork';
import { serializeTopology } from './serialize';
import { BACKUP_KEY, SAVE_KEY, fullStore, memoryStore } from './storage';

// The Japanese catalogs load on demand, as in the app when the user picks Japanese.
beforeAll(() => loadTranslations('ja'));

const good = serializeTopology(DEFAULT_TOPOLOGY);

describe('decodeSaved', () => {
  it('reads saved v1 JSON', () => {
    expect(decodeSaved(good)).toEqual({ ok: true, topology: DEFAULT_TOPOLOGY });
  });

  it.each([
    ['{not json', /^not valid JSON/],
    ['{"version": 9}', /^version: unsupported version 9/],
    ['{"version": 1, "name": 3}', /name: .*got 3/],
    ['null', /expected a JSON object/],
  ])('explains why %j is unusable', (raw, reason) => {
    const decoded = decodeSaved(raw);
    expect(decoded.ok).toBe(false);
    if (!decoded.ok) expect(decoded.reason).toMatch(reason);
  });
});

describe('restoreSaved', () => {
  it('finds nothing in empty storage', () => {
    expect(restoreSaved(memoryStore())).toEqual({});
  });

  it('restores a good save and touches nothing', () => {
    const store = memoryStore({ [SAVE_KEY]: good });
    expect(restoreSaved(store)).toEqual({ topology: DEFAULT_TOPOLOGY });
    expect([...store.data.keys()]).toEqual([SAVE_KEY]);
  });

  it('keeps unusable data under the backup key and reports it', () => {
    const store = memoryStore({ [SAVE_KEY]: '{"version": 3}' });
    const restored = restoreSaved(store);
    expect(restored.topology).toBeUndefined();
    expect(restored.unrestorable?.raw).toBe('{"version": 3}');
    expect(restored.unrestorable?.reason).toMatch(/unsupported version 3/);
    expect(store.getItem(BACKUP_KEY)).toBe('{"version": 3}');
    expect(store.getItem(SAVE_KEY)).toBe('{"version": 3}');
  });

  it('says why in Japanese when asked, and the same English as before otherwise', () => {
    const store = memoryStore({ [SAVE_KEY]: '{"version": 3}', [BACKUP_KEY]: good });
    expect(restoreSaved(memoryStore({ [SAVE_KEY]: good, [BACKUP_KEY]: good })).unrestorable?.reason).toBe('it was set aside earlier');
    expect(restoreSaved(memoryStore({ [SAVE_KEY]: good, [BACKUP_KEY]: good }), 'ja').unrestorable?.reason).toBe(
      '以前に退避されたデータです',
    );
    expect(restoreSaved(store, 'ja').unrestorable?.reason).toMatch(/^version: バージョン 3 には対応していません/);
  });

  it('reports the kept data again after new work was saved, until it is forgotten', () => {
    const store = memoryStore({ [SAVE_KEY]: good, [BACKUP_KEY]: 'garbage' });
    const restored = restoreSaved(store);
    expect(restored.topology).toEqual(DEFAULT_TOPOLOGY);
    expect(restored.unrestorable?.raw).toBe('garbage');
    forgetUnrestorable(store);
    expect(store.getItem(BACKUP_KEY)).toBeNull();
    expect(store.getItem(SAVE_KEY)).toBe(good);
    expect(restoreSaved(store)).toEqual({ topology: DEFAULT_TOPOLOGY });
  });

  it('leaves unusable data where it is when storage is too full to copy it aside, instead of throwing', () => {
    const raw = `{"version": 1, "name": "${'x'.repeat(2_000)}`; // cut short: unreadable, and too large to copy into what is left
    const store = fullStore({ [SAVE_KEY]: raw }, 100);
    const restored = restoreSaved(store);
    expect(restored.unrestorable).toMatchObject({ raw, inPlace: true });
    expect(restored.unrestorable?.reason).toMatch(/^not valid JSON/);
    expect(store.getItem(SAVE_KEY)).toBe(raw);
    expect(store.getItem(BACKUP_KEY)).toBeNull();
    forgetUnrestorable(store, raw); // dismissed after the download
    expect(store.data.size).toBe(0);
  });

  it('forgetting also drops the main key when it still holds the same unusable data', () => {
    const store = memoryStore({ [SAVE_KEY]: 'garbage' });
    restoreSaved(store);
    forgetUnrestorable(store);
    expect(store.data.size).toBe(0);
  });
});

describe('otherTabSave', () => {
  it('tells a readable different topology from this very topology and from nothing usable', () => {
    const theirs = { ...DEFAULT_TOPOLOGY, name: 'their work' };
    expect(otherTabSave(serializeTopology(theirs), DEFAULT_TOPOLOGY)).toEqual({ kind: 'changed', topology: theirs });
    // The same topology written differently (compact JSON) is not a change: it is this tab's work.
    expect(otherTabSave(JSON.stringify(DEFAULT_TOPOLOGY), DEFAULT_TOPOLOGY)).toEqual({ kind: 'same' });
    expect(otherTabSave(null, DEFAULT_TOPOLOGY)).toEqual({ kind: 'none' });
    expect(otherTabSave('{"version": 1, "name": 3}', DEFAULT_TOPOLOGY)).toEqual({ kind: 'none' });
  });
});
