/** Comparing two career paths: the picker on a path page and on /compare/, the pair pages, no-JS fallback. */
import { expect, test } from './fixtures.ts';

test('the picker on a path page opens the canonical pair page, whichever order is picked', async ({ page }) => {
  await page.goto('/paths/data-engineer/');
  // Path pages load no script file up front; the picker is a plain form.
  expect(await page.locator('script[src]').count()).toBe(0);
  const picker = page.locator('form[data-compare-picker]');
  await expect(picker.getByLabel('First path')).toHaveValue('data-engineer');
  await picker.getByLabel('Second path').selectOption({ label: 'Backend developer' });
  await picker.getByRole('button', { name: 'Compare' }).click();
  await expect(page).toHaveURL(/\/compare\/backend-developer-vs-data-engineer\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Backend developer vs. data engineer');
});

test('the picker asks for two different paths', async ({ page }) => {
  // On /compare/ the script checks before navigating.
  await page.goto('/compare/');
  let picker = page.locator('form[data-compare-picker]');
  await picker.getByLabel('First path').selectOption('data-analyst');
  await picker.getByLabel('Second path').selectOption('data-analyst');
  await picker.getByRole('button', { name: 'Compare' }).click();
  await expect(picker.getByRole('status')).toHaveText('Choose two different paths to compare.');
  await expect(picker.getByLabel('Second path')).toBeFocused();
  await expect(page).toHaveURL(/\/compare\/$/);

  // A path page loads no script up front: its form goes to /compare/, which says the same.
  await page.goto('/paths/backend-developer/');
  picker = page.locator('form[data-compare-picker]');
  await picker.getByLabel('Second path').selectOption('backend-developer');
  await picker.getByRole('button', { name: 'Compare' }).click();
  await expect(page).toHaveURL(/\/compare\/\?a=backend-developer&b=backend-developer$/);
  picker = page.locator('form[data-compare-picker]');
  await expect(picker.getByRole('status')).toHaveText('Choose two different paths to compare.');
  await expect(picker.getByLabel('First path')).toHaveValue('backend-developer');
  await expect(picker.getByLabel('Second path')).toBeFocused();
});

test('the picker on /compare/ works from the keyboard', async ({ page }) => {
  await page.goto('/compare/');
  const picker = page.locator('form[data-compare-picker]');
  await picker.getByLabel('First path').selectOption({ label: 'DevOps engineer' });
  await picker.getByLabel('Second path').selectOption({ label: 'Backend developer' });
  await picker.getByRole('button', { name: 'Compare' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/compare\/backend-developer-vs-devops-engineer\/$/);
});

test('without JavaScript, /compare/ lists every pair by path and the picker falls back to that list', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/compare/');
  const links = page.locator('section[aria-labelledby="all-comparisons"] a[href^="/compare/"]');
  expect(await links.count()).toBe(12 * 11);
  const hrefs = new Set(await links.evaluateAll((as) => as.map((a) => a.getAttribute('href'))));
  expect(hrefs.size).toBe(66);
  await expect(page.locator('#with-backend-developer')).toBeVisible();
  // The form submits to the list itself.
  await page.locator('form[data-compare-picker]').getByRole('button', { name: 'Compare' }).click();
  await expect(page).toHaveURL(/\/compare\/\?a=[a-z-]+&b=[a-z-]+$/);
  await expect(page.locator('#all-comparisons')).toBeVisible();
  await context.close();
});

test('a comparison page shows both paths from the data, with the overlap explained and every figure sourced', async ({ page }) => {
  await page.goto('/compare/backend-developer-vs-data-engineer/');
  for (const id of ['day-to-day', 'skills-compared', 'shared-skills', 'only-backend-developer', 'only-data-engineer', 'pay', 'growth', 'who-each-fits', 'next-steps']) {
    await expect(page.locator(`[id="${id}"]`)).toBeVisible();
  }
  await expect(page.locator('section[aria-labelledby="skills-compared"]')).toContainText(/\d+% skill overlap/);
  // The overlap is explained once, on /compare/, and each comparison links there.
  await expect(page.locator('section[aria-labelledby="skills-compared"] a[href="/compare/#skill-overlap"]')).toBeVisible();
  const shared = page.locator('section[aria-labelledby="skills-compared"] ul').first().locator('a[href^="/skills/"]');
  expect(await shared.count()).toBeGreaterThan(0);
  // Every salary figure names a source and a year (or says it is undated).
  const tiles = page.locator('section[aria-labelledby="pay"] ul[aria-label^="Salary figures"] > li');
  expect(await tiles.count()).toBeGreaterThan(1);
  for (const tile of await tiles.all()) {
    const source = tile.locator('.source-line');
    await expect(source.locator('a[href^="/sources/#"]')).toHaveCount(1);
    await expect(source).toHaveText(/, (\d{4}|undated)$/);
  }
  await expect(page.locator('#ladder-backend-developer')).toBeVisible();
  await expect(page.locator('section[aria-labelledby="who-each-fits"]')).toContainText('It may suit you if you');
});

test('a comparison opens with key facts side by side: pay labelled for what it is, entry route, core skills, overlap', async ({ page }) => {
  await page.goto('/compare/backend-developer-vs-data-engineer/');
  // Key facts is the first section of the page.
  await expect(page.locator('section[aria-labelledby] h2').first()).toHaveText('Key facts');
  const table = page.locator('section[aria-labelledby="key-facts"] table');
  await expect(table.locator('thead th')).toHaveText(['Backend developer', 'Data engineer']);
  const pay = table.locator('td[data-fact="pay"]');
  await expect(pay).toHaveCount(2);
  // Every pay figure says what it is and where it comes from; a data engineer figure is a neighbouring occupation's.
  for (const cell of await pay.all()) await expect(cell.locator('a[href^="/sources/#"]')).toHaveCount(1);
  await expect(pay.nth(1)).toContainText(/No role-specific figure; nearest occupation: /);
  await expect(pay.nth(1)).toContainText(/\$[\d,]+/);
  await expect(table.locator('td[data-fact="entry"]').first()).toContainText(/First job: .+Roadmap: /);
  await expect(table.locator('td[data-fact="entry"] a[href^="/roadmaps/"]')).toHaveCount(2);
  // Core skills: each path's required skills; the ones the other path does not require stand out.
  await expect(table.locator('td[data-fact="core-skills"]').first()).toContainText('Django');
  await expect(table.locator('td[data-fact="core-skills"]').first().locator('strong')).toContainText(['Django']);
  const overlap = table.locator('td[data-fact="overlap"]');
  const percent = await overlap.locator('meter').evaluate((m) => (m as HTMLMeterElement).value);
  await expect(overlap).toContainText(`${percent}%`);
  await expect(page.locator('section[aria-labelledby="skills-compared"]')).toContainText(`${percent}% skill overlap`);
  // Each cell is tied to its path and its fact, for screen readers.
  await expect(pay.first()).toHaveAttribute('headers', 'kf-pay kf-backend-developer');

  // Wide screens put the two sides next to each other; phones stack the cards.
  await page.setViewportSize({ width: 1280, height: 900 });
  const top = async (id: string) => (await page.locator(`#${id}`).boundingBox())!.y;
  expect(Math.abs((await top('work-backend-developer')) - (await top('work-data-engineer')))).toBeLessThan(2);
  expect(Math.abs((await top('only-backend-developer')) - (await top('only-data-engineer')))).toBeLessThan(2);
  await page.setViewportSize({ width: 390, height: 800 });
  expect(await top('work-data-engineer')).toBeGreaterThan(await top('work-backend-developer'));
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
});

test('comparison pages and a path page have no axe violations and fit a 320 px screen', async ({ page, a11y }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  for (const path of ['/compare/', '/compare/data-analyst-vs-technical-lead/', '/paths/backend-developer/']) {
    await page.goto(path);
    await a11y.check(`${path} at 320 px`);
  }
});
