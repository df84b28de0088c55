import { expect, test } from './fixtures.ts';

test('a reader walks the beginner roadmap from one step to the next and back', async ({ page }) => {
  await page.goto('/roadmaps/beginner-to-job-ready/');
  const steps = page.locator('section[aria-labelledby="steps"] ol > li');
  const count = await steps.count();
  expect(count).toBeGreaterThanOrEqual(7);
  const firstTitle = (await steps.nth(0).locator('h3').innerText()).trim();
  const secondTitle = (await steps.nth(1).locator('h3').innerText()).trim();

  await steps.nth(0).getByRole('link', { name: firstTitle, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(firstTitle);
  await expect(page.getByText(`Step 1 of ${count}`)).toBeVisible();
  await expect(page.locator('#ready-when')).toBeVisible();

  await page.getByRole('link', { name: /Next step/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(secondTitle);
  await expect(page.getByText(`Step 2 of ${count}`)).toBeVisible();

  await page.getByRole('link', { name: /Previous step/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(firstTitle);
});

test('a roadmap step reads without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/roadmaps/data-engineer/');
  await page.locator('section[aria-labelledby="steps"] ol > li h3 a').first().click();
  await expect(page).toHaveURL(/\/roadmaps\/data-engineer\/[a-z0-9-]+\/$/);
  await expect(page.locator('#learn')).toBeVisible();
  await expect(page.locator('#project')).toBeVisible();
  await context.close();
});
