/**
 * Say each idea once (issue 14): no sentence of 12 or more words appears on two built pages,
 * unless it is one content field that the site shows in several places. The rule, with what is
 * left out as chrome, is documented in tests/support/repetition.ts.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { distDir, readPages, type BuiltPage } from '../support/dist.ts';
import { loadContentFiles } from '../../src/lib/content-files.ts';
import { contentText, longSentences, mainProse, MIN_WORDS, repeatedSentences } from '../support/repetition.ts';

const root = resolve(import.meta.dirname, '../..');
let pages: BuiltPage[] = [];
const fields = new Map<string, string>();

/** Every string in a parsed YAML value, named by its path ("steps.3.summary"). */
function leaves(value: unknown, at: string, out: Array<[string, string]>): void {
  if (typeof value === 'string') out.push([at, value]);
  else if (Array.isArray(value)) value.forEach((v, i) => leaves(v, `${at}.${i}`, out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) leaves(v, at ? `${at}.${k}` : k, out);
}

beforeAll(async () => {
  pages = readPages(distDir(root)).filter((p) => p.url.endsWith('/') || p.url.endsWith('.html'));
  for (const file of await loadContentFiles(root)) {
    const found: Array<[string, string]> = [];
    if (/\.mdx?$/.test(file.file)) {
      const m = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(file.text);
      leaves(m ? parse(m[1]!) : {}, '', found);
      found.push(['body', m ? m[2]! : file.text]);
    } else if (/\.ya?ml$/.test(file.file)) {
      leaves(parse(file.text), '', found);
    }
    for (const [field, text] of found) fields.set(`${file.file}#${field}`, contentText(text));
  }
});

describe('repetition rule (unit)', () => {
  it('reads only prose: no nav, link text, hidden or script text', () => {
    const html = '<nav>Skip this menu</nav><main><nav>Contents here</nav><p>Kept words <a href="/x/">link words</a> stay.</p>'
      + '<p hidden>Hidden text</p><script>var x = 1;</script><svg><text>chart</text></svg><ul><li>One</li><li>Two</li></ul></main><p>After main</p>';
    expect(mainProse(html).replace(/\s+/g, ' ').trim()).toBe('Kept words stay. One Two');
  });

  it('splits sentences and keeps only those of 12 or more words', () => {
    const text = 'Short one here. This sentence has exactly twelve words in it, counted one by one. Next.';
    expect(longSentences(text)).toEqual(['this sentence has exactly twelve words in it counted one by one']);
    expect(MIN_WORDS).toBe(12);
  });

  it('allows a sentence written once in content and shown on two pages, flags one typed twice or templated', () => {
    const s = 'The same long sentence is shown on two different pages of the site today.';
    const twoPages = [{ url: '/a/', html: `<main><p>${s}</p></main>` }, { url: '/b/', html: `<main><p>${s}</p></main>` }];
    const once = new Map([['content/x.md#summary', contentText(s)]]);
    expect(repeatedSentences(twoPages, once)).toEqual([]);
    const twice = new Map([['content/x.md#body', contentText(s)], ['content/y.md#body', contentText(`Intro. ${s}`)]]);
    expect(repeatedSentences(twoPages, twice).map((r) => r.fields)).toEqual([['content/x.md#body', 'content/y.md#body']]);
    expect(repeatedSentences(twoPages, new Map()).map((r) => r.pages)).toEqual([['/a/', '/b/']]);
  });

  it('treats a template filled with data as data: a field inside it, or figures that vary elsewhere', () => {
    const page = (url: string, text: string) => ({ url, html: `<main><p>${text}</p></main>` });
    const caption = 'Salary figures for the technical lead path, with their source and year of publication.';
    const title = new Map([['content/paths/t.md#title', contentText('technical lead path')]]);
    expect(repeatedSentences([page('/a/', caption), page('/b/', caption)], title)).toEqual([]);
    const figures = (a: number, b: number) => `Exactly ${a} of the ${b} different skills that the two paths list appear on both.`;
    const site = [page('/a/', figures(8, 19)), page('/b/', figures(8, 19)), page('/c/', figures(3, 20))];
    expect(repeatedSentences(site, new Map())).toEqual([]);
    expect(repeatedSentences(site.slice(0, 2), new Map())).toHaveLength(1);
  });
});

describe('repetition over the built site', () => {
  it('has no sentence of 12+ words on two pages except one content field shown in several places', () => {
    const repeats = repeatedSentences(pages, fields).map((r) =>
      `${r.pages.length} pages (${r.pages.slice(0, 3).join(', ')}${r.pages.length > 3 ? ', ...' : ''}); ${r.fields.length === 0 ? 'from a template' : `typed in ${r.fields.join(', ')}`}: "${r.sentence}"`);
    expect(repeats).toEqual([]);
  });
});
