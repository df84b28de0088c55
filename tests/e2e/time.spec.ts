/**
 * Time to a first job: the time frame line, the planner and the beginner roadmap's table show the
 * same derived figures, and the planner's "to a first job" row follows the reader's hours a week.
 */
import { expect, test } from './fixtures.ts';

test('a path roadmap says which beginner steps it keeps and replaces, and the planner matches its time frame', async ({ page }) => {
  await page.goto('/roadmaps/backend-developer/');
  const timeframe = page.locator('[data-timeframe]');
  const months = /About (\d+–\d+) months at 10 hours a week/.exec((await timeframe.textContent()) ?? '')?.[1];
  expect(months).toBeTruthy();
  await expect(timeframe).toContainText('leaving out step 8, which goes beyond a first job');
  await expect(page.locator('[data-replaces]')).toContainText('steps 4–6 of that roadmap');
  const firstJob = page.locator('[data-plan-first-job]');
  await expect(firstJob).toContainText(`(roughly ${months} months)`);
  const hours = page.getByLabel('Hours per week');
  await hours.fill('20');
  await expect(firstJob).not.toContainText(`(roughly ${months} months)`);
  await expect(firstJob).toHaveText(/^\d+–\d+ weeks/);
  await hours.fill('10');
  await expect(firstJob).toContainText(`(roughly ${months} months)`);
  // The same figure appears in the beginner roadmap's table for this path.
  await page.goto('/roadmaps/beginner-to-job-ready/#time-to-a-first-job');
  await expect(page.locator('[data-time-to-job] tr[data-roadmap="backend-developer"] [data-time-months]')).toHaveText(`${months} months`);
  await expect(page.locator('[data-time-quoted]').first()).toContainText('6–12 months');
  await expect(page.locator('[data-time-quoted]').first()).toContainText('It assumes');
});

test('hours are labelled as our estimate and link to the one sentence that says how we estimate', async ({ page }) => {
  await page.goto('/roadmaps/beginner-to-job-ready/python-basics/');
  await page.locator('[data-estimate-link]').first().click();
  await expect(page).toHaveURL('/roadmaps/#how-we-estimate');
  await expect(page.locator('#how-we-estimate')).toContainText('our own estimate');
});
