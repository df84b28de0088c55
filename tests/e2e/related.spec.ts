/** Related paths on a path page come from skill overlap (the comparison pages' measure), plus hand-picked ones with a reason. */
import { expect, test } from './fixtures.ts';

test('related paths are ranked by the overlap the comparison page shows, and a hand-picked one gives its reason', async ({ page }) => {
  await page.goto('/paths/backend-developer/');
  const cards = page.locator('[data-related-paths] [data-related]');
  const whys = await cards.locator('[data-related-why]').allTextContents();
  const ranked = whys.filter((w) => /^\d+% skill overlap$/.test(w)).map((w) => Number.parseInt(w, 10));
  expect(ranked.length).toBeGreaterThanOrEqual(3);
  expect([...ranked].sort((a, b) => b - a)).toEqual(ranked);
  // The hand-picked addition comes after the ranked ones and says why it is there.
  await expect(page.locator('[data-related="technical-lead"] [data-related-why]')).toHaveText(/next step/);

  const first = await cards.first().getAttribute('data-related');
  await cards.first().locator('a').click();
  await expect(page).toHaveURL(`/paths/${first}/`);
  await page.goto(`/compare/#with-backend-developer`);
  await page.locator(`a[href*="${first}"][href*="backend-developer"]`).first().click();
  await expect(page.locator('section[aria-labelledby="skills-compared"] p strong').first()).toHaveText(`${ranked[0]}% skill overlap.`);
});
