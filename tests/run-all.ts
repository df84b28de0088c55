/**
 * `npm test`: every test in one command. Finds (or installs) Chromium, checks the content,
 * type-checks, runs the unit and content tests, builds the site, then runs the browser tests
 * against it (served by `astro preview`).
 * Stops at the first failing stage with its exit code.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ensureChromium } from '../src/cli/chromium.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const chromium = ensureChromium();
console.log(`Browser tests will use ${chromium}`);

const stages: Array<[string, string[]]> = [
  ['Content check', ['npm', 'run', '--silent', 'check:content']],
  ['Type check', ['npx', '--no-install', 'astro', 'check']],
  ['Unit and content tests', ['npx', '--no-install', 'vitest', 'run', '--config', 'tests/vitest.config.ts']],
  ['Build', ['npx', '--no-install', 'astro', 'build']],
  ['Built-site checks', ['npx', '--no-install', 'vitest', 'run', '--config', 'tests/vitest.dist.config.ts']],
  ['Browser tests', ['npx', '--no-install', 'playwright', 'test', '--config', 'tests/playwright.config.ts']],
];

for (const [name, [cmd, ...args]] of stages) {
  console.log(`\n=== ${name}: ${[cmd, ...args].join(' ')}`);
  const started = Date.now();
  const result = spawnSync(cmd!, args, { cwd: root, stdio: 'inherit', env: { ...process.env, CHROMIUM_PATH: chromium } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`\n${name} failed (exit ${result.status ?? result.signal}) after ${seconds}s.`);
    process.exit(result.status ?? 1);
  }
  console.log(`=== ${name} passed in ${seconds}s`);
}
console.log(`\nStages: ${stages.length} passed, 0 failed`);
