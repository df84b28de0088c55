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
import { htmlFiles, relativeFile } from '../lib/built-pages.ts';
import { setPageSink } from '../lib/page-sink.ts';

export const cspPerPage = (): AstroIntegration => {
  const rendered = new Set<string>();
  return {
    name: 'csp-per-page',
    hooks: {
      'astro:build:start': () => {
        rendered.clear();
        setPageSink('csp-per-page', ({ file }) => { rendered.add(file); });
      },
      'astro:build:generated': () => { setPageSink('csp-per-page', undefined); },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const files = htmlFiles(outDir);
        let seen = 0;
        let after = 0;
        await Promise.all(files.map(async (file) => {
          if (rendered.has(relativeFile(outDir, file))) { seen++; return; }
          const html = await readFile(file, 'utf8');
          const next = tightenPagePolicy(html);
          if (next !== html) { after++; await writeFile(file, next); }
        }));
        logger.info(`Content-Security-Policy: ${files.length} pages, each with its own hashes (${seen} narrowed as they rendered, ${after} after the build).`);
      },
    },
  };
};
