/**
 * After the build (astro:build:done), gives every page its own Content-Security-Policy: only
 * the hashes of that page's inline code, in a meta tag that comes before its first script.
 * The rewriting itself is src/lib/csp.ts.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { readFile, writeFile } from 'node:fs/promises';
import { tightenPagePolicy } from '../lib/csp.ts';
import { htmlFiles } from '../lib/built-pages.ts';

export const cspPerPage = (): AstroIntegration => ({
  name: 'csp-per-page',
  hooks: {
    'astro:build:done': async ({ dir, logger }) => {
      const files = htmlFiles(fileURLToPath(dir));
      let changed = 0;
      await Promise.all(files.map(async (file) => {
        const html = await readFile(file, 'utf8');
        const next = tightenPagePolicy(html);
        if (next !== html) { changed++; await writeFile(file, next); }
      }));
      logger.info(`Content-Security-Policy: ${changed} of ${files.length} pages narrowed to their own hashes.`);
    },
  },
});
