import { expect, test } from './fixtures.ts';

test('the search dialog opens from the button, Ctrl+K and "/"', async ({ page }) => {
  await page.goto('/');
  const dialog = page.locator('#search-dialog');
  await page.getByRole('link', { name: /Search/ }).first().click();
  await expect(dialog).toBeVisible();
  await expect(page.getByRole('searchbox', { name: /Search paths/ })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  await page.keyboard.press('Control+k');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');

  await page.locator('body').press('/');
  await expect(dialog).toBeVisible();
});

test('the search code loads only when the dialog opens', async ({ page }) => {
  const loaded: string[] = [];
  page.on('request', (r) => { if (/pagefind|search-dialog/.test(r.url())) loaded.push(r.url()); });
  await page.goto('/guides/job-search/');
  await page.waitForLoadState('networkidle');
  expect(loaded).toEqual([]);
  await page.keyboard.press('Control+k');
  await expect.poll(() => loaded.some((u) => u.includes('pagefind'))).toBe(true);
});

test('a first search downloads under 150 KB, uncompressed, and starts no worker', async ({ page }) => {
  await page.goto('/guides/job-search/');
  await page.waitForLoadState('networkidle');
  const fetched: Array<{ url: string; bytes: number }> = [];
  page.on('response', async (r) => {
    try { fetched.push({ url: r.url(), bytes: (await r.body()).length }); } catch { /* a redirect has no body */ }
  });
  const workers: string[] = [];
  page.on('worker', (w) => workers.push(w.url()));
  await page.keyboard.press('Control+k');
  await page.getByRole('searchbox', { name: /Search paths/ }).fill('fastapi');
  await expect(page.locator('#search-dialog [data-search-result]').first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  const total = fetched.reduce((n, f) => n + f.bytes, 0);
  expect(fetched.some((f) => f.url.endsWith('/pagefind/pagefind.js'))).toBe(true);
  expect(total, fetched.map((f) => `${f.bytes} ${f.url}`).join('\n')).toBeLessThan(150 * 1024);
  expect(workers).toEqual([]);
});

test('the search page preloads its engine and index entry, and search uses each preload once', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname + new URL(r.url()).search));
  await page.goto('/search/?q=fastapi');
  await expect(page.locator('[data-search-page] [data-search-result]').first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  const preloads = await page.locator('link[rel="preload"], link[rel="modulepreload"]').evaluateAll((links) => links.map((l) => (l as HTMLLinkElement).getAttribute('href')!));
  expect(preloads).toEqual(expect.arrayContaining(['/pagefind/pagefind.js', '/pagefind/wasm.en.pagefind']));
  // The entry file is asked for under the build's tag, not a timestamp, so it can be preloaded and cached.
  expect(preloads.some((href) => /^\/pagefind\/pagefind-entry\.json\?ts=[a-z0-9]+$/.test(href))).toBe(true);
  // A preload whose mode differs from the real request would be fetched twice.
  for (const href of preloads) expect(requested.filter((u) => u === href), href).toHaveLength(1);
});

test('a search finds a skill, shows its kind, and a section result opens that section', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Control+k');
  await page.getByRole('searchbox', { name: /Search paths/ }).fill('fastapi');
  const results = page.locator('[data-search-results] > li');
  await expect(results.first()).toBeVisible();
  const top3 = await results.locator('[data-search-result]').evaluateAll((as) => as.slice(0, 3).map((a) => (a as HTMLAnchorElement).pathname));
  expect(top3).toContain('/skills/fastapi/');

  const fastapi = results.filter({ has: page.locator('a[href$="/skills/fastapi/"]') }).first();
  await expect(fastapi.locator('.kind-badge')).toHaveText('Skill');
  const section = fastapi.locator('[data-search-section]').first();
  const href = await section.getAttribute('href');
  expect(href).toMatch(/\/skills\/fastapi\/#[a-z0-9-]+$/);
  await section.click();
  await expect(page).toHaveURL(new RegExp(`${href!.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`));
  const id = href!.split('#')[1]!;
  await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
});

test('a broad query lists ten results, the first five shown first and the rest added after', async ({ page }) => {
  await page.goto('/search/?q=python');
  const form = page.locator('[data-search-page]');
  await expect(form.locator('[data-search-status]')).toHaveText('10 results for “python”.');
  await expect(form.locator('[data-search-results] > li')).toHaveCount(10);
  const urls = await form.locator('[data-search-result]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')));
  expect(new Set(urls).size).toBe(10);
});

test('the kind filter narrows results', async ({ page }) => {
  await page.goto('/search/?q=sql');
  const form = page.locator('[data-search-page]');
  const badges = form.locator('[data-search-results] .kind-badge');
  await expect(badges.first()).toBeVisible();
  await form.getByRole('radio', { name: 'FAQs' }).check();
  await expect(page).toHaveURL(/kind=FAQ/);
  await expect(badges.first()).toHaveText('FAQ');
  const kinds = await badges.allInnerTexts();
  expect(new Set(kinds)).toEqual(new Set(['FAQ']));
});

test('the Roadmaps filter includes roadmap steps, and comparisons have their own filter', async ({ page }) => {
  await page.goto('/search/?q=django&kind=roadmap');
  const form = page.locator('[data-search-page]');
  const badges = form.locator('[data-search-results] .kind-badge');
  await expect(badges.first()).toBeVisible();
  const kinds = new Set(await badges.allTextContents());
  expect(kinds.has('Roadmap step')).toBe(true);
  expect([...kinds].every((k) => k === 'Roadmap' || k === 'Roadmap step')).toBe(true);

  await form.getByRole('searchbox').fill('data engineer');
  await form.getByRole('radio', { name: 'Comparisons' }).check();
  await expect(page).toHaveURL(/kind=comparison/);
  await expect(badges.first()).toHaveText('Comparison');
  expect(new Set(await badges.allTextContents())).toEqual(new Set(['Comparison']));
});

test('/search/?q= is a shareable page that runs the query', async ({ page }) => {
  await page.goto('/search/?q=data%20engineer');
  const form = page.locator('[data-search-page]');
  await expect(form.getByRole('searchbox')).toHaveValue('data engineer');
  const first = form.locator('[data-search-results] [data-search-result]').first();
  await expect(first).toBeVisible();
  const top3 = await form.locator('[data-search-results] [data-search-result]').evaluateAll((as) => as.slice(0, 3).map((a) => (a as HTMLAnchorElement).pathname));
  expect(top3).toContain('/paths/data-engineer/');
  await form.getByRole('searchbox').fill('pytest');
  await expect(page).toHaveURL(/\?q=pytest/);
});

test.describe('search quality: the page that answers a query is in the first three results', () => {
  const cases: Array<[string, string]> = [
    ['fastapi', '/skills/fastapi/'],
    ['data engineer', '/paths/data-engineer/'],
    ['salary by state', '/salaries/'],
    ['how long to get a first job', '/faq/#how-long-to-get-first-job'],
    ['k8s', '/skills/kubernetes/'],
    ['sql', '/skills/sql/'],
    ['backend developer', '/paths/backend-developer/'],
    ['machine learning engineer', '/paths/machine-learning-engineer/'],
    ['python 2 vs 3', '/faq/#python-2-vs-3'],
    ['do i need a degree', '/faq/#do-i-need-a-degree'],
    ['salary negotiation', '/guides/salary-negotiation/'],
    ['pandas', '/skills/pandas/'],
  ];
  for (const [query, expected] of cases) {
    test(`"${query}" finds ${expected}`, async ({ page }) => {
      await page.goto(`/search/?q=${encodeURIComponent(query)}`);
      const links = page.locator('[data-search-page] [data-search-results] [data-search-result]');
      await expect(links.first()).toBeVisible();
      const top3 = await links.evaluateAll((as) => as.slice(0, 3).map((a) => { const u = new URL((a as HTMLAnchorElement).href); return u.pathname + u.hash; }));
      expect(top3).toContain(expected);
    });
  }
});

test('a FAQ result opens its question on /faq/', async ({ page }) => {
  await page.goto('/search/?q=remote%20work');
  const link = page.locator('[data-search-page] a[data-search-result][href="/faq/#can-i-work-remotely"]');
  await expect(link).toBeVisible();
  await expect(link.locator('xpath=preceding-sibling::span[contains(@class,"kind-badge")]')).toHaveText('FAQ');
  await link.click();
  await expect(page.locator('#can-i-work-remotely')).toBeInViewport();
});

test('in `astro dev`, where no index exists, the dialog says search needs a build', async ({ page }) => {
  // The dev server serves no /pagefind/ files; simulate exactly that.
  await page.route('**/pagefind/**', (route) => route.fulfill({ status: 404, body: 'Not found' }));
  await page.goto('/');
  await page.keyboard.press('Control+k');
  await expect(page.locator('#search-dialog [data-search-status]')).toContainText('the index is made by "npm run build"');
});
