/**
 * Gives every built page its own Content-Security-Policy: only the hashes of that page's inline
 * code, in a meta tag that comes before its first script. The rewriting itself is
 * src/lib/csp.ts; src/middleware.ts applies it to each page as it renders. After the build
 * (astro:build:done) this narrows any page that did not render through the middleware, so no
 * page keeps the build-wide policy, and reports how many were narrowed where.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { readFile, writeFile } from 'node:fs/promises';
import { tightenPagePolicy } from '../lib/csp.ts';
import { collectPages, type PageCollector } from '../lib/page-sink.ts';

export const cspPerPage = (): AstroIntegration => {
  let pages: PageCollector | undefined;
  return {
    name: 'csp-per-page',
    hooks: {
      'astro:build:start': () => { pages = collectPages('csp-per-page', () => {}); },
      'astro:build:generated': () => { pages?.stop(); },
      'astro:build:done': async ({ dir, logger }) => {
        if (!pages) throw new Error('csp-per-page: astro:build:start did not run');
        const missed = pages.missed(fileURLToPath(dir));
        let after = 0;
        await Promise.all(missed.map(async ({ path }) => {
          const html = await readFile(path, 'utf8');
          const next = tightenPagePolicy(html);
          if (next !== html) { after++; await writeFile(path, next); }
        }));
        logger.info(`Content-Security-Policy: ${pages.handed + missed.length} pages, each with its own hashes (${pages.handed} narrowed as they rendered, ${after} after the build).`);
      },
    },
  };
};
