import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fileUrl, pageFile } from '../../src/lib/built-pages.ts';
import { collectPages, pageRendered, setPageSink, type BuiltPage } from '../../src/lib/page-sink.ts';

describe('pageFile: the file Astro writes for a rendered pathname', () => {
  it.each([
    ['/', 'index.html'],
    ['/paths/backend-developer/', 'paths/backend-developer/index.html'],
    ['/roadmaps/beginner-to-job-ready/python-basics/', 'roadmaps/beginner-to-job-ready/python-basics/index.html'],
    // Status pages are files at the top, whichever way the middleware sees their pathname.
    ['/404/', '404.html'],
    ['/404', '404.html'],
    ['/500/', '500.html'],
    ['/guides/caf%C3%A9/', 'guides/café/index.html'],
  ])('%s is %s', (pathname, file) => {
    expect(pageFile(pathname)).toBe(file);
  });

  it('round-trips with fileUrl for pages in folders', () => {
    for (const pathname of ['/', '/skills/django/', '/compare/backend-developer-vs-data-engineer/']) {
      expect(fileUrl(pageFile(pathname))).toBe(pathname);
    }
    // The 404 page is served as a file, and that is the URL the built-site tools give it.
    expect(fileUrl(pageFile('/404/'))).toBe('/404.html');
  });
});

describe('page sinks', () => {
  afterEach(() => { setPageSink('a', undefined); setPageSink('b', undefined); });

  it('hands each rendered page, with its output file, to every registered sink', () => {
    const a: BuiltPage[] = [];
    const b: BuiltPage[] = [];
    setPageSink('a', (page) => a.push(page));
    setPageSink('b', (page) => b.push(page));
    pageRendered('/skills/django/', '<html>django</html>');
    expect(a).toEqual([{ file: 'skills/django/index.html', html: '<html>django</html>' }]);
    expect(b).toEqual(a);
  });

  it('stops handing pages to a sink once it is removed, and does nothing with none registered', () => {
    const a: BuiltPage[] = [];
    setPageSink('a', (page) => a.push(page));
    pageRendered('/', 'one');
    setPageSink('a', undefined);
    pageRendered('/', 'two');
    expect(a.map((p) => p.html)).toEqual(['one']);
  });
});

describe('collectPages', () => {
  it('takes pages while rendering lasts, then lists the built pages that never came through', () => {
    const dist = mkdtempSync(join(tmpdir(), 'collect-pages-'));
    try {
      for (const file of ['index.html', 'skills/django/index.html', 'guides/job-search/index.html', '404.html', 'pagefind/x.html']) {
        mkdirSync(join(dist, file, '..'), { recursive: true });
        writeFileSync(join(dist, file), '<html></html>');
      }
      const html: string[] = [];
      const pages = collectPages('test', (page) => html.push(page.html));
      pageRendered('/', 'home');
      pageRendered('/skills/django/', 'django');
      pages.stop();
      pageRendered('/404/', 'after the end');
      expect(html).toEqual(['home', 'django']);
      expect(pages.handed).toBe(2);
      // Asset folders (pagefind/) hold no pages; 404.html came after stop(), so it is missed.
      expect(pages.missed(dist)).toEqual([
        { file: '404.html', path: join(dist, '404.html') },
        { file: 'guides/job-search/index.html', path: join(dist, 'guides/job-search/index.html') },
      ]);
    } finally {
      rmSync(dist, { recursive: true, force: true });
    }
  });
});
