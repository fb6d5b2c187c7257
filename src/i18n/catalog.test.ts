import { describe, expect, it } from 'vitest';
import { isLoaded, loadTranslations, onLateTranslation, uiMessages } from './catalog';

describe('UI catalogs', () => {
  it('read as English until their language is loaded, then in that language', async () => {
    const messages = uiMessages({ save: 'Save' }, { ja: async () => ({ save: '保存' }) });
    expect(messages.ja.save).toBe('Save');
    expect(isLoaded('ja')).toBe(false);
    await loadTranslations('ja');
    expect(isLoaded('ja')).toBe(true);
    expect(messages.ja.save).toBe('保存');
    expect(messages.en.save).toBe('Save');
  });

  it('fetch the loaded language for a catalog evaluated later, and announce it so views render again', async () => {
    let announced = 0;
    const stop = onLateTranslation(() => announced++);
    const late = uiMessages({ open: 'Open' }, { ja: async () => ({ open: '開く' }) });
    expect(late.ja.open).toBe('Open');
    await new Promise((done) => setTimeout(done, 0));
    expect(late.ja.open).toBe('開く');
    expect(announced).toBe(1);
    stop();
  });
});
