/**
 * Issue 13 in the built site: every skill page renders its resources and a data-self-check block
 * of details/summary questions with linkable ids, every roadmap step at least two resources,
 * and every path a practice page that search indexes as kind "practice".
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { distDir, readPages, type BuiltPage } from '../support/dist.ts';

const root = resolve(import.meta.dirname, '../..');
let pages: BuiltPage[] = [];
const matching = (re: RegExp) => pages.filter((p) => re.test(p.url));
const count = (html: string, re: RegExp) => [...html.matchAll(re)].length;
/** The markup of the first element carrying an attribute, up to the next section. */
const block = (html: string, marker: string) => {
  const start = html.indexOf(marker);
  return start === -1 ? '' : html.slice(start, html.indexOf('</section>', start));
};

beforeAll(() => {
  pages = readPages(distDir(root));
});

describe('learning resources and self-check questions in the built site', () => {
  it('gives every skill page 3+ https resources and a data-self-check block of 3+ questions', () => {
    const skills = matching(/^\/skills\/[a-z0-9-]+\/$/);
    expect(skills.length).toBeGreaterThan(50);
    const problems = skills.flatMap((p) => {
      const resources = block(p.html, 'data-resources');
      const rows = count(resources, /<a class="resource-row" href="https:\/\//g);
      const check = block(p.html, 'data-self-check');
      const questions = count(check, /<h3 id="check-[a-z0-9-]+"/g);
      const answers = count(check, /<details class="self-check-answer" data-pagefind-ignore><summary[ >]/g);
      const ok = rows >= 3 && questions >= 3 && answers === questions && p.ids.includes('resources') && p.ids.includes('check-yourself');
      return ok ? [] : [`${p.url}: ${rows} resources, ${questions} questions, ${answers} answers`];
    });
    expect(problems).toEqual([]);
  });

  it('shows at least two resources on every roadmap step page', () => {
    const steps = matching(/^\/roadmaps\/[a-z0-9-]+\/[a-z0-9-]+\/$/);
    expect(steps.length).toBeGreaterThan(50);
    const short = steps.flatMap((p) => {
      const rows = count(block(p.html, 'data-resources'), /<a class="resource-row" href="https:\/\//g);
      return rows >= 2 ? [] : [`${p.url}: ${rows}`];
    });
    expect(short).toEqual([]);
  });

  it('builds a practice page per path, indexed as kind "practice" with each question a heading with an id', () => {
    const paths = matching(/^\/paths\/[a-z0-9-]+\/$/);
    expect(paths.length).toBeGreaterThan(0);
    for (const path of paths) {
      const practiceUrl = `${path.url}practice/`;
      expect(path.links, path.url).toContain(practiceUrl);
      const practice = pages.find((p) => p.url === practiceUrl);
      expect(practice, practiceUrl).toBeDefined();
      const html = practice!.html;
      expect(html).toContain('data-pagefind-filter="kind:practice"');
      const body = html.slice(html.indexOf('data-pagefind-body'));
      expect(count(body, /<h3 id="[a-z0-9-]+--[a-z0-9-]+"/g), practiceUrl).toBeGreaterThanOrEqual(3);
    }
  });
});
