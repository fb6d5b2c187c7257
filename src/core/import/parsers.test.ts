import { describe, expect, it, vi } from 'vitest';
import { configureParsers, startOnce, type ParserLoaders } from './parsers';

const loaders = (): ParserLoaders => ({ loadHclParser: vi.fn(), loadBicepGrammar: vi.fn() });

describe('startOnce', () => {
  it('starts a parser once per configured loaders and shares it', async () => {
    const cache = new WeakMap<ParserLoaders, Promise<string>>();
    const start = vi.fn(async () => 'parser');
    configureParsers(loaders());
    expect(await Promise.all([startOnce(cache, start), startOnce(cache, start)])).toEqual(['parser', 'parser']);
    expect(start).toHaveBeenCalledTimes(1);
    // Other loaders (another entry point in the same process) start their own.
    configureParsers(loaders());
    await startOnce(cache, start);
    expect(start).toHaveBeenCalledTimes(2);
  });

  it('forgets a failed start, so the next import tries again', async () => {
    const cache = new WeakMap<ParserLoaders, Promise<string>>();
    const start = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValueOnce('parser');
    configureParsers(loaders());
    await expect(startOnce(cache, start)).rejects.toThrow('offline');
    expect(await startOnce(cache, start)).toBe('parser');
  });

  it('passes the configured loaders to the start', async () => {
    const mine = loaders();
    configureParsers(mine);
    expect(await startOnce(new WeakMap(), async (l) => l)).toBe(mine);
  });
});
