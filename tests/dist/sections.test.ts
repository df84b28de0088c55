/**
 * Every built page's table of contents matches its headings, and every page template's headings
 * match its one list of sections (src/lib/page-sections.ts): same ids, texts and levels, in the
 * list's order, and no listed section that no page of the template draws.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { distDir, readPages, type BuiltPage } from '../support/dist.ts';
import { decodeEntities } from '../../src/lib/built-pages.ts';
import { PAGE_SECTIONS, type PageTemplate } from '../../src/lib/page-sections.ts';

const root = resolve(import.meta.dirname, '../..');
let pages: BuiltPage[] = [];
beforeAll(() => { pages = readPages(distDir(root)); });

const plain = (html: string) => decodeEntities(html.replace(/<[^>]+>/g, '')).replace(/\s+/g, ' ').trim();

/** The page's section headings (h2/h3 with an id, minus the table of contents' own), in page order. */
const headingsOf = (html: string) =>
  [...html.matchAll(/<h([23])\b[^>]*?\sid="([^"]+)"[^>]*>([\s\S]*?)<\/h\1>/g)]
    .map((m) => ({ depth: Number(m[1]), id: decodeEntities(m[2]!), text: plain(m[3]!) }))
    .filter((h) => !h.id.startsWith('toc-heading'));

/** Each table of contents on the page (the inline and the side one), as its links in order. */
const tocsOf = (html: string) =>
  [...html.matchAll(/<nav [^>]*data-toc[^>]*>([\s\S]*?)<\/nav>/g)].map((nav) =>
    [...nav[1]!.matchAll(/<a href="#([^"]+)"[^>]*>([\s\S]*?)<\/a>/g)].map((a) => ({ id: decodeEntities(a[1]!), text: plain(a[2]!) })));

/** Which template drew a page, from its URL. */
function templateOf(url: string): PageTemplate | undefined {
  const rules: Array<[RegExp, PageTemplate]> = [
    [/^\/paths\/[^/]+\/$/, 'path'],
    [/^\/skills\/[^/]+\/$/, 'skill'],
    [/^\/guides\/[^/]+\/$/, 'guide'],
    [/^\/roadmaps\/$/, 'roadmapIndex'],
    [/^\/roadmaps\/[^/]+\/$/, 'roadmap'],
    [/^\/roadmaps\/[^/]+\/[^/]+\/$/, 'roadmapStep'],
    [/^\/salaries\/$/, 'salaries'],
    [/^\/compare\/$/, 'compareIndex'],
    [/^\/compare\/[^/]+-vs-[^/]+\/$/, 'comparison'],
    [/^\/tools\/skill-match\/$/, 'skillMatch'],
    [/^\/tools\/job-ad-decoder\/$/, 'jobAdDecoder'],
    [/^\/(paths\/)?$/, 'careerMap'],
    [/^\/404\.html$/, 'notFound'],
  ];
  return rules.find(([re]) => re.test(url))?.[1];
}

describe('sections', () => {
  it('links every table of contents entry to a heading of the same text, in page order', () => {
    const problems: string[] = [];
    let checked = 0;
    for (const p of pages) {
      const headings = headingsOf(p.html);
      const at = new Map(headings.map((h, i) => [h.id, { ...h, index: i }]));
      for (const toc of tocsOf(p.html)) {
        let last = -1;
        for (const item of toc) {
          const h = at.get(item.id);
          if (!h) problems.push(`${p.url}: the table of contents links to #${item.id}, which no heading has`);
          else if (h.text !== item.text) problems.push(`${p.url}: the table of contents says "${item.text}" for #${item.id}, whose heading says "${h.text}"`);
          else if (h.index < last) problems.push(`${p.url}: #${item.id} comes earlier on the page than its place in the table of contents`);
          else last = h.index;
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(1000);
    expect(problems).toEqual([]);
  });

  it("draws each template's sections as its list gives them, and every listed section somewhere", () => {
    const problems: string[] = [];
    const drawn = new Map<PageTemplate, Set<string>>();
    for (const p of pages) {
      const template = templateOf(p.url);
      if (!template) continue;
      const list = PAGE_SECTIONS[template];
      const listed = new Set<string>(list.map((s) => s.slug));
      const onPage = headingsOf(p.html).filter((h) => listed.has(h.id));
      const expected = list.filter((s) => onPage.some((h) => h.id === s.slug)).map((s) => ({ depth: s.depth, id: s.slug, text: s.text }));
      const show = (hs: typeof onPage) => hs.map((h) => `h${h.depth} #${h.id} "${h.text}"`).join(', ');
      if (show(onPage) !== show(expected)) problems.push(`${p.url} (${template}): drew ${show(onPage)}; its list says ${show(expected)}`);
      const seen = drawn.get(template) ?? new Set<string>();
      for (const h of onPage) seen.add(h.id);
      drawn.set(template, seen);
    }
    for (const [template, list] of Object.entries(PAGE_SECTIONS) as Array<[PageTemplate, (typeof PAGE_SECTIONS)[PageTemplate]]>) {
      const seen = drawn.get(template);
      if (!seen) { problems.push(`${template}: no built page of this template`); continue; }
      for (const s of list) if (!seen.has(s.slug)) problems.push(`${template}: no page draws its listed section #${s.slug}`);
    }
    expect(problems).toEqual([]);
  });
});
