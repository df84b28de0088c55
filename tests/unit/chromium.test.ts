import { describe, expect, it } from 'vitest';
import { CHROMIUM_CANDIDATES, HEADLESS_SHELL_CANDIDATES, browsersEnv, findChromium, findHeadlessShell, testBrowser } from '../../src/cli/chromium.ts';

describe('findChromium', () => {
  it('prefers CHROMIUM_PATH', () => {
    expect(findChromium({ CHROMIUM_PATH: '/opt/chrome' }, (p) => p === '/opt/chrome')).toBe('/opt/chrome');
  });
  it('fails clearly when CHROMIUM_PATH points at nothing', () => {
    expect(() => findChromium({ CHROMIUM_PATH: '/nope' }, () => false)).toThrow(/CHROMIUM_PATH is set to \/nope/);
  });
  it('falls back to the system locations in order', () => {
    expect(findChromium({}, (p) => p === '/usr/bin/google-chrome')).toBe('/usr/bin/google-chrome');
    expect(findChromium({}, () => false)).toBeUndefined();
    expect(CHROMIUM_CANDIDATES[0]).toBe('/usr/bin/chromium');
  });
});

describe('the browser the tests run', () => {
  const shell = '/usr/bin/chromium-headless-shell';
  it('is the headless shell where it is installed, else the browser', () => {
    expect(testBrowser({}, (p) => p === shell || p === '/usr/bin/chromium')).toBe(shell);
    expect(testBrowser({}, (p) => p === '/usr/bin/chromium')).toBe('/usr/bin/chromium');
    expect(testBrowser({}, () => false)).toBeUndefined();
    expect(HEADLESS_SHELL_CANDIDATES).toEqual([shell]);
  });
  it('prefers CHROMIUM_HEADLESS_SHELL_PATH and fails clearly when it points at nothing', () => {
    expect(findHeadlessShell({ CHROMIUM_HEADLESS_SHELL_PATH: '/opt/shell' }, (p) => p === '/opt/shell' || p === shell)).toBe('/opt/shell');
    expect(() => testBrowser({ CHROMIUM_HEADLESS_SHELL_PATH: '/nope' }, () => false)).toThrow(/CHROMIUM_HEADLESS_SHELL_PATH is set to \/nope/);
  });
  it('hands its finds to child processes through the variables the finders read', () => {
    const found = { chromium: '/opt/chrome', headlessShell: '/opt/shell' };
    const exists = (p: string) => p.startsWith('/opt/');
    expect(findChromium(browsersEnv(found), exists)).toBe('/opt/chrome');
    expect(testBrowser(browsersEnv(found), exists)).toBe('/opt/shell');
    expect(testBrowser(browsersEnv({ chromium: '/opt/chrome', headlessShell: undefined }), exists)).toBe('/opt/chrome');
  });
});
