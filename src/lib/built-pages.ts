/**
 * The built site's HTML pages on disk: one walker and one file-to-URL rule for the build
 * integrations (social cards), the bench and the built-site tests.
 */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Folders of the build output that hold assets, never pages. */
const ASSET_DIRS: ReadonlySet<string> = new Set(['pagefind', '_astro', 'og', 'js']);

/** Every .html file under `dir` (the build output), asset folders skipped, in a stable order. */
export function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) return ASSET_DIRS.has(entry.name) ? [] : htmlFiles(full);
      return entry.name.endsWith('.html') ? [full] : [];
    });
}

/** The URL path a built file is served at: "/", "/paths/backend-developer/", "/404.html". */
export function pageUrl(dir: string, file: string): string {
  return fileUrl(relativeFile(dir, file));
}

/** A built file's path relative to the build output, with forward slashes: "paths/x/index.html". */
export function relativeFile(dir: string, file: string): string {
  return relative(dir, file).split(sep).join('/');
}

/** The URL path of a file given relative to the build output ("paths/x/index.html" is "/paths/x/"). */
export function fileUrl(rel: string): string {
  return `/${rel.replace(/(^|\/)index\.html$/, '$1')}`;
}

/**
 * The file, relative to the build output, that Astro writes for a page it renders at `pathname`
 * (build.format 'directory'): "/" is "index.html", "/paths/x/" is "paths/x/index.html", and the
 * status pages "/404" and "/500" (with or without the trailing slash) are "404.html", "500.html".
 */
export function pageFile(pathname: string): string {
  const path = decodeURI(pathname).replace(/^\//, '').replace(/\/$/, '');
  if (path === '404' || path === '500') return `${path}.html`;
  return path === '' ? 'index.html' : `${path}/index.html`;
}

/** Undoes the entity escaping Astro applies to attribute values and text. */
export const decodeEntities = (s: string): string => s
  .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
  .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
  .replace(/&quot;/g, '"').replace(/&#39;|&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
