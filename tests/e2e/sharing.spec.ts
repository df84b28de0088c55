import { expect, test } from './fixtures.ts';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('copy link puts the full URL with its #fragment on the clipboard and says so', async ({ page, baseURL }) => {
  await page.goto('/guides/interview-preparation/');
  const heading = page.locator('article .prose h2').nth(1);
  const id = await heading.getAttribute('id');
  const control = page.locator(`a.anchor-link[href="#${id}"]`);
  await heading.hover();
  await control.click();
  const expected = `${baseURL}/guides/interview-preparation/#${id}`;
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
  const status = page.locator('#copy-status');
  await expect(status).toBeVisible();
  await expect(status).toHaveAttribute('role', 'status');
  await expect(status).toContainText('Link copied');
  await expect(control).toHaveAttribute('data-copied', 'true');
  await expect(page).toHaveURL(expected);
});

test('copy link works for an FAQ question and a roadmap step, from the keyboard', async ({ page, baseURL }) => {
  await page.goto('/faq/');
  await page.locator('a.anchor-link[href="#do-i-need-a-degree"]').focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/faq/#do-i-need-a-degree`);

  await page.goto('/roadmaps/beginner-to-job-ready/');
  const stepLink = page.locator('a.anchor-link[href^="#step-"]').first();
  const href = await stepLink.getAttribute('href');
  await stepLink.focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/roadmaps/beginner-to-job-ready/${href}`);
});

test('a shared #fragment lands on its section, in view and visibly marked', async ({ page }) => {
  await page.goto('/paths/data-engineer/#ladder');
  const heading = page.locator('#ladder');
  await expect(heading).toBeInViewport();
  const box = await heading.boundingBox();
  expect(box!.y).toBeGreaterThanOrEqual(0);
  const marked = await heading.evaluate((h) => getComputedStyle(h).backgroundColor);
  const plain = await page.locator('#tasks').evaluate((h) => getComputedStyle(h).backgroundColor);
  expect(marked).not.toBe(plain);

  await page.goto('/faq/#can-i-work-remotely');
  await expect(page.locator('#can-i-work-remotely')).toBeInViewport();
});
