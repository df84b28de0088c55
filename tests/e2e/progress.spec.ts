/**
 * Roadmap progress without an account: marking steps (mouse and keyboard), what survives a
 * reload, the overview and index percentages, export and import, share links, damaged storage,
 * planning weeks, printing, and the page without JavaScript.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { CHROMIUM_ARGS, findChromium } from '../../src/cli/chromium.ts';

const KEY = 'python-career-guide:progress';
const BACKUP_KEY = 'python-career-guide:progress-backup';
const ROADMAP = 'beginner-to-job-ready';
const OVERVIEW = `/roadmaps/${ROADMAP}/`;

/** The status radio group of step `n` (1-based) on an overview. */
const stepGroup = (page: Page, n: number) => page.getByRole('group', { name: new RegExp(`^Your status for step ${n},`) });
const mark = (page: Page, n: number, status: 'Not started' | 'In progress' | 'Done' | 'Skipped') => stepGroup(page, n).getByRole('radio', { name: status, exact: true }).check();
const summary = (page: Page) => page.locator(`[data-progress-ui] [data-roadmap-summary="${ROADMAP}"]`);
const stored = (page: Page) => page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null') as unknown, KEY);
/** The stored texts kept aside under the backup key, oldest first. */
const setAside = (page: Page) => page.evaluate((key) => (JSON.parse(localStorage.getItem(key) ?? '{"entries":[]}') as { entries: Array<{ value: string }> }).entries.map((e) => e.value), BACKUP_KEY);
/** Seeds the stored progress once per test (init scripts run on every navigation). */
const seed = (page: Page, raw: string) => page.addInitScript(([key, value]) => {
  if (sessionStorage.getItem('seeded')) return;
  sessionStorage.setItem('seeded', '1');
  localStorage.setItem(key!, value!);
}, [KEY, raw]);

test('marks survive a reload and show on the overview, the step page and the roadmaps index', async ({ page }) => {
  await page.goto(OVERVIEW);
  const steps = page.locator('section[aria-labelledby="steps"] ol > li');
  const count = await steps.count();
  expect(count).toBe(7);
  await expect(summary(page)).toHaveText('0 of 7 steps done (0%)');

  await mark(page, 1, 'Done');
  await mark(page, 2, 'Done');
  await mark(page, 3, 'Done');
  await mark(page, 4, 'In progress');
  await expect(summary(page)).toHaveText('3 of 7 steps done (43%), 1 in progress');
  await expect(page.locator('[data-map-step]').first()).toHaveAttribute('data-status', 'done');

  await page.reload();
  await expect(stepGroup(page, 1).getByRole('radio', { name: 'Done' })).toBeChecked();
  await expect(stepGroup(page, 4).getByRole('radio', { name: 'In progress' })).toBeChecked();
  await expect(stepGroup(page, 5).getByRole('radio', { name: 'Not started' })).toBeChecked();
  await expect(summary(page)).toHaveText('3 of 7 steps done (43%), 1 in progress');

  // Skipped steps leave the count: 3 done out of the 6 steps not skipped.
  await mark(page, 7, 'Skipped');
  await expect(summary(page)).toHaveText('3 of 6 steps done (50%), 1 in progress, 1 skipped');

  // The step page shows and changes the same status.
  const fourth = await steps.nth(3).locator('h3 a').getAttribute('href');
  await page.goto(fourth!);
  const control = page.getByRole('group', { name: /^Mark this step/ });
  await expect(control.getByRole('radio', { name: 'In progress' })).toBeChecked();
  await control.getByRole('radio', { name: 'Done' }).check();
  await expect(page.getByText('Your progress on this roadmap: 4 of 6 steps done (67%), 1 skipped')).toBeVisible();

  await page.goto('/roadmaps/');
  await expect(page.locator(`[data-roadmap-progress="${ROADMAP}"]`)).toHaveText('Your progress: 4 of 6 steps done (67%), 1 skipped');
  // Roadmaps without marks show nothing.
  await expect(page.locator('[data-roadmap-progress="data-engineer"]')).toBeEmpty();

  expect(await stored(page)).toEqual({ version: 1, roadmaps: { [ROADMAP]: expect.objectContaining({ 'python-basics': 'done', 'interview-preparation': 'skipped' }) } });
});

test('a step can be marked with the keyboard alone, and reset through the dialog by keyboard', async ({ page }) => {
  await page.goto(`${OVERVIEW}python-basics/`);
  // Tab from the top of the page until a status radio has focus.
  let found = false;
  for (let i = 0; i < 150 && !found; i++) {
    await page.keyboard.press('Tab');
    found = await page.evaluate(() => document.activeElement?.matches('fieldset[data-step-status] input[type="radio"]') ?? false);
  }
  expect(found).toBe(true);
  const group = page.getByRole('group', { name: /^Mark this step/ });
  await expect(group.getByRole('radio', { name: 'Not started' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(group.getByRole('radio', { name: 'In progress' })).toBeChecked();
  await page.keyboard.press('ArrowRight');
  await expect(group.getByRole('radio', { name: 'Done' })).toBeChecked();
  await expect(page.getByRole('status').filter({ hasText: 'Your progress on this roadmap' })).toHaveText('Your progress on this roadmap: 1 of 7 steps done (14%)');

  await page.goto(OVERVIEW);
  await expect(summary(page)).toHaveText('1 of 7 steps done (14%)');
  await page.getByRole('button', { name: 'Reset progress…' }).focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: /Reset your progress/ });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  // Escape cancels.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(summary(page)).toHaveText('1 of 7 steps done (14%)');
  await page.getByRole('button', { name: 'Reset progress…' }).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Shift+Tab');
  await expect(dialog.getByRole('button', { name: 'Reset', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(summary(page)).toHaveText('0 of 7 steps done (0%)');
  await expect(page.getByText('Your progress on this roadmap was reset.')).toBeVisible();
});

test('export to a file and import it back; bad files are refused and change nothing', async ({ page }, testInfo) => {
  await page.goto(OVERVIEW);
  await mark(page, 1, 'Done');
  await mark(page, 2, 'In progress');
  await mark(page, 3, 'Skipped');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export to a file' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^python-career-guide-progress-\d{4}-\d{2}-\d{2}\.json$/);
  const file = testInfo.outputPath('progress.json');
  await download.saveAs(file);
  const exported = JSON.parse(await readFile(file, 'utf8')) as { format: string; roadmaps: unknown };
  expect(exported.format).toBe('python-career-guide-progress');
  expect(exported.roadmaps).toEqual({ [ROADMAP]: { 'python-basics': 'done', 'git-command-line-and-setup': 'in-progress', 'practical-applications': 'skipped' } });

  // Change things, then bring the export back with Replace.
  await mark(page, 1, 'Not started');
  await mark(page, 5, 'Done');
  await expect(stepGroup(page, 1).getByRole('radio', { name: 'Not started' })).toBeChecked();
  const importInput = page.getByLabel('Import from a file');
  await importInput.setInputFiles(file);
  const dialog = page.getByRole('dialog', { name: 'Import progress from this file?' });
  await expect(dialog).toContainText('Beginner to job-ready Python developer: 1 of 6 steps done (17%), 1 in progress, 1 skipped');
  await dialog.getByRole('button', { name: 'Replace' }).click();
  await expect(dialog).toBeHidden();
  await expect(summary(page)).toHaveText('1 of 6 steps done (17%), 1 in progress, 1 skipped');
  await expect(stepGroup(page, 5).getByRole('radio', { name: 'Not started' })).toBeChecked();

  // Merge keeps local marks and adds the file's.
  await mark(page, 6, 'Done');
  await mark(page, 1, 'Not started');
  await expect(summary(page)).toHaveText('1 of 6 steps done (17%), 1 in progress, 1 skipped');
  await importInput.setInputFiles(file);
  await dialog.getByRole('button', { name: 'Merge' }).click();
  await expect(summary(page)).toHaveText('2 of 6 steps done (33%), 1 in progress, 1 skipped');

  // Cancel changes nothing.
  await mark(page, 1, 'Not started');
  await importInput.setInputFiles(file);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(summary(page)).toHaveText('1 of 6 steps done (17%), 1 in progress, 1 skipped');

  const before = await stored(page);
  const alert = page.locator('[data-progress-error]');
  const bad: Array<[string, string | Buffer, RegExp]> = [
    ['notes.json', '{"format": "python-career', /not valid JSON/],
    ['package.json', JSON.stringify({ name: 'x', version: '1.0.0' }), /not a progress file/],
    ['other.json', JSON.stringify({ format: 'python-career-guide-progress', version: 1, roadmaps: { 'cooking-for-beginners': { 'boil-water': 'done' } } }), /does not have: "cooking-for-beginners"/],
    ['status.json', JSON.stringify({ format: 'python-career-guide-progress', version: 1, roadmaps: { [ROADMAP]: { 'python-basics': 'finished' } } }), /status "finished"/],
    ['huge.json', Buffer.alloc(150_000, 32), /too large/],
  ];
  for (const [name, content, message] of bad) {
    await importInput.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.isBuffer(content) ? content : Buffer.from(content) });
    await expect(alert).toHaveText(message);
    await expect(alert).toContainText('Nothing was changed.');
    await expect(page.getByRole('dialog')).toBeHidden();
    expect(await stored(page)).toEqual(before);
  }
});

test('a share link carries progress and asks before merging or replacing', async ({ page, browser }) => {
  await page.goto(OVERVIEW);
  await mark(page, 1, 'Done');
  await mark(page, 2, 'Done');
  await mark(page, 3, 'In progress');
  await page.getByRole('button', { name: 'Make a share link' }).click();
  const link = await page.getByLabel('Share link', { exact: true }).inputValue();
  expect(link).toMatch(new RegExp(`/roadmaps/${ROADMAP}/#progress=1~d\\.python-basics\\.git-command-line-and-setup~p\\.practical-applications$`));
  const path = new URL(link).pathname + new URL(link).hash;

  // A fresh browser with no progress opens the link straight away.
  const fresh = await browser.newContext();
  const reader = await fresh.newPage();
  await reader.goto(path);
  const freshDialog = reader.getByRole('dialog', { name: 'Use progress from a shared link?' });
  await expect(freshDialog).toContainText('You have no progress saved on this roadmap yet.');
  await freshDialog.getByRole('button', { name: 'Merge' }).click();
  await expect(summary(reader)).toHaveText('2 of 7 steps done (29%), 1 in progress');
  expect(new URL(reader.url()).hash).toBe('');
  await reader.reload();
  await expect(freshDialog).toBeHidden();
  await expect(summary(reader)).toHaveText('2 of 7 steps done (29%), 1 in progress');
  await fresh.close();

  // Another browser with progress of its own opens the link from the overview.
  const context = await browser.newContext();
  const other = await context.newPage();
  await other.goto(OVERVIEW);
  await mark(other, 1, 'In progress');
  await mark(other, 7, 'Done');
  const otherSummary = summary(other);
  await expect(otherSummary).toHaveText('1 of 7 steps done (14%), 1 in progress');

  // Cancel: nothing changes, and the fragment is gone so a reload does not ask again.
  await other.goto(path);
  const dialog = other.getByRole('dialog', { name: 'Use progress from a shared link?' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('This link holds statuses for 3 of the 7 steps');
  await expect(dialog.getByRole('listitem')).toHaveText([/^Step 1, .+: Done$/, /^Step 2, .+: Done$/, /^Step 3, .+: In progress$/]);
  await expect(dialog.getByRole('button', { name: 'Merge' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(otherSummary).toHaveText('1 of 7 steps done (14%), 1 in progress');
  expect(new URL(other.url()).hash).toBe('');

  // Merge: the link's statuses win where both have one; other marks stay.
  await other.goto(path);
  await dialog.getByRole('button', { name: 'Merge' }).click();
  await expect(otherSummary).toHaveText('3 of 7 steps done (43%), 1 in progress');
  await expect(stepGroup(other, 1).getByRole('radio', { name: 'Done' })).toBeChecked();
  await expect(stepGroup(other, 7).getByRole('radio', { name: 'Done' })).toBeChecked();

  // Step 7 is still marked here but not in the link; Replace makes this roadmap match the link exactly.
  await other.goto(path);
  await dialog.getByRole('button', { name: 'Replace' }).click();
  await expect(otherSummary).toHaveText('2 of 7 steps done (29%), 1 in progress');
  await expect(stepGroup(other, 7).getByRole('radio', { name: 'Not started' })).toBeChecked();

  // Now it matches: no question, just a note.
  await other.goto(path);
  await expect(other.getByText('Your progress already matches the shared link.')).toBeVisible();
  await expect(dialog).toBeHidden();

  // A damaged link is refused.
  await other.goto(`${OVERVIEW}#progress=1~x.nothing`);
  await expect(other.locator('[data-progress-error]')).toContainText('Nothing was changed.');
  await expect(otherSummary).toHaveText('2 of 7 steps done (29%), 1 in progress');
  // So is one whose status code is an inherited property name rather than one of ours.
  for (const code of ['__proto__', 'constructor', 'toString']) {
    await other.goto('/roadmaps/');
    await other.goto(`${OVERVIEW}#progress=1~${code}.deployment`);
    await expect(other.locator('[data-progress-error]')).toHaveText('The progress in this link is garbled. Nothing was changed.');
    await expect(otherSummary).toHaveText('2 of 7 steps done (29%), 1 in progress');
  }
  await context.close();
});

test('damaged saved progress is reset with a notice, kept aside first and offered for download', async ({ page }, testInfo) => {
  const damaged = '{"version":1,"roadmaps":{"beginner-to-job-ready":{"python-basics":"done"';
  await seed(page, damaged);
  await page.goto(OVERVIEW);
  const alert = page.getByRole('alert').filter({ hasText: 'could not be read' });
  await expect(alert).toContainText('has been reset');
  await expect(alert).toContainText('A copy of what was stored before is kept in this browser');
  expect(await setAside(page)).toEqual([damaged]);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the set-aside copy' }).click()]);
  const file = testInfo.outputPath('set-aside.json');
  await download.saveAs(file);
  expect((JSON.parse(await readFile(file, 'utf8')) as { entries: Array<{ value: string }> }).entries.map((e) => e.value)).toEqual([damaged]);

  await expect(summary(page)).toHaveText('0 of 7 steps done (0%)');
  await mark(page, 1, 'Done');
  await expect(summary(page)).toHaveText('1 of 7 steps done (14%)');
  await page.reload();
  await expect(page.getByRole('alert').filter({ hasText: 'could not be read' })).toHaveCount(0);
  await expect(summary(page)).toHaveText('1 of 7 steps done (14%)');
  // The copy stays on offer until the reader no longer needs it.
  await expect(page.getByRole('button', { name: 'Download the set-aside copy' })).toBeVisible();
});

test('partly damaged progress keeps what it can; the original and removed steps are kept aside', async ({ page }) => {
  const raw = JSON.stringify({ version: 1, roadmaps: { 'beginner-to-job-ready': { 'python-basics': 'done', deployment: 'finished', 'a-step-that-was-removed': 'done' } } });
  await seed(page, raw);
  await page.goto('/roadmaps/');
  await expect(page.locator('[data-progress-alert]')).toContainText('(1 entry) and was left out');
  await expect(page.locator('[data-progress-note]')).toHaveText('Roadmaps have changed since you last saved progress: 1 step that no longer exists was dropped.');
  await expect(page.locator(`[data-roadmap-progress="${ROADMAP}"]`)).toHaveText('Your progress: 1 of 7 steps done (14%)');
  expect(await stored(page)).toEqual({ version: 1, roadmaps: { [ROADMAP]: { 'python-basics': 'done' } } });
  expect(await setAside(page)).toEqual([raw]);
});

test('progress from another version is migrated, and the original kept aside because it has more', async ({ page }) => {
  const raw = JSON.stringify({ version: 2, roadmaps: { [ROADMAP]: { 'Python_Basics': 'Done', 'git-command-line-and-setup': 'in_progress' } }, goals: ['first job'] });
  await seed(page, raw);
  await page.goto(OVERVIEW);
  await expect(page.locator('[data-progress-note]')).toContainText('Your saved progress was in another format and has been brought up to date. A copy of what was stored before is kept');
  await expect(summary(page)).toHaveText('1 of 7 steps done (14%), 1 in progress');
  expect(await stored(page)).toEqual({ version: 1, roadmaps: { [ROADMAP]: { 'python-basics': 'done', 'git-command-line-and-setup': 'in-progress' } } });
  expect(await setAside(page)).toEqual([raw]);
});

test('when there is no room to keep a copy aside, the stored value is never saved over', async ({ page }) => {
  const damaged = '{"version":1,"roadmaps":{"beginner-to-job-ready":{"python-basics":"done"';
  await seed(page, damaged);
  await page.addInitScript((key) => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (k: string, v: string) {
      if (k === key) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      setItem.call(this, k, v);
    };
  }, BACKUP_KEY);
  await page.goto(OVERVIEW);
  await expect(page.locator('[data-progress-alert]')).toHaveText('Your saved progress could not be used in full and this browser has no room to keep a copy of it, so it has been left untouched; marks you make now last only until you leave this page.');
  await mark(page, 1, 'Done');
  await expect(summary(page)).toHaveText('1 of 7 steps done (14%)');
  expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBe(damaged);
});

test('two tabs marking steps at the same time lose nothing, and each shows the other\'s marks', async ({ page, context }) => {
  await page.goto(OVERVIEW);
  const other = await context.newPage();
  await other.goto(OVERVIEW);
  // A third tab that has not heard of the others' changes yet (its storage events are held back).
  const stale = await context.newPage();
  await stale.addInitScript(() => { addEventListener('storage', (e) => e.stopImmediatePropagation(), true); });
  await stale.goto(OVERVIEW);

  await mark(page, 1, 'Done');
  // The other tab follows on the storage event.
  await expect(stepGroup(other, 1).getByRole('radio', { name: 'Done' })).toBeChecked();
  await expect(summary(other)).toHaveText('1 of 7 steps done (14%)');

  // The stale tab still shows step 1 as not started, but its write merges with what is stored.
  await expect(stepGroup(stale, 1).getByRole('radio', { name: 'Not started' })).toBeChecked();
  await mark(stale, 2, 'In progress');
  expect(await stored(page)).toEqual({ version: 1, roadmaps: { [ROADMAP]: { 'python-basics': 'done', 'git-command-line-and-setup': 'in-progress' } } });
  await expect(summary(stale)).toHaveText('1 of 7 steps done (14%), 1 in progress');
  await expect(summary(page)).toHaveText('1 of 7 steps done (14%), 1 in progress');
  await expect(summary(other)).toHaveText('1 of 7 steps done (14%), 1 in progress');
});

/**
 * Goes overview -> step 1's page, changes the status there, and comes back with Back. With
 * `deaf`, pages get no storage events (as in browsers that hold them back from cached pages).
 */
async function changeOnStepPageAndGoBack(page: Page, deaf = false): Promise<boolean[]> {
  await page.addInitScript((noStorageEvents) => {
    const w = window as unknown as { shows?: boolean[] };
    addEventListener('pageshow', (e) => { (w.shows ??= []).push(e.persisted); });
    if (noStorageEvents) addEventListener('storage', (e) => e.stopImmediatePropagation(), true);
  }, deaf);
  await page.goto(OVERVIEW);
  await mark(page, 1, 'Done');
  await mark(page, 2, 'Skipped');
  await page.locator('section[aria-labelledby="steps"] ol > li').first().locator('h3 a').click();
  const control = page.getByRole('group', { name: /^Mark this step/ });
  await expect(control.getByRole('radio', { name: 'Done' })).toBeChecked();
  await control.getByRole('radio', { name: 'In progress' }).check();
  // A page restored from the back/forward cache fires no load event: wait for the navigation only.
  await page.goBack({ waitUntil: 'commit' });
  await expect(page).toHaveURL(new RegExp(`${OVERVIEW}$`));
  await expect(stepGroup(page, 1).getByRole('radio', { name: 'In progress' })).toBeChecked();
  await expect(stepGroup(page, 1).getByRole('radio', { name: 'Done' })).not.toBeChecked();
  await expect(stepGroup(page, 2).getByRole('radio', { name: 'Skipped' })).toBeChecked();
  await expect(summary(page)).toHaveText('0 of 6 steps done (0%), 1 in progress, 1 skipped');
  return page.evaluate(() => (window as unknown as { shows?: boolean[] }).shows ?? []);
}

test('after Back (page loaded afresh), the status controls show the saved state, not the remembered form state', async ({ page }) => {
  const shows = await changeOnStepPageAndGoBack(page);
  // Playwright starts Chromium without the back/forward cache: the overview was loaded afresh.
  expect(shows).toEqual([false]);
});

test('after Back from the back/forward cache, the status controls show the saved state', async ({ playwright, baseURL }) => {
  // A browser of its own with the back/forward cache that Playwright normally turns off: the full
  // browser, since the headless shell the other tests run has no back/forward cache.
  const executablePath = findChromium();
  const browser = await playwright.chromium.launch({ ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS, ignoreDefaultArgs: ['--disable-back-forward-cache'] });
  try {
    const page = await (await browser.newContext(baseURL ? { baseURL } : {})).newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const shows = await changeOnStepPageAndGoBack(page, true);
    // The same overview was shown again from the cache, with the data it had when the reader left.
    expect(shows).toEqual([false, true]);
    expect(errors).toEqual([]);
  } finally {
    await browser.close();
  }
});

test('planning turns hours per week into weeks for each step and in total', async ({ page }) => {
  await page.goto(OVERVIEW);
  const firstWeeks = page.locator('[data-step-weeks]').first();
  const total = page.locator('[data-plan-total]');
  // Static defaults are 10 hours a week: step 1 is 80-130 hours.
  await expect(firstWeeks).toHaveText('8–13 weeks');
  const hours = page.getByLabel('Hours per week');
  await hours.fill('20');
  await expect(firstWeeks).toHaveText('4–7 weeks');
  await expect(total).toHaveText(/^17–29 weeks/);
  await expect(page.locator('[data-hours-echo]').first()).toHaveText('20 hours');
  await hours.fill('0');
  await hours.press('Tab');
  await expect(page.locator('[data-hours-error]')).toHaveText(/Enter a number of hours from 1 to 80/);
  await expect(hours).toHaveAttribute('aria-invalid', 'true');
  await expect(firstWeeks).toHaveText('4–7 weeks');
  await hours.fill('40');
  await page.reload();
  await expect(page.getByLabel('Hours per week')).toHaveValue('40');
  await expect(firstWeeks).toHaveText('2–4 weeks');
  // Marking a step done shows what is still ahead.
  await expect(page.locator('dt[data-plan-remaining]')).toBeHidden();
  await mark(page, 1, 'Done');
  await expect(page.locator('[data-plan-remaining-weeks]')).toHaveText(/^7–12 weeks \(roughly 2–3 months\) at 40 hours a week$/);
});

test('printing the overview gives a checklist with absolute links and no controls', async ({ page }) => {
  await page.goto(OVERVIEW);
  await mark(page, 1, 'Done');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('[data-progress-ui]')).toBeHidden();
  await expect(page.locator('fieldset[data-step-status]').first()).toBeHidden();
  await expect(page.locator('#site-nav')).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const checks = page.locator('.print-checklist').first();
  await expect(checks).toBeVisible();
  expect(await checks.locator('li').count()).toBeGreaterThanOrEqual(2);
  const after = await page.locator('[data-print-url]').first().evaluate((a) => getComputedStyle(a, '::after').content);
  expect(after).toMatch(/\(https?:\/\/[^)]+\/skills\/[a-z0-9-]+\/\)/);
  const box = await page.locator('li[data-step]').first().locator('h3').evaluate((h) => getComputedStyle(h, '::before').content);
  expect(box).toContain('\u2611');
  await page.emulateMedia({ media: 'screen' });
  await expect(checks).toBeHidden();
});

test('without JavaScript the overview reads fully and shows no controls that do nothing', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(OVERVIEW);
  await expect(page.locator('fieldset[data-step-status]')).toHaveCount(7);
  for (const fs of await page.locator('fieldset[data-step-status]').all()) await expect(fs).toBeHidden();
  await expect(page.locator('main').getByRole('button')).toHaveCount(0);
  await expect(page.getByLabel('Hours per week')).toBeHidden();
  await expect(page.getByText('Marking steps needs JavaScript')).toBeVisible();
  await expect(page.locator('[data-step-weeks]').first()).toHaveText('8–13 weeks');
  await expect(page.locator('[data-plan-total]')).toHaveText(/^34–58 weeks/);
  await page.goto(`${OVERVIEW}python-basics/`);
  await expect(page.getByRole('radio')).toHaveCount(0);
  await context.close();
});

test('with marks, the share dialog open and a 320 px screen, roadmap pages have no axe violations and no sideways scroll', async ({ page, a11y }) => {
  // Several full axe runs over long pages (the overview carries its map too).
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto(OVERVIEW);
  await mark(page, 1, 'Done');
  await mark(page, 2, 'In progress');
  await mark(page, 3, 'Skipped');
  await page.getByRole('button', { name: 'Make a share link' }).click();
  await page.getByLabel('Hours per week').fill('0');
  await page.getByLabel('Hours per week').press('Tab');
  await a11y.check('overview');
  await page.goto(`${OVERVIEW}#progress=1~d.python-basics.deployment`);
  await expect(page.getByRole('dialog')).toBeVisible();
  await a11y.check('share dialog');
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  await page.goto(`${OVERVIEW}python-basics/`);
  await a11y.check('step page');
  await page.goto('/roadmaps/');
  await a11y.check('index');
});
