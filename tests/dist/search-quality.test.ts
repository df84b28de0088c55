/**
 * Search quality on the real built index: realistic reader queries, each with the page that
 * answers it, which must be among the first three results. Runs the site's own pagefind.js
 * (loaded in Node, see tests/support/pagefind-node.ts) through the same ranking and relaxing
 * code the dialog uses (src/lib/search-engine.ts), so a content or ranking change that buries
 * an answer fails here. Expected pages are stable ones (paths, skills, FAQs, guides,
 * comparisons); the test asks for the top three, not first place, so new sections and new
 * pages do not make it brittle.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { distDir } from '../support/dist.ts';
import { loadBuiltSearch } from '../support/pagefind-node.ts';
import { PAGEFIND_OPTIONS, runSearch, type Engine } from '../../src/lib/search-engine.ts';
import { toResultView, type RawResult } from '../../src/lib/search-results.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
let engine: Engine;
beforeAll(async () => { engine = await loadBuiltSearch(distDir(root), PAGEFIND_OPTIONS); });

/** The first `n` results as the dialog shows them. */
async function top(query: string, n = 3, kind = '') {
  const outcome = await runSearch(engine, query, kind, () => import('../../src/lib/search-relax.ts'));
  const views = await Promise.all(outcome.results.slice(0, n).map(async (r) => toResultView((await r.data()) as RawResult)));
  return { ...outcome, views, urls: views.map((v) => new URL(v.url, 'http://x').pathname + new URL(v.url, 'http://x').hash) };
}

/** [query a reader types, the page that answers it]. */
const QUERIES: Array<[string, string]> = [
  // Roles
  ['data engineer', '/paths/data-engineer/'],
  ['backend developer', '/paths/backend-developer/'],
  ['machine learning engineer', '/paths/machine-learning-engineer/'],
  ['data scientist', '/paths/data-scientist/'],
  ['devops engineer', '/paths/devops-engineer/'],
  ['data analyst', '/paths/data-analyst/'],
  ['full stack developer', '/paths/full-stack-developer/'],
  ['qa automation engineer', '/paths/qa-automation-engineer/'],
  ['security engineer', '/paths/security-engineer/'],
  ['tech lead', '/paths/technical-lead/'],
  // Skills, by name and by the spellings readers use
  ['fastapi', '/skills/fastapi/'],
  ['django', '/skills/django/'],
  ['pandas', '/skills/pandas/'],
  ['sql', '/skills/sql/'],
  ['pytest', '/skills/pytest/'],
  ['docker', '/skills/docker/'],
  ['k8s', '/skills/kubernetes/'],
  ['kubernetes', '/skills/kubernetes/'],
  ['git', '/skills/git-and-github/'],
  ['type hints', '/skills/type-hints/'],
  ['decorators', '/skills/decorators/'],
  ['pytorch', '/skills/pytorch/'],
  ['rag', '/skills/rag/'],
  ['airflow', '/skills/etl-and-orchestration/'],
  // Questions in plain words
  ['do i need a degree', '/faq/#do-i-need-a-degree'],
  ['do programmers need a degree', '/faq/#do-i-need-a-degree'],
  ['am i too old to switch careers', '/faq/#am-i-too-old-to-switch'],
  ['can i work remotely', '/faq/#can-i-work-remotely'],
  ['will ai replace programmers', '/faq/#will-ai-replace-python-developers'],
  ['how long to get a first job', '/faq/#how-long-to-get-first-job'],
  ['is python too slow', '/faq/#is-python-too-slow'],
  ['what is the gil', '/faq/#does-the-gil-still-matter'],
  ['how many portfolio projects', '/faq/#how-many-portfolio-projects'],
  ['do i need math', '/faq/#do-i-need-to-be-good-at-math'],
  ['which framework should i learn first', '/faq/#which-framework-first'],
  ['where to find python jobs', '/faq/#where-to-find-python-jobs'],
  ['how to prepare for a coding interview', '/guides/interview-preparation/'],
  ['build a portfolio', '/guides/building-a-portfolio/'],
  // Pay
  ['how much do python developers earn', '/faq/#how-much-do-python-developers-earn'],
  ['python developer salary', '/salaries/'],
  ['salary by state', '/salaries/'],
  ['data engineer salary', '/paths/data-engineer/'],
  ['salary negotiation', '/guides/salary-negotiation/'],
  ['what affects pay', '/faq/#what-affects-python-developer-pay'],
  // Comparisons
  ['data engineer vs data scientist', '/compare/data-engineer-vs-data-scientist/'],
  ['backend developer vs devops engineer', '/compare/backend-developer-vs-devops-engineer/'],
  ['python 2 vs 3', '/faq/#python-2-vs-3'],
  ['python developer vs software engineer', '/guides/python-developer-vs-related-roles/'],
];

describe('search quality: the page that answers a reader\'s query is in the first three results', () => {
  it('has a realistic set of at least 40 queries, each expecting a page that exists', () => {
    expect(QUERIES.length).toBeGreaterThanOrEqual(40);
  });
  for (const [query, expected] of QUERIES) {
    it(`"${query}" finds ${expected}`, async () => {
      const { urls } = await top(query);
      expect(urls).toContain(expected);
    });
  }
});

describe('relevance rules', () => {
  it('role and skill pages outrank comparisons for a role or skill name', async () => {
    for (const q of ['data engineer', 'backend developer', 'devops engineer', 'data scientist']) {
      const { views } = await top(q, 3);
      expect(views[0]?.kind, q).not.toBe('Comparison');
      expect(views.filter((v) => v.kind === 'Comparison').length, q).toBeLessThanOrEqual(1);
    }
  });
  it('a query that matches only code samples, typo-tolerance near misses or nothing finds nothing', async () => {
    for (const q of ['asdf qwerty', 'figsize ylabel', 'onehotencoder', 'zxqv blorf']) {
      const { results } = await top(q);
      expect(results, q).toEqual([]);
    }
  });
  it('a section result is the best-matching section: "data engineer salary" links to the salary section', async () => {
    const { views } = await top('data engineer salary', 5);
    const path = views.find((v) => v.url.endsWith('/paths/data-engineer/'));
    expect(path?.sections[0]?.url).toMatch(/#salary$/);
  });
  it('excerpts come from prose: no alias list for "k8s", no code for a library name', async () => {
    const { views } = await top('k8s', 5);
    const k8s = views.find((v) => v.url.endsWith('/skills/kubernetes/'));
    expect(k8s?.excerpt).not.toMatch(/k8s/i);
    for (const q of ['pandas', 'pytest', 'fastapi']) {
      for (const v of (await top(q, 5)).views) {
        // Code blocks never reach an excerpt. Interview questions name functions in their prose
        // ("when is set_balance() ..."), so on practice pages only code lines count.
        const code = v.url.includes('/practice/') ? /\b(import|def) \w|>>>/ : /\b(import|def) \w|\w\(\)|>>>/;
        expect(v.excerpt, `${q}: ${v.url}`).not.toMatch(code);
      }
    }
  });
  it('a query with a word the guide never uses is relaxed, and says so', async () => {
    const out = await top('do programmers need a degree');
    expect(out.relaxedFrom).toBe('do programmers need a degree');
    expect(out.query).not.toBe(out.relaxedFrom);
  });
});
