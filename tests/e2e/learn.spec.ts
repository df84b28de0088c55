/**
 * Learning resources and self-check questions (issue 13) as a reader meets them: a skill's
 * resources and questions, a question's shared #link, printing, a roadmap step's resources,
 * a path's interview practice page and the Practice search filter.
 */
import { expect, test } from './fixtures.ts';

const SKILL = '/skills/context-managers/';

test('a skill page lists labelled resources and questions whose answers open on demand', async ({ page }) => {
  await page.goto(SKILL);
  const rows = page.locator('section[aria-labelledby="resources"] a.resource-row');
  expect(await rows.count()).toBeGreaterThanOrEqual(3);
  for (const href of await rows.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))) expect(href).toMatch(/^https:\/\//);
  // Every row says what it is, what it costs and for whom, in words.
  await expect(rows.first().locator('.resource-label')).toHaveCount(3);
  await expect(rows.first().locator('.resource-label').first()).toHaveText('Official docs');

  const check = page.locator('[data-self-check]');
  await expect(check).toHaveCount(1);
  const items = check.locator('details');
  expect(await items.count()).toBeGreaterThanOrEqual(3);
  const first = items.first();
  const answer = first.locator('.prose');
  await expect(answer).toBeHidden();
  await first.locator('summary').click();
  await expect(answer).toBeVisible();
  await first.locator('summary').press('Enter');
  await expect(answer).toBeHidden();

  const toc = page.getByRole('navigation', { name: 'On this page' });
  await expect(toc.locator('a[href="#resources"]')).toHaveCount(1);
  await expect(toc.locator('a[href="#check-yourself"]')).toHaveCount(1);
});

test('a shared question link lands on that question, and answers open without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(SKILL);
  const id = await page.locator('[data-self-check] h3').first().getAttribute('id');
  expect(id).toMatch(/^check-[a-z0-9-]+$/);
  await page.goto(`${SKILL}#${id}`);
  await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
  await expect(page.locator(`a.anchor-link[href="#${id}"]`)).toHaveCount(1);
  const details = page.locator('[data-self-check] details').first();
  await details.locator('summary').click();
  await expect(details).toHaveAttribute('open', '');
  await context.close();
});

test('a printed skill page keeps each resource with its URL', async ({ page }) => {
  await page.goto(SKILL);
  await page.emulateMedia({ media: 'print' });
  const row = page.locator('a.resource-row').first();
  await expect(row).toBeVisible();
  const href = await row.getAttribute('href');
  const after = await row.evaluate((a) => getComputedStyle(a, '::after').content);
  expect(after).toContain(href!);
  await expect(page.locator('[data-self-check]')).toBeVisible();
});

test('a roadmap step shows resources from its skills, and a step without skills shows its own', async ({ page }) => {
  await page.goto('/roadmaps/backend-developer/');
  const firstStep = await page.locator('li[data-step] h3 a').first().getAttribute('href');
  await page.goto(firstStep!);
  const rows = page.locator('section[aria-labelledby="resources"] a.resource-row');
  expect(await rows.count()).toBeGreaterThanOrEqual(2);
  await page.emulateMedia({ media: 'print' });
  expect(await rows.first().evaluate((a) => getComputedStyle(a, '::after').content)).toContain('https://');
  await page.emulateMedia({ media: 'screen' });

  await page.goto('/roadmaps/ten-step-action-plan/career-direction/');
  const own = page.locator('section[aria-labelledby="resources"] a.resource-row');
  expect(await own.count()).toBeGreaterThanOrEqual(2);
  await expect(own.locator('.resource-from')).toHaveCount(0);
});

test("a path's practice page gathers its questions, reached from the path page and the roadmap's last step", async ({ page }) => {
  await page.goto('/paths/backend-developer/');
  await page.locator('a[data-practice-link]').click();
  await expect(page).toHaveURL(/\/paths\/backend-developer\/practice\/$/);
  await expect(page.locator('.kind-badge').first()).toHaveText('Interview practice');
  const questions = page.locator('[data-self-check] h3');
  expect(await questions.count()).toBeGreaterThanOrEqual(3);
  const ids = await questions.evaluateAll((hs) => hs.map((h) => h.id));
  for (const id of ids) expect(id).toMatch(/^[a-z0-9-]+--[a-z0-9-]+$/);
  expect(new Set(ids).size).toBe(ids.length);
  // Each skill's section heading links to the skill page.
  await expect(page.locator('section h2 a[href^="/skills/"]').first()).toBeVisible();

  await page.goto('/roadmaps/backend-developer/');
  const last = await page.locator('li[data-step] h3 a').last().getAttribute('href');
  await page.goto(last!);
  await expect(page.locator('a[data-practice-link]')).toHaveAttribute('href', '/paths/backend-developer/practice/');
});

test('the Practice search filter finds practice pages, with each question a section result', async ({ page }) => {
  await page.goto('/search/?q=exception&kind=practice');
  const form = page.locator('[data-search-page]');
  const badges = form.locator('[data-search-results] .kind-badge');
  await expect(badges.first()).toBeVisible();
  expect(new Set(await badges.allTextContents())).toEqual(new Set(['Interview practice']));
  await expect(form.getByRole('radio', { name: 'Practice' })).toBeChecked();
  await expect(form.locator('[data-search-section]').first()).toBeVisible();
  const sections = await form.locator('[data-search-section]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  expect(sections.filter((href) => /\/paths\/[a-z0-9-]+\/practice\/#[a-z0-9-]+--[a-z0-9-]+$/.test(href)).length).toBeGreaterThan(0);
});
