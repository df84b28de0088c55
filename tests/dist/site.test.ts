/**
 * The built site as a whole: robots.txt and the sitemap, every internal link and #fragment
 * resolves (the one home of that check), no page repeats an id (likewise),
 * and a reader can reach every path, skill, roadmap step, guide and FAQ from the home page in
 * three clicks or fewer.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { distDir, existsInDist, readPages, sitemapPaths, type BuiltPage } from '../support/dist.ts';

const root = resolve(import.meta.dirname, '../..');
let dir = '';
let pages: BuiltPage[] = [];
let byUrl = new Map<string, BuiltPage>();

beforeAll(() => {
  dir = distDir(root);
  pages = readPages(dir);
  byUrl = new Map(pages.map((p) => [p.url, p]));
});

describe('built site', () => {
  it('has every kind of page', () => {
    for (const url of ['/', '/paths/', '/paths/backend-developer/', '/paths/data-engineer/', '/skills/', '/skills/fastapi/', '/roadmaps/', '/roadmaps/beginner-to-job-ready/', '/guides/', '/faq/', '/salaries/', '/sources/', '/search/', '/404.html']) {
      expect(byUrl.has(url), url).toBe(true);
    }
  });

  it('names the sitemap in robots.txt, and the sitemap lists every page but the 404 page, with a lastmod', () => {
    expect(readFileSync(join(dir, 'robots.txt'), 'utf8')).toMatch(/^Sitemap: https?:\/\/\S+\/sitemap-index\.xml$/m);
    expect(new Set(sitemapPaths(dir))).toEqual(new Set(pages.map((p) => p.url).filter((u) => u !== '/404.html')));
    expect(readFileSync(join(dir, 'sitemap-0.xml'), 'utf8')).toMatch(/<lastmod>\d{4}-\d{2}-\d{2}/);
  });

  it('has one comparison page per pair of paths, each listed on /compare/', () => {
    const pathCount = pages.filter((p) => /^\/paths\/[^/]+\/$/.test(p.url)).length;
    const pairs = pages.filter((p) => p.url.startsWith('/compare/') && p.url !== '/compare/').map((p) => p.url);
    expect(pairs).toHaveLength((pathCount * (pathCount - 1)) / 2);
    for (const url of pairs) expect(url).toMatch(/^\/compare\/[a-z-]+-vs-[a-z-]+\/$/);
    expect(new Set(byUrl.get('/compare/')!.links.filter((l) => /^\/compare\/.+-vs-/.test(l)))).toEqual(new Set(pairs));
  });

  it('resolves every internal link and #fragment', () => {
    const broken: string[] = [];
    for (const page of pages) {
      for (const href of page.links) {
        if (/^(https?:|mailto:)/.test(href)) continue;
        const [path = '', fragment] = href.split('#');
        const targetUrl = path === '' ? page.url : path.split('?')[0]!;
        if (path !== '' && !existsInDist(dir, targetUrl)) { broken.push(`${page.url} -> ${href} (no such page)`); continue; }
        if (fragment) {
          const target = byUrl.get(targetUrl);
          if (target && !target.ids.includes(decodeURIComponent(fragment))) broken.push(`${page.url} -> ${href} (no #${fragment} there)`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it('never repeats an id on a page', () => {
    const dupes = pages.flatMap((p) => {
      const seen = new Set<string>();
      return p.ids.filter((id) => (seen.has(id) ? true : (seen.add(id), false))).map((id) => `${p.url}#${id}`);
    });
    expect(dupes).toEqual([]);
  });

  it('reaches every content page from the home page within three clicks', () => {
    const depth = new Map<string, number>([['/', 0]]);
    let frontier = ['/'];
    for (let d = 1; d <= 3; d++) {
      const next: string[] = [];
      for (const url of frontier) {
        for (const href of byUrl.get(url)?.links ?? []) {
          const path = href.split('#')[0]!;
          if (!path.startsWith('/') || depth.has(path) || !byUrl.has(path)) continue;
          depth.set(path, d);
          next.push(path);
        }
      }
      frontier = next;
    }
    const content = pages.map((p) => p.url).filter((u) => /^\/(paths|skills|roadmaps|guides)\/.+\/$/.test(u) || u === '/faq/');
    expect(content.length).toBeGreaterThan(150);
    expect(content.filter((u) => !depth.has(u))).toEqual([]);
    // Each FAQ is an anchor on /faq/, one click from home through the header.
    expect(depth.get('/faq/')).toBe(1);
  });

  it('draws every salary dataset as an accessible chart beside a table with the same figures', () => {
    const html = byUrl.get('/salaries/')!.html;
    const charts = [...html.matchAll(/<svg[^>]*role="img"[^>]*aria-labelledby="(chart-[^" ]+-title) (chart-[^"]+-desc)"[^>]*>([\s\S]*?)<\/svg>/g)];
    expect(charts.length).toBeGreaterThanOrEqual(4);
    for (const [, titleId, descId, svg] of charts) {
      expect(svg).toContain(`<title id="${titleId}">`);
      expect(svg).toContain(`<desc id="${descId}">`);
      expect(svg).toMatch(/\$\d+k<\/text>/); // a labelled axis
    }
    // Each chart is drawn twice (wide and narrow) in one figure; one table per figure, and each
    // figure's caption names a source with its year.
    const figures = (html.match(/data-salary-chart=/g) ?? []).length;
    expect(charts.length).toBe(figures * 2);
    expect((html.match(/<table/g) ?? []).length).toBeGreaterThanOrEqual(figures);
    expect((html.match(/Bars run from the low|Dots show each/g) ?? []).length).toBe(figures);
    for (const figure of ['$85,000', '$160,000', '$125,470', '$112,200', '$133,080']) expect(html).toContain(figure);
  });

  it('links every page from at least one other page (no orphans)', () => {
    const linked = new Set<string>();
    for (const p of pages) for (const href of p.links) { const path = href.split('#')[0]!.split('?')[0]!; if (path.startsWith('/') && path !== p.url) linked.add(path); }
    expect(pages.map((p) => p.url).filter((u) => u !== '/' && u !== '/404.html' && !linked.has(u))).toEqual([]);
  });

  it('keeps navigation chrome out of the search index', () => {
    for (const page of pages.filter((p) => p.html.includes('data-pagefind-body'))) {
      const body = page.html.slice(page.html.indexOf('data-pagefind-body'));
      expect(body.includes('id="site-nav"'), page.url).toBe(false);
      expect(page.html.indexOf('<header') < page.html.indexOf('data-pagefind-body'), page.url).toBe(true);
    }
  });
});
