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
    const row = page.locator('[data-skill-match-ranking] [data-path="backend-developer"]');
    await expect(row.locator('[data-path-fraction]')).toHaveText(/^2 of \d+$/);
    await expect(row.locator('[data-path-percent]')).toHaveText(/^\d+%$/);
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

  test('each path gets a labelled bar, closest match first, and its card lists the missing skills first', async ({ page }) => {
    await page.goto('/tools/skill-match/');
    for (const label of ['SQL and relational databases', 'Django', 'pandas', 'Docker and containers']) await page.getByLabel(label, { exact: true }).check();
    const rows = page.locator('[data-skill-match-ranking] > li');
    await expect(rows.first().locator('[data-path-percent]')).not.toHaveText('0%');
    const bars = await rows.evaluateAll((items) => items.map((li) => ({
      id: (li as HTMLElement).dataset['path'],
      value: li.querySelector('meter')!.value,
      text: li.querySelector('[data-path-percent]')!.textContent,
      name: li.querySelector('meter')!.getAttribute('aria-label'),
    })));
    expect(bars.length).toBeGreaterThan(5);
    for (const bar of bars) {
      // The bar and the written figure agree, and the bar is named after its path.
      expect(bar.text).toBe(`${bar.value}%`);
      expect(bar.name).toMatch(/: share of required skills you have$/);
    }
    const values = bars.map((b) => b.value);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    expect(values[0]).toBeGreaterThan(values.at(-1)!);
    // The cards follow the same order.
    const cards = await page.locator('[data-skill-match-list] > li').evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset['pathCard']));
    expect(cards).toEqual(bars.map((b) => b.id));
    // In a card, the skills still to learn come before the ticked ones.
    const states = await page.locator('[data-path-card="backend-developer"] [data-tier="required"] > li').evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset['have']));
    expect(states.indexOf('yes')).toBeGreaterThan(0);
    expect(states.slice(states.indexOf('yes')).every((s) => s === 'yes')).toBe(true);
    await expect(page.locator('[data-path-card="backend-developer"] [data-tier-label="required"] [data-left]')).toHaveText(`${states.filter((s) => s === 'no').length} to learn`);
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
    await page.getByRole('link', { name: 'skill match', exact: true }).click();
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
    // Grouped by area (in the site's order of areas), each group in the order the ad names them.
    expect(hrefs).toEqual(['/skills/sql/', '/skills/fastapi/', '/skills/html-css-javascript/', '/skills/kubernetes/']);
    await expect(page.locator('[data-job-ad-skills] .eyebrow')).toHaveText(['Databases', 'Web and APIs', 'DevOps and cloud']);
    await expect(page.locator('[data-job-ad-skills]')).toContainText('“postgres”');
    const best = page.locator('[data-job-ad-paths] ol li').first();
    await expect(best).toContainText(/of its \d+ skills/);
    const percent = await best.locator('meter').evaluate((m) => (m as HTMLMeterElement).value);
    await expect(best).toContainText(`${percent}%`);
    await expect(page.locator('[data-job-ad-summary]')).toHaveText(/^4 skills in 3 areas\. Closest path: .+, with \d+% of its skills named in the ad\.$/);
    // Focus moves to the results, so a keyboard or screen-reader user lands on them.
    await expect(page.locator('#what-the-ad-asks-for')).toBeFocused();
    await expect(page.locator('#what-the-ad-asks-for')).toHaveAttribute('tabindex', '-1');
    await expect(page.locator('[data-job-ad-needed]')).toContainText('Tick the skills you have');
  });

  test('reads "Lambda" in an ad about AWS as AWS Lambda, not Python lambda functions', async ({ page }) => {
    await page.goto('/tools/job-ad-decoder/');
    await decode(page, 'Python developer. You will build serverless services on AWS (Lambda, S3, API Gateway) with the rest of the team.');
    const hrefs = await page.locator('[data-job-ad-skills] a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toContain('/skills/cloud-platforms/');
    expect(hrefs).not.toContain('/skills/functions/');
    expect(hrefs).not.toContain('/skills/rest-apis-and-http/');
  });

  test('empty input keeps focus in the box', async ({ page }) => {
    await page.goto('/tools/job-ad-decoder/');
    await decode(page, '   ');
    await expect(page.getByLabel('Job ad text')).toBeFocused();
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
    // The ad never leaves the page: no request at all, except the site's own scripts (the
    // contents tracker loads when focus moves to the results and the page scrolls).
    const requests: string[] = [];
    const origin = new URL(page.url()).origin;
    page.on('request', (r) => {
      if (r.method() === 'GET' && r.resourceType() === 'script' && new URL(r.url()).origin === origin) return;
      requests.push(`${r.method()} ${r.url()}`);
    });
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
