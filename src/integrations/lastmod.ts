/**
 * Sitemap lastmod from the content's `updated` dates: an entry's page takes its own date, an
 * index page the newest date of its collection, a roadmap step its roadmap's date.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const UPDATED = /^updated:\s*['"]?(\d{4}-\d{2}-\d{2})/m;
let cache: Map<string, string> | undefined;

function build(): Map<string, string> {
  const map = new Map<string, string>();
  const root = join(process.cwd(), 'content');
  const newest = (a: string | undefined, b: string) => (a && a > b ? a : b);
  const sections: Array<[string, string]> = [['paths', '/paths/'], ['skills', '/skills/'], ['roadmaps', '/roadmaps/'], ['guides', '/guides/'], ['faqs', '/faq/'], ['salaries', '/salaries/']];
  let site = '';
  for (const [dir, base] of sections) {
    let files: string[] = [];
    try { files = readdirSync(join(root, dir)); } catch { continue; }
    for (const file of files) {
      const date = UPDATED.exec(readFileSync(join(root, dir, file), 'utf8'))?.[1];
      if (!date) continue;
      const id = file.replace(/\.(mdx?|ya?ml)$/, '');
      if (dir !== 'faqs' && dir !== 'salaries') map.set(`${base}${id}/`, date);
      map.set(base, newest(map.get(base), date));
      site = newest(site, date);
    }
  }
  if (site) { map.set('/', site); map.set('/sources/', site); }
  return map;
}

export function lastmodFor(url: string, site: string): string | undefined {
  cache ??= build();
  const path = new URL(url, site).pathname;
  const exact = cache.get(path);
  if (exact) return exact;
  // Roadmap steps (/roadmaps/{id}/{step}/) share their roadmap's date.
  const roadmap = /^\/roadmaps\/[^/]+\//.exec(path)?.[0];
  return roadmap ? cache.get(roadmap) : cache.get('/');
}
