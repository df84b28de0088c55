/**
 * Finds the Chromium builds Playwright drives on this machine; tests never download a browser.
 *
 *   - the browser (`findChromium`): $CHROMIUM_PATH, then the usual system locations. The bench
 *     (Lighthouse) and the one test that needs the back/forward cache use it.
 *   - the headless shell (`findHeadlessShell`): $CHROMIUM_HEADLESS_SHELL_PATH, then Debian's
 *     `chromium-headless-shell`. The same Blink without the browser's UI layer, which is what
 *     Playwright itself runs for headless tests; it loads and lays out our pages in about three
 *     quarters of the browser's time, so the browser tests use it where it is installed.
 *
 * `ensureChromium` installs whichever Debian package is missing when we are root with apt-get,
 * and otherwise says exactly what to install.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/snap/bin/chromium'];
export const HEADLESS_SHELL_CANDIDATES = ['/usr/bin/chromium-headless-shell'];

/** Flags that keep Chromium off the network: this machine only reaches package registries. */
export const CHROMIUM_ARGS = ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-gpu', '--no-sandbox'];

type Exists = (p: string) => boolean;

/** The variables that point the finders at a binary; `npm test` hands its finds on through them. */
const BROWSER_VARIABLE = 'CHROMIUM_PATH';
const SHELL_VARIABLE = 'CHROMIUM_HEADLESS_SHELL_PATH';

function find(variable: string, candidates: string[], env: NodeJS.ProcessEnv, exists: Exists): string | undefined {
  const fromEnv = env[variable];
  if (fromEnv) {
    if (!exists(fromEnv)) throw new Error(`${variable} is set to ${fromEnv}, but no file is there.`);
    return fromEnv;
  }
  return candidates.find((p) => exists(p));
}

/** The full Chromium browser, or undefined. */
export function findChromium(env: NodeJS.ProcessEnv = process.env, exists: Exists = existsSync): string | undefined {
  return find(BROWSER_VARIABLE, CHROMIUM_CANDIDATES, env, exists);
}

/** Chromium's headless shell, or undefined. */
export function findHeadlessShell(env: NodeJS.ProcessEnv = process.env, exists: Exists = existsSync): string | undefined {
  return find(SHELL_VARIABLE, HEADLESS_SHELL_CANDIDATES, env, exists);
}

/** What the browser tests run: the headless shell where there is one, else the browser. */
export function testBrowser(env: NodeJS.ProcessEnv = process.env, exists: Exists = existsSync): string | undefined {
  return findHeadlessShell(env, exists) ?? findChromium(env, exists);
}

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;
const hasAptGet = () => spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;

export interface Browsers { chromium: string; headlessShell: string | undefined }

/** The environment that makes the finders in child processes return these browsers. */
export function browsersEnv({ chromium, headlessShell }: Browsers): Record<string, string> {
  return { [BROWSER_VARIABLE]: chromium, ...(headlessShell ? { [SHELL_VARIABLE]: headlessShell } : {}) };
}

/**
 * Returns the browser and, where it can be had, the headless shell, installing Debian's packages
 * for what is missing when possible; exits with advice when there is no browser at all.
 */
export function ensureChromium(): Browsers {
  const missing = [...(findChromium() ? [] : ['chromium']), ...(findHeadlessShell() ? [] : ['chromium-headless-shell'])];
  if (missing.length && isRoot() && hasAptGet()) {
    console.log(`Installing Debian's ${missing.map((p) => `"${p}"`).join(' and ')} with apt-get...`);
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', ...missing], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  }
  const chromium = findChromium();
  const headlessShell = findHeadlessShell();
  if (chromium) {
    if (!headlessShell) console.log('No Chromium headless shell (Debian: chromium-headless-shell): the browser tests run in the full browser, which is slower.');
    return { chromium, headlessShell };
  }
  console.error([
    'The browser tests and the bench need Chromium, and none was found.',
    `Looked for: $CHROMIUM_PATH, ${CHROMIUM_CANDIDATES.join(', ')}.`,
    'Install one, e.g. on Debian/Ubuntu: sudo apt-get install -y chromium chromium-headless-shell',
    'or point CHROMIUM_PATH at an existing Chromium or Chrome binary, then run the command again.',
  ].join('\n'));
  process.exit(1);
}
