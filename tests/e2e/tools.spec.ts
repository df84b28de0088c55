/** The skill match and the job-ad decoder: ticks kept across reloads, clearing, live scores, decoding ads. */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

const KEY = 'skill-match:v1';
const backendScore = (page: Page) => page.locator('[data-path-card="backend-developer"] [data-path-score]');

test.describe('skill match', () => {
  test('ticks change the scores, survive a reload, and the clear button empties them', async ({ page }) => {
    await page.goto('/tools/skill-match/');
    await expect(backendScore(page)).toHaveText(/^You have 0 of \d+ \(0%\) of its required skills/);
    const status = page.locator('[data-skill-match-status]');
    await expect(status).toHaveText(/Tick the skills you have/);

    await page.getByLabel('SQL and relational databases').check();
    await page.getByLabel('Django', { exact: true }).check();
    await expect(backendScore(page)).toHaveText(/^You have 2 of \d+ \(\d+%\) of its required skills/);
    await expect(page.locator('[data-path-card="backend-developer"] [data-skill="sql"] [data-mark]')).toHaveText('(you have it)');
    await expect(page.locator('[data-path-card="backend-developer"] [data-skill="docker"] [data-mark]')).toHaveText('(to learn)');
    await expect(page.locator('[data-path-card="backend-developer"] [data-skill="docker"] a')).toHaveAttribute('href', '/skills/docker/');
    await expect(status).toHaveText(/^Closest path: /);
    const row = page.locator('[data-skill-match-table] tr[data-path="backend-developer"] [data-required]');
    await expect(row).toHaveText(/^2 of \d+ \(\d+%\)$/);
    // The best match is listed first.
    await expect(page.locator('[data-skill-match-table] tr').first().locator('th')).not.toHaveText('');
    expect(JSON.parse((await page.evaluate((k) => localStorage.getItem(k), KEY))!)).toEqual({ version: 1, skills: ['django', 'sql'] });

    await page.reload();
    await expect(page.getByLabel('SQL and relational databases')).toBeChecked();
    await expect(page.getByLabel('Django', { exact: true })).toBeChecked();
    await expect(backendScore(page)).toHaveText(/^You have 2 of/);

    await page.getByRole('button', { name: 'Clear my choices' }).click();
    await expect(page.getByLabel('SQL and relational databases')).not.toBeChecked();
    await expect(page.locator('input[data-skill-choice]:checked')).toHaveCount(0);
    await expect(backendScore(page)).toHaveText(/^You have 0 of/);
    await expect(status).toHaveText(/cleared/);
    expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBeNull();
    await page.reload();
    await expect(page.locator('input[data-skill-choice]:checked')).toHaveCount(0);
  });

  test('a checkbox can be ticked from the keyboard', async ({ page }) => {
    await page.goto('/tools/skill-match/');
    const box = page.getByLabel('pandas', { exact: true });
    await box.focus();
    await page.keyboard.press('Space');
    await expect(box).toBeChecked();
    await expect(page.locator('[data-skill-match-count]')).toHaveText('1 skill ticked.');
  });

  test('corrupt or foreign storage does not break the page', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    for (const bad of ['{not json', '{"version":1,"skills":"sql"}', '{"version":1,"skills":["sql",42,null,"no-such-skill"]}', 'null']) {
      await page.addInitScript(([k, v]) => { localStorage.setItem(k!, v!); }, [KEY, bad]);
      await page.goto('/tools/skill-match/');
      await expect(backendScore(page)).toHaveText(/^You have \d+ of/);
      await page.getByLabel('Django', { exact: true }).check();
      await expect(page.getByLabel('Django', { exact: true })).toBeChecked();
    }
    expect(errors).toEqual([]);
  });

  test('/skills/ links to the skill match, and its script loads only there', async ({ page }) => {
    await page.goto('/skills/');
    const scripts = await page.locator('script[src]').evaluateAll((s) => s.map((x) => (x as HTMLScriptElement).src));
    expect(scripts.some((s) => /SkillMatch|JobAd/.test(s))).toBe(false);
    await page.getByRole('link', { name: 'skill match' }).click();
    await expect(page).toHaveURL(/\/tools\/skill-match\/$/);
  });
});

test.describe('job-ad decoder', () => {
  const decode = async (page: Page, text: string) => {
    await page.getByLabel('Job ad text').fill(text);
    await page.getByRole('button', { name: 'Decode the ad' }).click();
  };

  test('finds the skills an ad names by their aliases, and ranks the paths', async ({ page }) => {
    await page.goto('/tools/job-ad-decoder/');
    await decode(page, 'Senior engineer. You will build APIs with FastAPI on Postgres and deploy them to k8s. JavaScript is a plus.');
    const status = page.locator('[data-job-ad-status]');
    await expect(status).toHaveText(/^Found 4 skills in the \d+ words read\.$/);
    const skills = page.locator('[data-job-ad-skills] a');
    await expect(skills).toHaveCount(4);
    const hrefs = await skills.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(['/skills/fastapi/', '/skills/sql/', '/skills/kubernetes/', '/skills/html-css-javascript/']);
    await expect(page.locator('[data-job-ad-skills]')).toContainText('“postgres”');
    await expect(page.locator('[data-job-ad-paths] ol li').first()).toContainText(/of its \d+ skills/);
    await expect(page.locator('[data-job-ad-needed]')).toContainText('Tick the skills you have');
  });

  test('uses the skill-match ticks to show what the reader still needs', async ({ page }) => {
    await page.addInitScript((k) => { localStorage.setItem(k, JSON.stringify({ version: 1, skills: ['sql'] })); }, KEY);
    await page.goto('/tools/job-ad-decoder/');
    await decode(page, 'Postgres, k8s, FastAPI');
    const needed = page.locator('[data-job-ad-needed] a');
    expect(await needed.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(['/skills/kubernetes/', '/skills/fastapi/']);
  });

  test('explains empty, wordless and HTML input', async ({ page }) => {
    await page.goto('/tools/job-ad-decoder/');
    const status = page.locator('[data-job-ad-status]');
    await decode(page, '');
    await expect(status).toHaveText('Paste the text of a job ad into the box first.');
    await decode(page, '   \n  ');
    await expect(status).toHaveText('Paste the text of a job ad into the box first.');
    await decode(page, '!!! 🚀🎉 ... ??? —');
    await expect(status).toHaveText(/no words to read/);
    await decode(page, 'We are a friendly team that likes lunch.');
    await expect(status).toHaveText(/^No skill this guide covers was found/);
    await decode(page, '<ul><li><b>Django</b></li><li><img src=x onerror="alert(1)">Docker</li></ul>');
    await expect(status).toHaveText(/Found 2 skills.*HTML tags were skipped/);
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
    await page.getByRole('button', { name: 'Clear' }).click();
    await expect(page.getByLabel('Job ad text')).toHaveValue('');
    await expect(page.getByLabel('Job ad text')).toBeFocused();
  });

  test('decodes a 100 KB ad in the page, with no network request', async ({ page }) => {
    await page.goto('/tools/job-ad-decoder/');
    await page.waitForLoadState('networkidle');
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    const paragraph = 'We use Python, Django and PostgreSQL; CI/CD with GitHub Actions; Docker and Kubernetes on AWS. ';
    const ad = paragraph.repeat(Math.ceil(100_000 / paragraph.length));
    await page.getByLabel('Job ad text').fill(ad);
    // Submitted from script, not a click: a click is a first interaction, on which the boot
    // script loads the page's other modules (ToC marking), which are not the decoder's requests.
    await page.evaluate(() => document.querySelector<HTMLFormElement>('[data-job-ad-form]')!.requestSubmit());
    await expect(page.locator('[data-job-ad-status]')).toHaveText(/^Found \d+ skills in the [\d,]+ words read\.$/);
    await expect(page.locator('[data-job-ad-skills] a[href="/skills/kubernetes/"]')).toBeVisible();
    expect(requests).toEqual([]);
  });

  test('an ad over the limit is cut, and the reader is told', async ({ page }) => {
    await page.goto('/tools/job-ad-decoder/');
    await page.getByLabel('Job ad text').fill(`${'Django '.repeat(30_000)}`);
    await page.getByRole('button', { name: 'Decode the ad' }).click();
    await expect(page.locator('[data-job-ad-status]')).toHaveText(/only its first 200,000 were read/);
  });
});

test('the tool pages, with results shown, have no axe violations and fit a 320 px screen', async ({ page, a11y }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  for (const path of ['/tools/skill-match/', '/tools/job-ad-decoder/']) {
    await page.goto(path);
    if (path.includes('decoder')) {
      await page.getByLabel('Job ad text').fill('Postgres, k8s and FastAPI');
      await page.getByRole('button', { name: 'Decode the ad' }).click();
      await expect(page.locator('[data-job-ad-skills] a')).toHaveCount(3);
    } else {
      await page.getByLabel('Django', { exact: true }).check();
    }
    await a11y.check(`${path} at 320 px`);
  }
});
