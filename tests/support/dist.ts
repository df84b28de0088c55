/** Reading the built site: its pages, their links and their ids. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { decodeEntities, htmlFiles, pageUrl } from '../../src/lib/built-pages.ts';

export interface BuiltPage {
  /** URL path, e.g. "/paths/backend-developer/" or "/404.html". */
  url: string;
  html: string;
  ids: string[];
  /** href values of <a> elements. */
  links: string[];
}

export function distDir(root: string): string {
  const dir = resolve(root, process.env['E2E_OUT_DIR'] ?? 'dist');
  if (!existsSync(join(dir, 'index.html'))) throw new Error(`No built site in ${dir}: run "npm run build" first.`);
  return dir;
}

export function readPages(dir: string): BuiltPage[] {
  return htmlFiles(dir)
    .map((file) => {
      const url = pageUrl(dir, file);
      const html = readFileSync(file, 'utf8');
      // Only real elements: strip scripts, whose text may contain attribute-like strings.
      const markup = html.replace(/<script[\s\S]*?<\/script>/g, '');
      return {
        url,
        html,
        ids: [...markup.matchAll(/<[a-zA-Z][^>]*?\sid="([^"]+)"/g)].map((m) => decodeEntities(m[1]!)),
        links: [...markup.matchAll(/<a\s[^>]*?href="([^"]+)"/g)].map((m) => decodeEntities(m[1]!)),
      };
    });
}

/** Whether a root-relative path names a file in dist (directories need their index.html). */
export function existsInDist(dir: string, path: string): boolean {
  const clean = decodeURIComponent(path.split('?')[0] ?? '');
  if (clean.endsWith('/')) return existsSync(join(dir, clean, 'index.html'));
  return existsSync(join(dir, clean)) && statSync(join(dir, clean)).isFile();
}

/** The URL paths the built sitemap lists (sitemap-index.xml and the sitemaps it names), read from disk. */
export function sitemapPaths(dir: string): string[] {
  const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  return locs(readFileSync(join(dir, 'sitemap-index.xml'), 'utf8')).flatMap((child) => locs(readFileSync(join(dir, child), 'utf8')));
}
