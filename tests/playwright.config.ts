import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../src/cli/chromium.ts';

const executablePath = findChromium();

/** Browser tests run against the built site served by `astro preview` (build first: npm test does). */
const PORT = Number(process.env['E2E_PORT'] ?? 4329);
/** Another build folder can be tested side by side with dist/ (e.g. E2E_OUT_DIR=dist-feature). */
const OUT_DIR = process.env['E2E_OUT_DIR'];

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  workers: 2,
  retries: process.env['CI'] ? 1 : 0,
  reporter: process.env['CI'] ? [['list']] : [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: 'retain-on-failure',
    launchOptions: { ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  webServer: {
    command: `astro preview --force --port ${PORT} --host 127.0.0.1${OUT_DIR ? ` --outDir ${OUT_DIR}` : ''}`,
    cwd: '..',
    url: `http://localhost:${PORT}/`,
    reuseExistingServer: !process.env['CI'],
    timeout: 60_000,
  },
});
