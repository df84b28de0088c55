/**
 * Groups of alternatives ("any one of Django, FastAPI or Flask") on a path's skill lists: shown as
 * one item, and met by any one member in the skill match, the job-ad decoder, comparisons and
 * "which paths need it".
 */
import { expect, test } from './fixtures.ts';

const KEY = 'skill-match:v1';
const group = '[data-skill-group="django fastapi flask"]';

test('a path page shows a group of alternatives as one required item', async ({ page }) => {
  await page.goto('/paths/backend-developer/');
  const item = page.getByRole('list', { name: 'Required skills' }).locator(group);
  await expect(item).toContainText('Any one of:');
  expect(await item.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(['/skills/django/', '/skills/fastapi/', '/skills/flask/']);
});

test('the skill match counts a group as had when any one member is ticked', async ({ page }) => {
  await page.goto('/tools/skill-match/');
  const card = page.locator('[data-path-card="backend-developer"]');
  const row = page.locator('[data-skill-match-ranking] [data-path="backend-developer"] [data-path-fraction]');
  await page.getByLabel('Flask', { exact: true }).check();
  await expect(card.locator(`${group} [data-mark]`)).toHaveText('(you have it)');
  await expect(row).toHaveText(/^1 of \d+$/);
  // A second member of the same group adds nothing: it is one requirement.
  await page.getByLabel('FastAPI', { exact: true }).check();
  await expect(row).toHaveText(/^1 of \d+$/);
  await page.getByLabel('Flask', { exact: true }).uncheck();
  await page.getByLabel('FastAPI', { exact: true }).uncheck();
  await expect(card.locator(`${group} [data-mark]`)).toHaveText('(to learn)');
});

test('the job-ad decoder counts an ad naming all three frameworks as one skill of the path', async ({ page }) => {
  await page.addInitScript((k) => { localStorage.setItem(k, JSON.stringify({ version: 1, skills: ['flask'] })); }, KEY);
  await page.goto('/tools/job-ad-decoder/');
  await page.getByLabel('Job ad text').fill('You know Django, Flask or FastAPI, and SQL.');
  await page.getByRole('button', { name: 'Decode the ad' }).click();
  await expect(page.locator('[data-job-ad-paths] li', { hasText: 'Backend developer' })).toContainText(/2 of its \d+ skills/);
});

test('a comparison lists a shared group once, and a skill page says any one member is enough', async ({ page }) => {
  await page.goto('/compare/backend-developer-vs-full-stack-developer/');
  await expect(page.locator('li', { hasText: /^One of Django, FastAPI or Flask \(required on both\)$/ })).toHaveCount(1);
  await page.goto('/skills/flask/');
  await expect(page.locator('[data-skill-alternatives]')).toContainText('Backend developer requires one of Django, FastAPI or Flask');
  await expect(page.getByRole('heading', { name: 'Required on' })).toBeVisible();
});
