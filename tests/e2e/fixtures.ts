/**
 * The Playwright tests every browser test uses:
 *   - `pageProblems` (automatic): records Content-Security-Policy violations and script errors on
 *     every page a test opens, and fails the test if any occur;
 *   - `a11y`: the one place the axe configuration and the sideways-scroll check live. `check()`
 *     runs every WCAG 2.2 A/AA rule in the light theme, then switches the page to dark in place
 *     (data-theme, as the theme menu does) and runs only the rules a theme can change (colours),
 *     all in one call into the page; then resizes the same page to phone widths. Each page is
 *     loaded once and no rule is paid for twice.
 * `sweep` is the same for a11y.spec.ts's one-test-per-URL sweep, on one page per worker that
 * every test reuses (no new browser context per URL, a warm cache, axe compiled once), with the
 * same problem watch; its widths are walked from whichever end the page was left at.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { test as base, devices, expect, type Page } from '@playwright/test';
import { BASE_URL } from '../support/e2e-env.ts';

/** The WCAG levels we promise: 2.2 A and AA. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** The axe rules whose outcome depends on the colour theme; every other rule sees the same DOM in both. */
export const THEME_RULES = ['color-contrast', 'link-in-text-block'];

/** Phone widths every page must fit without sideways scrolling. */
export const PHONE_WIDTHS = [390, 320] as const;
/** The width (and height) axe checks the sweep's pages at: Playwright's desktop viewport. */
const DESKTOP = devices['Desktop Chrome'].viewport;

export interface A11y {
  /** Fails if the page scrolls sideways (content wider than the viewport). */
  noSidewaysScroll(label: string): Promise<void>;
  /** axe in light (all rules) and dark (theme rules), plus the sideways-scroll check at the page's
   *  width and at phone widths (390 and 320 px); leaves the page in light at its width. */
  check(label: string): Promise<void>;
}

const axeFile = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const axeSource = readFileSync(axeFile, 'utf8');

/** Which axe rules to run: every rule with one of these tags, or just these rules. */
export type AxeRules = { tags: string[] } | { rules: string[] };
/** One axe run; with a theme, the page is switched to it first, as the theme menu does (data-theme). */
interface AxeRun { rules: AxeRules; theme?: 'light' | 'dark' }
interface AxeOutcome { overflow: number; runs: Array<{ violations: string[]; brightness: number }> }

/**
 * Runs axe-core in the page itself (our pages have no iframes), one run after another, and puts
 * the page's theme back afterwards. Everything happens in one call into the page, so nothing can
 * change between the runs but the theme. Only violations are collected in full (passes and
 * incomplete results are never reported, and collecting them cost more than most rules).
 * Returns null if axe is not in the page yet.
 */
const axeInPage = async ({ runs, include }: { runs: AxeRun[]; include: string | undefined }): Promise<AxeOutcome | null> => {
  const axe = (window as unknown as { axe?: typeof import('axe-core') }).axe;
  if (!axe) return null;
  const root = document.documentElement;
  const chosen = root.dataset['theme'];
  // The page's own background brightness (0-255): shows that a theme switch has applied.
  const brightness = () => {
    const [r, g, b] = getComputedStyle(root).backgroundColor.match(/\d+/g)!.map(Number);
    return (r! + g! + b!) / 3;
  };
  // color-contrast: where a ::before/::after with a background sits behind text, axe by default
  // gives up on that text ("incomplete", never a violation) after reading every ancestor's pseudo
  // styles, half the rule's time here. Told to ignore pseudo-elements it judges that text against
  // the background it can see instead, so it can only report more, never less.
  // configure() replaces a check's options, so the defaults (the contrast ratios) are carried over.
  const { options } = (axe as unknown as { _audit: { checks: Record<string, { options: { ignorePseudo?: boolean } }> } })._audit.checks['color-contrast']!;
  if (!options.ignorePseudo) axe.configure({ checks: [{ id: 'color-contrast', options: { ...options, ignorePseudo: true } }] });
  const outcome: AxeOutcome = { overflow: root.scrollWidth - root.clientWidth, runs: [] };
  try {
    for (const run of runs) {
      if (run.theme) root.dataset['theme'] = run.theme;
      const runOnly: import('axe-core').RunOnly = 'tags' in run.rules ? { type: 'tag', values: run.rules.tags } : { type: 'rule', values: run.rules.rules };
      const results = await axe.run(include ? { include: [include] } : document, { runOnly, resultTypes: ['violations'] });
      outcome.runs.push({ brightness: brightness(), violations: results.violations.map((v) => `${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`) });
    }
  } finally {
    if (chosen) root.dataset['theme'] = chosen;
    else delete root.dataset['theme'];
  }
  return outcome;
};

async function runAxe(page: Page, runs: AxeRun[], include?: string): Promise<AxeOutcome> {
  const arg = { runs, include };
  const outcome = await page.evaluate(axeInPage, arg);
  if (outcome) return outcome;
  // Not injected by an init script (see `sweep`): inject it into this document now.
  await page.evaluate(axeSource);
  return (await page.evaluate(axeInPage, arg))!;
}

/** Runs axe on the page as it is (optionally only inside `include`); one line per violated rule. */
export async function axe(page: Page, rules: AxeRules, include?: string): Promise<string[]> {
  return (await runAxe(page, [{ rules }], include)).runs[0]!.violations;
}

/** axe in light (all rules) and dark (theme rules) on the page as it is, and its sideways scroll. */
async function axeBothThemes(page: Page, label: string): Promise<void> {
  const { overflow, runs: [light, dark] } = await runAxe(page, [{ theme: 'light', rules: { tags: AXE_TAGS } }, { theme: 'dark', rules: { rules: THEME_RULES } }]);
  expect(overflow, `${label}: sideways scroll`).toBeLessThanOrEqual(0);
  // The dark run measured the dark theme, not the light one again.
  expect(dark!.brightness, `${label}: dark theme applied (page background brightness)`).toBeLessThan(light!.brightness - 60);
  expect([...light!.violations.map((v) => `light: ${v}`), ...dark!.violations.map((v) => `dark: ${v}`)], `${label}: axe violations`).toEqual([]);
}

async function noSidewaysScrollOn(page: Page, label: string): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `${label}: sideways scroll`).toBeLessThanOrEqual(0);
}

async function atWidth(page: Page, width: number): Promise<void> {
  if (page.viewportSize()?.width !== width) await page.setViewportSize({ width, height: width >= DESKTOP.width ? DESKTOP.height : 800 });
}

function a11yFor(page: Page): A11y {
  return {
    noSidewaysScroll: (label) => noSidewaysScrollOn(page, label),
    async check(label) {
      await axeBothThemes(page, label);
      // Phones: the layout reflows on resize, so one load serves every width.
      const size = page.viewportSize();
      for (const width of PHONE_WIDTHS) {
        await atWidth(page, width);
        await noSidewaysScrollOn(page, `${label} at ${width} px`);
      }
      if (size) await page.setViewportSize(size);
    },
  };
}

/**
 * The sweep's check: axe at the desktop width, sideways scroll there and at the phone widths. The
 * page is left at the last width it was checked at and the next URL loads there, so the widths
 * are walked from whichever end the page is at: two resizes per URL instead of three.
 */
function sweepA11yFor(page: Page): A11y {
  const base = a11yFor(page);
  return {
    ...base,
    async check(label) {
      const widths = [DESKTOP.width, ...PHONE_WIDTHS];
      if (page.viewportSize()?.width === widths.at(-1)) widths.reverse();
      for (const width of widths) {
        await atWidth(page, width);
        if (width === DESKTOP.width) await axeBothThemes(page, label);
        else await noSidewaysScrollOn(page, `${label} at ${width} px`);
      }
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
    const context = await browser.newContext({ baseURL: BASE_URL, viewport: DESKTOP });
    // axe is in every page from the start: compiled once (the browser caches it), not sent per page.
    await context.addInitScript({ path: axeFile });
    const page = await context.newPage();
    await use({ page, problems: await watchProblems(page) });
    await context.close();
  }, { scope: 'worker' }],
  sweepPage: async ({ workerPage }, use) => {
    workerPage.problems.length = 0;
    await use({ page: workerPage.page, a11y: sweepA11yFor(workerPage.page) });
    noProblems(workerPage.problems);
  },
});

export { expect };
