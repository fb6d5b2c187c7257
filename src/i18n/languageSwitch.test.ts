import { beforeEach, describe, expect, it, vi } from 'vitest';

// The catalogs' fetch is replaced so a test decides when (and whether) a language arrives.
const load = vi.hoisted(() => ({ loadTranslations: vi.fn<(locale: string) => Promise<void>>() }));
vi.mock('./catalog', () => ({ loadTranslations: load.loadTranslations, onLateTranslation: () => () => undefined }));

const { useLanguageStore } = await import('./language');

describe('switching the language', () => {
  beforeEach(() => {
    useLanguageStore.setState({ language: 'en' });
    load.loadTranslations.mockReset();
  });

  it('switches only once the language has arrived, so no English stand-in is painted', async () => {
    let arrive = () => {};
    load.loadTranslations.mockReturnValue(new Promise<void>((resolve) => (arrive = resolve)));
    const switching = useLanguageStore.getState().setLanguage('ja');
    await Promise.resolve();
    expect(useLanguageStore.getState().language).toBe('en');
    arrive();
    await switching;
    expect(load.loadTranslations).toHaveBeenCalledWith('ja');
    expect(useLanguageStore.getState().language).toBe('ja');
  });

  it('stays in the current language, and says so to the caller, when the language cannot be fetched', async () => {
    load.loadTranslations.mockRejectedValue(new Error('offline'));
    await expect(useLanguageStore.getState().setLanguage('ja')).rejects.toThrow('offline');
    expect(useLanguageStore.getState().language).toBe('en');
  });
});
