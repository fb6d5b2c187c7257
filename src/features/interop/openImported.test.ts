import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadTranslations } from '../../i18n/catalog';
import { useLanguageStore } from '../../i18n/language';
import { DEFAULT_TOPOLOGY, EMPTY_TOPOLOGY } from '../../store/defaultTopology';
import { setKeeper } from '../../store/replaceWork';
import { clearHistory, undo, useTopologyStore } from '../../store/topologyStore';
import { useUiStore } from '../../store/uiStore';
import { openImported } from './openImported';

// The Japanese catalogs load on demand, as in the app when the user picks Japanese.
beforeAll(() => loadTranslations('ja'));

const imported = { ...EMPTY_TOPOLOGY, name: 'Imported SQL listener' };

describe('openImported', () => {
  beforeEach(() => {
    useTopologyStore.getState().replace(DEFAULT_TOPOLOGY);
    clearHistory();
    useUiStore.getState().select([{ kind: 'rule', name: 'rule1' }]);
    useLanguageStore.setState({ language: 'en' });
  });

  it('replaces the topology as one undo step and undo brings the previous work back', () => {
    openImported(imported);
    expect(useTopologyStore.getState().topology).toBe(imported);
    expect(useTopologyStore.temporal.getState().pastStates).toHaveLength(1);
    undo();
    expect(useTopologyStore.getState().topology).toBe(DEFAULT_TOPOLOGY);
  });

  it('clears a selection that named the old topology and says how to undo, in the current language', () => {
    openImported(imported);
    expect(useUiStore.getState().selection).toEqual([]);
    expect(useUiStore.getState().notices.at(-1)?.text).toBe(
      'Imported “Imported SQL listener”. Undo (Ctrl+Z) brings back your previous work.',
    );
    useLanguageStore.setState({ language: 'ja' });
    openImported(imported);
    expect(useUiStore.getState().notices.at(-1)?.text).toContain('元に戻す');
  });

  it('goes through the keeper of the previous work, and changes nothing when it refuses', () => {
    const asked: string[] = [];
    setKeeper((_current, _next, reason) => (asked.push(reason), false));
    try {
      openImported(imported);
    } finally {
      setKeeper(null);
    }
    expect(asked).toEqual(['import']);
    expect(useTopologyStore.getState().topology).toBe(DEFAULT_TOPOLOGY);
    expect(useUiStore.getState().selection).toEqual([{ kind: 'rule', name: 'rule1' }]);
  });
});
