/**
 * Finds a Chromium for Playwright on this machine; tests never download a browser.
 * Order: $CHROMIUM_PATH, then the usual system locations. When none is found and we are root
 * with apt-get, installs Debian's `chromium`; otherwise says exactly what to install.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/snap/bin/chromium'];

/** Flags that keep Chromium off the network: this machine only reaches package registries. */
export const CHROMIUM_ARGS = ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-gpu', '--no-sandbox'];

export function findChromium(env: NodeJS.ProcessEnv = process.env, exists: (p: string) => boolean = existsSync): string | undefined {
  const fromEnv = env['CHROMIUM_PATH'];
  if (fromEnv) {
    if (!exists(fromEnv)) throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but no file is there.`);
    return fromEnv;
  }
  return CHROMIUM_CANDIDATES.find((p) => exists(p));
}

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;
const hasAptGet = () => spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;

/** Returns a Chromium path, installing Debian's package when possible; exits with advice otherwise. */
export function ensureChromium(): string {
  const found = findChromium();
  if (found) return found;
  if (isRoot() && hasAptGet()) {
    console.log('No Chromium found: installing Debian\'s "chromium" package with apt-get...');
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    const installed = findChromium();
    if (installed) return installed;
  }
  console.error([
    'The browser tests need Chromium, and none was found.',
    `Looked for: $CHROMIUM_PATH, ${CHROMIUM_CANDIDATES.join(', ')}.`,
    'Install one, e.g. on Debian/Ubuntu: sudo apt-get install -y chromium',
    'or point CHROMIUM_PATH at an existing Chromium or Chrome binary, then run npm test again.',
  ].join('\n'));
  process.exit(1);
}
