/**
 * The Playwright tests every browser test uses:
 *   - `pageProblems` (automatic): records Content-Security-Policy violations and script errors on
 *     every page a test opens, and fails the test if any occur;
 *   - `a11y`: the one place the axe configuration and the sideways-scroll check live. `check()`
 *     runs every WCAG 2.2 A/AA rule in the light theme, then switches the page to dark in place
 *     and runs only the rules a theme can change (colours), so each page is loaded once and no
 *     rule is paid for twice.
 * `sweep` is the same for a11y.spec.ts's one-test-per-URL sweep, on one page per worker that
 * every test reuses (no new browser context per URL, a warm cache), with the same problem watch.
 */
import { test as base, devices, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { BASE_URL } from '../support/e2e-env.ts';

/** The WCAG levels we promise: 2.2 A and AA. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** The axe rules whose outcome depends on the colour theme; every other rule sees the same DOM in both. */
export const THEME_RULES = ['color-contrast', 'link-in-text-block'];

/** Phone widths every page must fit without sideways scrolling. */
export const PHONE_WIDTHS = [390, 320] as const;

export interface A11y {
  /** Fails if the page scrolls sideways (content wider than the viewport). */
  noSidewaysScroll(label: string): Promise<void>;
  /** axe in light (all rules) and dark (theme rules), plus the sideways-scroll check at the page's
   *  width and at phone widths (390 and 320 px); leaves the page in light at its width. */
  check(label: string): Promise<void>;
}

async function axe(page: Page, builder: (b: AxeBuilder) => AxeBuilder): Promise<string[]> {
  // Legacy mode runs axe in the page itself instead of opening a helper page per run:
  // ours have no iframes, and it is several times faster over hundreds of pages.
  const results = await builder(new AxeBuilder({ page }).setLegacyMode(true)).analyze();
  return results.violations.map((v) => `${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`);
}

/** The page's own background brightness (0-255), to know when a theme switch has applied. */
const pageBrightness = (page: Page) => page.evaluate(() => {
  const [r, g, b] = getComputedStyle(document.documentElement).backgroundColor.match(/\d+/g)!.map(Number);
  return (r! + g! + b!) / 3;
});

function a11yFor(page: Page): A11y {
  const noSidewaysScroll = async (label: string) => {
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${label}: sideways scroll`).toBeLessThanOrEqual(0);
  };
  return {
    noSidewaysScroll,
    async check(label) {
      await noSidewaysScroll(label);
      await page.emulateMedia({ colorScheme: 'light' });
      const light = await axe(page, (b) => b.withTags(AXE_TAGS));
      const lightBrightness = await pageBrightness(page);
      await page.emulateMedia({ colorScheme: 'dark' });
      // Wait until the page's own background has turned dark before measuring contrast.
      await expect.poll(() => pageBrightness(page), `${label}: dark theme applied`).toBeLessThan(lightBrightness - 60);
      const dark = await axe(page, (b) => b.withRules(THEME_RULES));
      await page.emulateMedia({ colorScheme: 'light' });
      expect([...light.map((v) => `light: ${v}`), ...dark.map((v) => `dark: ${v}`)], `${label}: axe violations`).toEqual([]);
      // Phones: the layout reflows on resize, so one load serves every width.
      const size = page.viewportSize();
      for (const width of PHONE_WIDTHS) {
        await page.setViewportSize({ width, height: 800 });
        await noSidewaysScroll(`${label} at ${width} px`);
      }
      if (size) await page.setViewportSize(size);
    },
  };
}

/** Starts recording CSP violations and script errors on a page; returns the live list. */
async function watchProblems(page: Page): Promise<string[]> {
  const problems: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline code'} (${e.sourceFile}:${e.lineNumber})`);
    });
  });
  page.on('console', (msg) => {
    const text = msg.text();
    if (msg.type() === 'error' && /CSP violation|Content Security Policy|Refused to/.test(text)) problems.push(text);
  });
  page.on('pageerror', (err) => problems.push(`Script error: ${err.message}`));
  return problems;
}
const noProblems = (problems: string[]) => expect(problems, 'CSP violations or script errors on the page').toEqual([]);

export const test = base.extend<{ pageProblems: string[]; a11y: A11y }>({
  pageProblems: [async ({ page }, use) => {
    const problems = await watchProblems(page);
    await use(problems);
    noProblems(problems);
  }, { auto: true }],
  a11y: async ({ page }, use) => { await use(a11yFor(page)); },
});

interface SweepPage { page: Page; a11y: A11y }
export const sweep = base.extend<{ sweepPage: SweepPage }, { workerPage: { page: Page; problems: string[] } }>({
  workerPage: [async ({ browser }, use) => {
    const context = await browser.newContext({ baseURL: BASE_URL, viewport: devices['Desktop Chrome'].viewport });
    const page = await context.newPage();
    await use({ page, problems: await watchProblems(page) });
    await context.close();
  }, { scope: 'worker' }],
  sweepPage: async ({ workerPage }, use) => {
    workerPage.problems.length = 0;
    await use({ page: workerPage.page, a11y: a11yFor(workerPage.page) });
    noProblems(workerPage.problems);
  },
});

export { expect };
