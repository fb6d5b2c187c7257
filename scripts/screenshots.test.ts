import { describe, expect, it } from 'vitest';
import { parseArgs } from './screenshots';
import { SCREENSHOT_STATES } from './screenshotStates';

describe('npm run screenshots: command line', () => {
  it('builds its own app and writes to screenshots/ by default', () => {
    expect(parseArgs([])).toEqual({ out: 'screenshots', help: false });
  });

  it('takes a running app, an output folder and some states', () => {
    expect(parseArgs(['--url', 'http://localhost:5173', '--out', '/tmp/shots', '--only', 'trace,phone'])).toEqual({
      url: 'http://localhost:5173/',
      out: '/tmp/shots',
      only: ['trace', 'phone'],
      help: false,
    });
  });

  it('refuses what it cannot use, with the usage', () => {
    expect(() => parseArgs(['--url'])).toThrow(/--url needs a value[\s\S]*Usage/);
    expect(() => parseArgs(['--url', 'not a url'])).toThrow(/Invalid URL/);
    expect(() => parseArgs(['--only', 'trace,nope'])).toThrow(/No state named nope/);
    expect(() => parseArgs(['--colour'])).toThrow(/Unknown option --colour/);
  });
});

describe('the pictured states', () => {
  it('cover issue 17 main states, each under its own file name', () => {
    const names = SCREENSHOT_STATES.map((s) => s.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of ['default-light', 'default-dark', 'mapping', 'diagnostics', 'trace', 'scripts', 'export', 'vm-selected']) {
      expect(names).toContain(name);
    }
    expect(names).toEqual(
      expect.arrayContaining(['lesson-step-1', 'lesson-step-2', 'empty-canvas', 'japanese', 'large-topology', 'phone']),
    );
  });

  it('take the phone at 390×844 and everything else at the default 1440×900', () => {
    const sized = SCREENSHOT_STATES.filter((s) => s.viewport);
    expect(sized.map((s) => [s.name, s.viewport])).toEqual([['phone', { width: 390, height: 844 }]]);
  });
});
