import { expect, test } from './fixtures.ts';

test('a reader opens a path page and follows a skill link to the skill page', async ({ page }) => {
  await page.goto('/paths/backend-developer/');
  await expect(page.getByRole('heading', { level: 1, name: 'Backend developer' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toContainText('Career paths');
  // Every template section and the salary figures with their source are on the page.
  for (const id of ['tasks', 'skills', 'tools', 'salary', 'ladder', 'portfolio', 'roadmap', 'related', 'sources']) {
    await expect(page.locator(`[id="${id}"]`)).toHaveCount(1);
  }
  await expect(page.locator('#salary ~ *, section[aria-labelledby="salary"]').first()).toContainText('$85,000–$160,000');
  await expect(page.locator('section[aria-labelledby="salary"]')).toContainText('The Python Job Market in 2026');

  const required = page.getByRole('list', { name: 'Required skills' });
  await required.getByRole('link', { name: 'FastAPI' }).click();
  await expect(page).toHaveURL(/\/skills\/fastapi\/$/);
  await expect(page.getByRole('heading', { level: 1, name: 'FastAPI' })).toBeVisible();
  // The skill page derives which paths need it: the path we came from is listed.
  await expect(page.locator('section[aria-labelledby="which-paths-need-it"]').getByRole('link', { name: 'Backend developer' })).toBeVisible();
});

test('the table of contents marks the section in view', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/paths/data-engineer/');
  const toc = page.getByRole('navigation', { name: 'On this page' });
  await page.locator('#ladder').scrollIntoViewIfNeeded();
  await page.mouse.wheel(0, 10);
  await expect(toc.locator('a[aria-current="location"]')).toHaveAttribute('href', /#(ladder|salary|example-project)$/);
});

test('after landing on a #section the table of contents marks that section, not the one before', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const toc = page.getByRole('navigation', { name: 'On this page' });
  // A middle section, a sub-section and the last one (too close to the end to reach the top).
  for (const id of ['salary', 'what-makes-it-hard', 'sources']) {
    await page.goto(`/paths/backend-developer/#${id}`);
    await expect(toc.locator('a[aria-current="location"]')).toHaveAttribute('href', `#${id}`);
  }
  // Following a ToC link marks its own section too.
  await toc.getByRole('link', { name: 'Growth ladder' }).click();
  await expect(toc.locator('a[aria-current="location"]')).toHaveAttribute('href', '#ladder');
});

test('keyboard users reach the skip link and a section link', async ({ page }) => {
  await page.goto('/guides/job-search/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main-content$/);
  // Tab onwards until a section link takes focus: it must be reachable and visibly focused.
  let reached = false;
  for (let i = 0; i < 60 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await page.evaluate(() => document.activeElement?.classList.contains('anchor-link') ?? false);
  }
  expect(reached).toBe(true);
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  expect(outline).not.toBe('none');
});
