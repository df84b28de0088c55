/**
 * axe (WCAG 2.2 A/AA) and the sideways-scroll check on every page in the built sitemap, one test
 * per page, so a failure names the page and a retry repeats only that page. The configuration
 * lives in fixtures.ts (`a11y.check`): all rules in light, the colour rules again in dark.
 * Pages in a state a reader reaches by acting (marks, dialogs, tool results, 320 px) are checked
 * where that state is set up: progress.spec.ts, tools.spec.ts, compare.spec.ts.
 */
import { resolve } from 'node:path';
import { sweep as test } from './fixtures.ts';
import { distDir, sitemapPaths } from '../support/dist.ts';

const paths = sitemapPaths(distDir(resolve(import.meta.dirname, '../..')));
// Two pages the sitemap leaves out: the 404 page and a search with results.
const extra = ['/404.html', '/search/?q=sql'];

test.describe.configure({ mode: 'parallel' });

for (const path of [...paths, ...extra]) {
  test(`a11y ${path}`, async ({ sweepPage: { page, a11y } }) => {
    await page.goto(path);
    if (path.includes('?q=')) await page.locator('[data-search-page] [data-search-results] li').first().waitFor();
    await a11y.check(path);
  });
}
