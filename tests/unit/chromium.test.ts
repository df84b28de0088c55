import { describe, expect, it } from 'vitest';
import { CHROMIUM_CANDIDATES, findChromium } from '../../src/cli/chromium.ts';

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
