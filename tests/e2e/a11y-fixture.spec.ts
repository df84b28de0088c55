/**
 * The accessibility check itself (fixtures.ts) catches what it is there to catch, so a change to
 * its axe configuration or to the sweep's width walk cannot quietly make every page pass: low
 * contrast in light and in dark only, low contrast over a decorated (::before) box, and a page
 * that scrolls sideways at 320 px only.
 */
import { expect, sweep, test } from './fixtures.ts';

const pageWith = (body: string, css = '') => `<!doctype html><html lang="en"><head><title>Fixture check</title>
<style>:root { background: #fff; color: #111 } :root[data-theme="dark"] { background: #111; color: #eee } ${css}</style></head>
<body><main><h1>Fixture check</h1>${body}</main></body></html>`;

test('low contrast in the light theme is a light violation', async ({ page, a11y }) => {
  await page.setContent(pageWith('<p style="color:#aaa">Grey on white.</p>'));
  await expect(a11y.check('light')).rejects.toThrow(/light: color-contrast/);
});

test('low contrast in the dark theme only is a dark violation', async ({ page, a11y }) => {
  await page.setContent(pageWith('<p class="dim">Dark grey on near-black in dark only.</p>', ':root[data-theme="dark"] .dim { color: #333 }'));
  await expect(a11y.check('dark')).rejects.toThrow(/dark: color-contrast/);
});

test('text over a box drawn by ::before is still judged', async ({ page, a11y }) => {
  await page.setContent(pageWith('<div class="card"><p style="color:#bbb">Light grey text.</p></div>', '.card { position: relative } .card::before { content: ""; position: absolute; inset: 0; background: #fafafa; z-index: -1 }'));
  await expect(a11y.check('pseudo')).rejects.toThrow(/light: color-contrast/);
});

sweep('the sweep finds sideways scroll at 320 px only, from either end of its width walk', async ({ sweepPage: { page, a11y } }) => {
  const narrowOnly = pageWith('<p class="wide">Wide at phone widths only.</p>', '.wide { width: 350px } @media (min-width: 360px) { .wide { width: auto } }');
  for (const width of [1280, 320]) {
    await page.setViewportSize({ width, height: 800 });
    await page.setContent(narrowOnly);
    await expect(a11y.check(`from ${width}`)).rejects.toThrow(/at 320 px: sideways scroll/);
  }
  await page.setViewportSize({ width: 1280, height: 720 });
});
