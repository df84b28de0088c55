import { expect, test } from './fixtures.ts';

test('the theme choice survives a reload and applies before first paint', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/guides/job-search/');
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /.+/);
  await page.getByLabel('Theme').selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const darkBg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);

  // Record the theme at the moment the body is first parsed, before any module script runs.
  await page.addInitScript(() => {
    document.addEventListener('readystatechange', () => {
      if (document.readyState === 'interactive') (window as unknown as { __firstTheme: string | undefined }).__firstTheme = document.documentElement.dataset['theme'];
    });
  });
  await page.reload();
  expect(await page.evaluate(() => (window as unknown as { __firstTheme: string | undefined }).__firstTheme)).toBe('dark');
  await expect(page.getByLabel('Theme')).toHaveValue('dark');
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(darkBg);

  await page.getByLabel('Theme').selectOption('system');
  // The menu's code loads when it is first used: wait until the choice has applied (and so has
  // been stored, in the same call) before reloading.
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /.+/);
  await page.reload();
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /.+/);
});

test('the theme follows the operating system when no choice is stored', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  // The palette is light-dark() pairs, so compare the colour the page is actually painted with.
  const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  const dark = await background();
  await page.emulateMedia({ colorScheme: 'light' });
  const light = await background();
  expect(dark).not.toBe(light);
  expect(light).toBe('rgb(251, 252, 254)');
});

test('an unknown address gets the 404 page', async ({ page }) => {
  const response = await page.goto('/paths/no-such-path/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  await page.getByRole('searchbox', { name: 'Search the guide' }).fill('django');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/search\/\?q=django/);
});
