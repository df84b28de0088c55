/**
 * The maps (issue 12): every roadmap's map links every step under its title, the career map
 * links every path, saved progress shows in each node's accessible name and icon, the maps
 * fit a 390 px screen as a vertical flow, keyboard order follows the roadmap, the status icons
 * keep their contrast in both themes (axe cannot see SVG), and paper gets black on white.
 */
import type { Page } from '@playwright/test';
import { AXE_TAGS, axe, expect, test } from './fixtures.ts';
import { contrastRatio } from '../../src/lib/contrast.ts';

const KEY = 'python-career-guide:progress';
const ROADMAP = 'beginner-to-job-ready';
const OVERVIEW = `/roadmaps/${ROADMAP}/`;

/** The steps as the text list on the overview gives them: [title, href]. */
const textSteps = (page: Page) => page.locator('section[aria-labelledby="steps"] ol > li h3 a').evaluateAll((links) => links.map((a) => [a.textContent!.trim(), a.getAttribute('href')!] as const));

test('every roadmap map links every step page, named "Step n: title", in the roadmap order', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('/roadmaps/');
  const roadmaps = await page.locator('main a[href^="/roadmaps/"]').evaluateAll((as) => [...new Set(as.map((a) => a.getAttribute('href')!).filter((h) => /^\/roadmaps\/[^/]+\/$/.test(h)))]);
  expect(roadmaps.length).toBeGreaterThanOrEqual(14);
  for (const url of roadmaps) {
    await page.goto(url);
    const steps = await textSteps(page);
    expect(steps.length, url).toBeGreaterThanOrEqual(2);
    // The map's accessibility tree, read once: each link's name and URL, in order.
    const tree = await page.locator('[data-roadmap-map]').ariaSnapshot();
    const links = [...tree.matchAll(/- (')?link "((?:[^"\\]|\\.)*)"'?:?\n\s+- \/url: (\S+)/g)]
      .map(([, yamlQuoted, name, href]) => {
        const text = name!.replace(/\\(.)/g, '$1');
        // A name with a colon comes wrapped in YAML single quotes, which double any ' inside.
        return [yamlQuoted ? text.replaceAll("''", "'") : text, href!] as const;
      });
    const stepLinks = links.filter(([name]) => name.startsWith('Step '));
    expect(stepLinks, url).toEqual(steps.map(([title, href], i) => [`Step ${i + 1}: ${title}`, href]));
  }
});

test('the career map on the home page and /paths/ links every path page, by family, from the shared foundation', async ({ page }) => {
  await page.goto('/paths/');
  const paths = await page.locator('main article ul.grid a[href^="/paths/"]').evaluateAll((as) => as.map((a) => [a.textContent!.trim(), a.getAttribute('href')!] as const));
  expect(paths).toHaveLength(12);
  for (const url of ['/', '/paths/']) {
    await page.goto(url);
    const map = page.locator('[data-career-map]');
    for (const [title, href] of paths) await expect(map.getByRole('link', { name: title, exact: true }), `${url} ${title}`).toHaveAttribute('href', href);
    await expect(map.getByRole('list', { name: 'Career paths by family' }).locator(':scope > li')).toHaveCount(6);
    for (const family of ['Web', 'Data', 'Machine learning', 'Infrastructure', 'Quality and security', 'Leadership']) {
      await expect(map.getByRole('list', { name: family, exact: true }).getByRole('link').first()).toBeVisible();
    }
    await expect(map.getByRole('link', { name: 'Beginner to job-ready Python developer' })).toHaveAttribute('href', `/roadmaps/${ROADMAP}/`);
    await expect(map.getByRole('link', { name: 'Backend developer Roadmap' })).toHaveAttribute('href', '/roadmaps/backend-developer/');
  }
});

test('a step marked on its page shows on the overview map: status in the link name, icon, badge and key', async ({ page }) => {
  await page.goto(OVERVIEW);
  const map = page.locator('[data-roadmap-map]');
  const third = map.getByRole('link', { name: /^Step 3: / });
  const title = (await third.textContent())!.replace(/^Step 3: /, '').trim();
  // No progress yet: the names carry no status and the key stays hidden.
  await expect(third).toHaveAccessibleName(`Step 3: ${title}`);
  await expect(page.locator('[data-map-key]')).toBeHidden();
  await expect(map.locator('[data-status]')).toHaveCount(0);

  await third.click();
  const control = page.getByRole('group', { name: /^Mark this step/ });
  await control.getByRole('radio', { name: 'Done' }).check();
  await page.goto(OVERVIEW);
  await expect(map.getByRole('link', { name: `Step 3: ${title}, done` })).toBeVisible();
  await expect(map.getByRole('link', { name: /^Step 1: .*, not started$/ })).toBeVisible();
  await expect(page.locator('[data-map-key]')).toBeVisible();
  const node = map.locator('[data-map-step]').nth(2);
  await expect(node).toHaveAttribute('data-status', 'done');
  // Shape as well as colour: the number gives way to a tick, and a "Done" badge appears.
  await expect(node.locator('.rmap-num')).toBeHidden();
  await expect(node.locator('.icon-done')).toBeVisible();
  await expect(node.locator('.rmap-badge[data-for="done"]')).toBeVisible();

  // Changing the status on the overview updates the map at once.
  await page.getByRole('group', { name: /^Your status for step 3,/ }).getByRole('radio', { name: 'Skipped' }).check();
  await expect(map.getByRole('link', { name: `Step 3: ${title}, skipped` })).toBeVisible();
  await expect(node.locator('.icon-skipped')).toBeVisible();
  await page.getByRole('group', { name: /^Your status for step 3,/ }).getByRole('radio', { name: 'Not started' }).check();
  await expect(map.getByRole('link', { name: `Step 3: ${title}` })).toHaveAccessibleName(`Step 3: ${title}`);
  await expect(map.locator('[data-status]')).toHaveCount(0);
});

test('without JavaScript the map is complete: every node a working link', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(OVERVIEW);
  const map = page.locator('[data-roadmap-map]');
  await expect(map.locator('.rmap-link')).toHaveCount(7);
  await map.locator('.rmap-link').nth(1).click();
  await expect(page).toHaveURL(/\/roadmaps\/beginner-to-job-ready\/git-command-line-and-setup\/$/);
  await context.close();
});

test('keyboard focus walks the map in roadmap order, each step before its skills', async ({ page }) => {
  await page.goto(OVERVIEW);
  const expected = await page.locator('[data-roadmap-map] a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  await page.locator('#map').scrollIntoViewIfNeeded();
  await page.locator('[data-roadmap-map]').evaluate((m) => {
    // Start just before the map: focus the heading's self-link, the last stop before it.
    (m.closest('section')!.querySelector('.anchor-link') as HTMLElement).focus();
  });
  const seen: Array<string | null> = [];
  for (let presses = 0; presses < expected.length + 10 && seen.length < expected.length; presses++) {
    await page.keyboard.press('Tab');
    const href = await page.evaluate(() => (document.activeElement?.closest('[data-roadmap-map]') ? document.activeElement.getAttribute('href') : 'outside'));
    if (href === 'outside' && seen.length > 0) break;
    if (href !== 'outside') seen.push(href);
  }
  expect(seen).toEqual(expected);
  const steps = expected.filter((h) => h?.startsWith(OVERVIEW));
  expect(steps).toEqual((await textSteps(page)).map(([, h]) => h));
});

for (const url of [OVERVIEW, '/roadmaps/devops-engineer/', '/']) {
  test(`at 390 px the map on ${url} is one vertical flow with no sideways scroll`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(url);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const boxes = await page.locator('.rmap-node, .cmap-path').evaluateAll((els) => els.map((e) => { const r = e.getBoundingClientRect(); return { left: r.left, right: r.right, top: r.top }; }));
    expect(boxes.length).toBeGreaterThan(5);
    for (const b of boxes) { expect(b.left).toBeGreaterThanOrEqual(0); expect(b.right).toBeLessThanOrEqual(390); }
    // One column: every node starts at the same x, each below the one before.
    expect(new Set(boxes.map((b) => Math.round(b.left))).size).toBe(1);
    for (let i = 1; i < boxes.length; i++) expect(boxes[i]!.top).toBeGreaterThan(boxes[i - 1]!.top);
  });
}

test('at 1280 px the roadmap map alternates sides of a central spine and the career map puts the families side by side', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(OVERVIEW);
  const lefts = await page.locator('.rmap-node').evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().left)));
  expect(new Set(lefts).size).toBe(2);
  expect(lefts[0]).toBeLessThan(lefts[1]!);
  await page.goto('/');
  const tops = await page.locator('.cmap-family').evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().top)));
  expect(new Set(tops).size).toBe(1);
});

const progress = JSON.stringify({ version: 1, roadmaps: { [ROADMAP]: { 'python-basics': 'done', 'git-command-line-and-setup': 'in-progress', 'practical-applications': 'skipped' } } });

test('map status icons and rings keep 3:1 contrast in both themes (axe cannot see SVG), and axe passes on the map with progress shown', async ({ page }) => {
  await page.addInitScript(([key, value]) => localStorage.setItem(key!, value!), [KEY, progress]);
  await page.goto(OVERVIEW);
  await expect(page.locator('[data-map-step][data-status="done"]')).toHaveCount(1);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    // Each visible icon shape against what it sits on, and each marker's ring against the page.
    const pairs = await page.locator('[data-map-step], [data-map-key] li').evaluateAll((items) => items.flatMap((item) => {
      const marker = item.querySelector('.rmap-marker, .rmap-dot')!;
      const page = getComputedStyle(document.documentElement).backgroundColor;
      const ms = getComputedStyle(marker);
      // An icon sits on the marker's fill (the key's dots draw theirs as a ring).
      const ring = marker.querySelector('.ring');
      const markerBg = ring ? getComputedStyle(ring).fill : ms.backgroundColor === 'rgba(0, 0, 0, 0)' ? page : ms.backgroundColor;
      const name = item.id || item.textContent!.trim();
      const out: Array<[string, string, string]> = [];
      if (marker.classList.contains('rmap-marker')) out.push([`${name} ring`, ms.borderTopColor, page]);
      for (const shape of marker.querySelectorAll('svg > *')) {
        const s = getComputedStyle(shape);
        if (s.display === 'none') continue;
        if (s.stroke !== 'none') out.push([`${name} ${shape.getAttribute('class')} stroke`, s.stroke, shape.classList.contains('ring') ? page : markerBg]);
        if (s.fill !== 'none' && !shape.classList.contains('ring')) out.push([`${name} ${shape.getAttribute('class')} fill`, s.fill, markerBg]);
      }
      return out;
    }));
    expect(pairs.length).toBeGreaterThan(10);
    const weak = pairs.filter(([, fg, bg]) => contrastRatio(fg, bg) < 3).map(([what, fg, bg]) => `${scheme} ${what}: ${fg} on ${bg} = ${contrastRatio(fg, bg).toFixed(2)}`);
    expect(weak).toEqual([]);
    // The page as a whole is swept by a11y.spec.ts (without progress); here, the map with its statuses.
    expect((await axe(page, { tags: AXE_TAGS }, '.rmap-section')).map((v) => `${scheme}: ${v}`)).toEqual([]);
  }
});

test('printed, both maps stay on the page in black on white without URL clutter, the roadmap map in one column', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark', media: 'print' });
  await page.addInitScript(([key, value]) => localStorage.setItem(key!, value!), [KEY, progress]);
  for (const [url, node, link] of [[OVERVIEW, '.rmap-node', '.rmap-link'], ['/', '.cmap-path', '.cmap-path-link']] as const) {
    await page.goto(url);
    const first = page.locator(node).first();
    await expect(first).toBeVisible();
    const look = await first.evaluate((el, l) => {
      const a = el.querySelector(l)!;
      return { bg: getComputedStyle(el).backgroundColor, ink: getComputedStyle(a).color, after: getComputedStyle(a, '::after').content };
    }, link);
    expect(look).toEqual({ bg: 'rgb(255, 255, 255)', ink: 'rgb(0, 0, 0)', after: 'none' });
  }
  // The roadmap map prints down one side of its spine.
  await page.goto(OVERVIEW);
  expect(await page.locator('.rmap-node').evaluateAll((els) => new Set(els.map((e) => Math.round(e.getBoundingClientRect().left))).size)).toBe(1);
  // The done step keeps its tick on paper.
  await expect(page.locator('[data-map-step][data-status="done"] .icon-done')).toBeVisible();
});

test('skill and step pages lead to the node on the map', async ({ page }) => {
  await page.goto('/skills/git-and-github/');
  const link = page.getByRole('link', { name: /^see it on the map of Beginner to job-ready/ });
  await link.click();
  await expect(page).toHaveURL(/\/roadmaps\/beginner-to-job-ready\/#map-git-command-line-and-setup$/);
  await expect(page.locator('#map-git-command-line-and-setup .rmap-link')).toBeInViewport();
  await page.locator('#map-git-command-line-and-setup').getByRole('link', { name: 'Git and GitHub' }).click();
  await expect(page).toHaveURL(/\/skills\/git-and-github\/$/);
  await page.goto('/roadmaps/beginner-to-job-ready/deployment/');
  await page.getByRole('link', { name: 'See this step on the map' }).click();
  await expect(page).toHaveURL(/#map-deployment$/);
});
