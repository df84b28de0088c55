import { expect, test } from './fixtures.ts';

test('the search dialog opens from the button, Ctrl+K and "/"', async ({ page }) => {
  await page.goto('/');
  const dialog = page.locator('#search-dialog');
  await page.getByRole('link', { name: /Search/ }).first().click();
  await expect(dialog).toBeVisible();
  await expect(page.getByRole('combobox', { name: /Search paths/ })).toBeFocused();
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
  await page.getByRole('combobox', { name: /Search paths/ }).fill('fastapi');
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
  await page.getByRole('combobox', { name: /Search paths/ }).fill('fastapi');
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

test('a broad query gives its true count, shows five, and shows five more on request', async ({ page }) => {
  await page.goto('/search/?q=python');
  const form = page.locator('[data-search-page]');
  const status = form.locator('[data-search-status]');
  await expect(status).toHaveText(/^\d+ results for “python”, showing 5\.$/);
  const total = Number((await status.textContent())!.match(/^(\d+)/)![1]);
  expect(total).toBeGreaterThan(20);
  await expect(form.locator('[data-search-results] > li')).toHaveCount(5);
  await form.getByRole('button', { name: 'Show 5 more' }).click();
  await expect(form.locator('[data-search-results] > li')).toHaveCount(10);
  await expect(status).toHaveText(`${total} results for “python”, showing 10.`);
  const urls = await form.locator('[data-search-result]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')));
  expect(new Set(urls).size).toBe(10);
});

test('a query with a word the guide never uses is relaxed, and the notice says so', async ({ page }) => {
  await page.goto('/search/?q=do%20programmers%20need%20a%20degree');
  const form = page.locator('[data-search-page]');
  await expect(form.locator('[data-search-status]')).toHaveText(/^No results for “do programmers need a degree”\. Showing \d+ results? for “[^”]+” instead/);
  await expect(form.locator('a[data-search-result][href="/faq/#do-i-need-a-degree"]')).toBeVisible();
});

test('a query that matches nothing offers paths, skills and the FAQ instead of an empty box', async ({ page }) => {
  await page.goto('/search/?q=zxqv%20blorf');
  const form = page.locator('[data-search-page]');
  await expect(form.locator('[data-search-status]')).toHaveText('No results for “zxqv blorf”.');
  const suggestions = form.locator('[data-search-suggestions]');
  await expect(suggestions).toBeVisible();
  await expect(suggestions.locator('a[href="/faq/"]')).toBeVisible();
  expect(await suggestions.locator('a[href^="/paths/"][href$="/"]').count()).toBeGreaterThan(1);
  expect(await suggestions.locator('a[href^="/skills/"]').count()).toBeGreaterThan(1);
  await expect(form.locator('[data-search-results] > li')).toHaveCount(0);
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

test.describe('the dialog is a keyboard-first combobox', () => {
  test('type, ArrowDown, Enter lands on the result; arrows also reach its sections', async ({ page }) => {
    await page.goto('/guides/job-search/');
    await page.keyboard.press('Control+k');
    const input = page.getByRole('combobox', { name: /Search paths/ });
    await expect(input).toBeFocused();
    await page.keyboard.type('fastapi');
    await expect(page.locator('#search-dialog [data-search-status]')).toContainText('for “fastapi”', { timeout: 15_000 });
    const options = page.locator('#search-dialog [role="listbox"] [role="option"]');
    await expect(options.first()).toBeVisible();
    await expect(input).toHaveAttribute('aria-expanded', 'true');
    await expect(input).not.toHaveAttribute('aria-activedescendant', /./);

    await page.keyboard.press('ArrowDown');
    const first = options.first();
    await expect(input).toHaveAttribute('aria-activedescendant', (await first.getAttribute('id'))!);
    await expect(first).toHaveAttribute('aria-selected', 'true');
    // Down then up comes back to the same option.
    await page.keyboard.press('ArrowDown');
    await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
    await expect(first).toHaveAttribute('aria-selected', 'false');
    await page.keyboard.press('ArrowUp');
    await expect(first).toHaveAttribute('aria-selected', 'true');
    const href = (await first.getAttribute('href'))!;
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new URL(href, page.url()).href);
    await expect(page.locator('#search-dialog')).toBeHidden();
  });

  test('ArrowDown reaches a section sub-result, and Enter lands on its heading', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('Control+k');
    // Keys typed before the dialog has focused its input would be lost (the dialog loads on demand).
    await expect(page.getByRole('combobox', { name: /Search paths/ })).toBeFocused();
    await page.keyboard.type('data engineer salary');
    // Each key runs a search; wait for the one for the whole query before reading its options.
    await expect(page.locator('#search-dialog [data-search-status]')).toContainText('for “data engineer salary”', { timeout: 15_000 });
    const options = page.locator('#search-dialog [role="option"]');
    await expect(options.first()).toBeVisible();
    const all = await options.evaluateAll((os) => os.map((o) => ({ id: o.id, section: o.hasAttribute('data-search-section'), href: o.getAttribute('href')! })));
    const index = all.findIndex((o) => o.section);
    expect(index).toBeGreaterThan(0);
    for (let i = 0; i <= index; i++) await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('combobox', { name: /Search paths/ })).toHaveAttribute('aria-activedescendant', all[index]!.id);
    await page.keyboard.press('Enter');
    const target = all[index]!.href;
    await expect(page).toHaveURL(new RegExp(`${target.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`));
    await expect(page.locator(`[id="${target.split('#')[1]}"]`)).toBeInViewport();
  });

  test('Escape closes the dialog and gives focus back to the button that opened it', async ({ page }) => {
    await page.goto('/');
    const button = page.locator('header [data-open-search]').first();
    await button.focus();
    await page.keyboard.press('Enter');
    const input = page.getByRole('combobox', { name: /Search paths/ });
    await expect(input).toBeFocused();
    await page.keyboard.type('django');
    await expect(page.locator('#search-dialog [role="option"]').first()).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.locator('#search-dialog')).toBeHidden();
    await expect(button).toBeFocused();
  });

  test('the input stays where it is while results arrive', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('Control+k');
    const input = page.getByRole('combobox', { name: /Search paths/ });
    await expect(input).toBeFocused();
    const before = await input.boundingBox();
    await page.keyboard.type('python');
    await expect(page.locator('#search-dialog [role="option"]').nth(9)).toBeAttached({ timeout: 15_000 });
    expect(await input.boundingBox()).toEqual(before);
  });

  test('on a phone the kind filters take one row', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('/');
    await page.keyboard.press('Control+k');
    await expect(page.getByRole('combobox', { name: /Search paths/ })).toBeFocused();
    const tops = await page.locator('#search-dialog [data-search-filters] label').evaluateAll((ls) => ls.map((l) => Math.round(l.getBoundingClientRect().top)));
    expect(tops.length).toBeGreaterThan(3);
    expect(new Set(tops).size).toBe(1);
  });
});

test('match highlights have readable contrast in both themes', async ({ page }) => {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/search/?q=fastapi');
    const mark = page.locator('[data-search-page] [data-search-results] mark').first();
    await expect(mark).toBeVisible();
    const ratio = await mark.evaluate((el) => {
      const rgb = (c: string) => c.match(/[\d.]+/g)!.slice(0, 3).map(Number);
      const lum = ([r, g, b]: number[]) => {
        const f = (v: number) => { const s = v / 255; return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4; };
        return 0.2126 * f(r!) + 0.7152 * f(g!) + 0.0722 * f(b!);
      };
      const style = getComputedStyle(el);
      const [a, b] = [lum(rgb(style.color)), lum(rgb(style.backgroundColor))].sort((x, y) => y - x);
      return (a! + 0.05) / (b! + 0.05);
    });
    expect(ratio, scheme).toBeGreaterThanOrEqual(4.5);
  }
});

test('the open dialog, with results and an active option, and with suggestions, passes the a11y check', async ({ page, a11y }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await page.keyboard.press('Control+k');
  const input = page.getByRole('combobox', { name: /Search paths/ });
  await input.fill('data engineer');
  await page.locator('#search-dialog [role="option"]').first().waitFor();
  await page.keyboard.press('ArrowDown');
  await a11y.check('dialog with results');
  await input.fill('zxqv blorf');
  await page.locator('#search-dialog [data-search-suggestions] a').first().waitFor();
  await a11y.check('dialog with suggestions');
});
