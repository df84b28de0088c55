import { test, expect } from './fixtures.ts';
import { svgTextProblems } from './svg-text.ts';

// Salary charts (the salaries page draws every dataset).
for (const url of ['/salaries/']) {
  for (const theme of ['light', 'dark'] as const) {
    for (const width of [390, 1280]) {
      test(`salary chart text on ${url} fits its chart, reads at 12 px and has 4.5:1 contrast (${theme}, ${width} px)`, async ({ page }) => {
        await page.emulateMedia({ colorScheme: theme });
        await page.setViewportSize({ width, height: 900 });
        await page.goto(url);
        await expect(page.locator('[data-salary-chart]').first()).toBeVisible();
        expect(await svgTextProblems(page, '[data-salary-chart]')).toEqual([]);
      });
    }
  }
}
