/**
 * Size budget: fails when eager JavaScript or the site's CSS grows past what we promise
 * (sizes, not times; `npm run bench` reports the figures).
 *   - article pages (paths, skills, guides, FAQ) load no script file before the reader acts;
 *   - the inline theme/boot snippet stays under 1 KB;
 *   - the site CSS stays under 10 KB gzipped;
 *   - the median article page's HTML plus CSS stays under 20 KB gzipped;
 *   - search ships only what it loads: no Pagefind UI bundles or worker, pagefind.js minified.
 * (The bytes of a first search, index and results included, are checked in e2e/search.spec.ts.)
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { distDir, readPages, type BuiltPage } from '../support/dist.ts';
import { median } from '../../src/cli/bench-report.ts';
import { UNUSED_FILES } from '../../src/integrations/pagefind.ts';

const root = resolve(import.meta.dirname, '../..');
let dir = '';
let pages: BuiltPage[] = [];
beforeAll(() => { dir = distDir(root); pages = readPages(dir); });

const isArticle = (url: string) => /^\/(paths|skills|guides)\/[^/]+\/$/.test(url) || url === '/faq/';
const executableInline = (html: string) => [...html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g)]
  .filter((m) => !/type="application\/(ld\+)?json"/.test(m[1] ?? ''))
  .map((m) => m[2] ?? '');
const stylesheets = (html: string) => [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1]!);

describe('size budget', () => {
  it('loads no script file on article pages before the reader acts', () => {
    const articles = pages.filter((p) => isArticle(p.url));
    expect(articles.length).toBeGreaterThan(50);
    const offenders = articles.flatMap((p) => [...p.html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((m) => `${p.url}: ${m[1]}`));
    expect(offenders).toEqual([]);
  });

  it('keeps inline executable script on the home page and article pages under 1 KB (the theme and boot snippet)', () => {
    // Pages built for an action (search, tools, roadmap progress) load their own code there.
    const over = pages.filter((p) => p.url === '/' || isArticle(p.url)).map((p) => ({ url: p.url, bytes: Buffer.byteLength(executableInline(p.html).join(''), 'utf8') })).filter((p) => p.bytes >= 1024);
    expect(over).toEqual([]);
  });

  it('keeps the site CSS under 10 KB gzipped', () => {
    const sheets = new Set(pages.flatMap((p) => stylesheets(p.html)));
    expect(sheets.size).toBeGreaterThan(0);
    for (const href of sheets) expect(gzipSync(readFileSync(join(dir, href))).length, href).toBeLessThan(10 * 1024);
  });

  it('keeps the median article page under 20 KB of HTML and CSS, gzipped', () => {
    const sizes = pages.filter((p) => isArticle(p.url) && p.url !== '/faq/').map((p) =>
      gzipSync(p.html).length + stylesheets(p.html).reduce((n, href) => n + gzipSync(readFileSync(join(dir, href))).length, 0));
    expect(median(sizes)).toBeLessThan(20 * 1024);
  });

  it('ships only the search files a reader loads, with pagefind.js minified under 40 KB', () => {
    expect(UNUSED_FILES.filter((name) => existsSync(join(dir, 'pagefind', name)))).toEqual([]);
    expect(statSync(join(dir, 'pagefind', 'pagefind.js')).size).toBeLessThan(40 * 1024);
  });
});
