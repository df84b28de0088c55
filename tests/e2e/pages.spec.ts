/**
 * Basics every built page needs, checked over every URL in the sitemap: lang, title,
 * description, canonical URL, skip link, unique ids, and a self-link on every section heading.
 */
import { expect, test } from './fixtures.ts';
import AxeBuilder from '@axe-core/playwright';

async function sitemapPaths(request: import('@playwright/test').APIRequestContext): Promise<string[]> {
  const index = await (await request.get('/sitemap-index.xml')).text();
  const paths: string[] = [];
  for (const loc of index.matchAll(/<loc>([^<]+)<\/loc>/g)) {
    const xml = await (await request.get(new URL(loc[1]!).pathname)).text();
    for (const m of xml.matchAll(/<loc>([^<]+)<\/loc>/g)) paths.push(new URL(m[1]!).pathname);
  }
  return paths;
}

const attr = (html: string, re: RegExp) => re.exec(html)?.[1];

test('every page has lang, a unique title and description, a canonical URL and a skip link', async ({ request }) => {
  const paths = await sitemapPaths(request);
  expect(paths.length).toBeGreaterThan(100);
  const titles = new Map<string, string>();
  const problems: string[] = [];
  for (const path of paths) {
    const res = await request.get(path);
    if (res.status() !== 200) { problems.push(`${path}: status ${res.status()}`); continue; }
    const html = await res.text();
    const title = attr(html, /<title>([^<]+)<\/title>/);
    const description = attr(html, /<meta name="description" content="([^"]*)"/);
    const canonical = attr(html, /<link rel="canonical" href="([^"]+)"/);
    if (!/<html lang="en"/.test(html)) problems.push(`${path}: no lang`);
    if (!title) problems.push(`${path}: no title`);
    else if (titles.has(title)) problems.push(`${path}: title "${title}" also on ${titles.get(title)}`);
    else titles.set(title, path);
    if (!description || description.length < 40) problems.push(`${path}: description missing or short`);
    if (!canonical || new URL(canonical).pathname !== path) problems.push(`${path}: canonical ${canonical}`);
    if (!html.includes('href="#main-content"') || !html.includes('id="main-content"')) problems.push(`${path}: no skip link target`);
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    const dupes = ids.filter((id, i) => ids.indexOf(id) !== i);
    if (dupes.length) problems.push(`${path}: duplicate ids ${[...new Set(dupes)].join(', ')}`);
    for (const h of html.matchAll(/<h([23])([^>]*)>/g)) {
      const id = attr(h[2] ?? '', /id="([^"]+)"/);
      if (!id) { problems.push(`${path}: an h${h[1]} without id`); continue; }
      // Chrome headings (the table of contents, the search dialog) are navigation, not sections.
      if (id.startsWith('toc-heading') || id === 'search-dialog-title') continue;
      if (!html.includes(`class="anchor-link" href="#${id}"`)) problems.push(`${path}: #${id} has no link to itself`);
    }
  }
  expect(problems).toEqual([]);
});

// axe over every page in the sitemap, in both themes, split into chunks that run in parallel.
// Each page is loaded once and checked with every WCAG 2.2 A/AA rule in light, then again after
// the colour scheme switches to dark in place (the theme follows prefers-color-scheme).
const CHUNKS = 4;
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
for (let chunk = 0; chunk < CHUNKS; chunk++) {
  test(`no axe violations (WCAG 2.2 AA) in the light and dark themes, sitemap part ${chunk + 1} of ${CHUNKS}`, async ({ page, request }) => {
    test.setTimeout(240_000);
    const all = [...(await sitemapPaths(request)), '/404.html', '/search/?q=sql'];
    const mine = all.filter((_, i) => i % CHUNKS === chunk);
    const violations: string[] = [];
    for (const path of mine) {
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(path);
      if (path.includes('?q=')) await page.locator('[data-search-page] [data-search-results] li').first().waitFor();
      for (const scheme of ['light', 'dark'] as const) {
        if (scheme === 'dark') {
          await page.emulateMedia({ colorScheme: 'dark' });
          // Wait until the page's own background has turned dark before measuring contrast.
          await expect.poll(() => page.evaluate(() => {
            const [r, g, b] = getComputedStyle(document.documentElement).backgroundColor.match(/\d+/g)!.map(Number);
            return (r! + g! + b!) / 3;
          })).toBeLessThan(80);
        }
        // Legacy mode runs axe in the page itself instead of opening a helper page per run:
        // ours have no iframes, and it is several times faster over hundreds of pages.
        const results = await new AxeBuilder({ page }).setLegacyMode(true).withTags(TAGS).analyze();
        violations.push(...results.violations.map((v) => `${path} (${scheme}): ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`));
      }
    }
    expect(mine.length).toBeGreaterThan(10);
    expect(violations).toEqual([]);
  });
}
