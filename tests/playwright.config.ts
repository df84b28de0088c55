import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, testBrowser } from '../src/cli/chromium.ts';
import { BASE_URL, E2E_PORT as PORT } from './support/e2e-env.ts';

/** The headless shell where installed (what Playwright runs headless by default), else the browser. */
const executablePath = testBrowser();

/** Browser tests run against the built site served by `astro preview` (build first: npm test does). */
/** Another build folder can be tested side by side with dist/ (e.g. E2E_OUT_DIR=dist-feature). */
const OUT_DIR = process.env['E2E_OUT_DIR'];

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  workers: 2,
  // Each test is one page or one reader task, so a retry repeats only that; a test that passes
  // on retry is reported as flaky, not hidden.
  retries: 1,
  // One line per failure, a dot per pass: 300 a11y tests would drown a list.
  reporter: [['dot']],
  // Generous because the machine may be shared; no test measures speed.
  timeout: 60_000,
  expect: { timeout: 15_000 },
  use: {
    baseURL: BASE_URL,
    trace: 'on-first-retry',
    launchOptions: { ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  webServer: {
    command: `astro preview --force --port ${PORT} --host 127.0.0.1${OUT_DIR ? ` --outDir ${OUT_DIR}` : ''}`,
    cwd: '..',
    url: `${BASE_URL}/`,
    // Never another run's server: it could serve another checkout's dist/.
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
