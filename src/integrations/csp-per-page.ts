/**
 * After the build (astro:build:done), gives every page its own Content-Security-Policy: only
 * the hashes of that page's inline code, in a meta tag that comes before its first script.
 * The rewriting itself is src/lib/csp.ts.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { tightenPagePolicy } from '../lib/csp.ts';

async function htmlFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await htmlFiles(full)));
    else if (entry.name.endsWith('.html')) out.push(full);
  }
  return out;
}

export const cspPerPage = (): AstroIntegration => ({
  name: 'csp-per-page',
  hooks: {
    'astro:build:done': async ({ dir, logger }) => {
      const files = await htmlFiles(fileURLToPath(dir));
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
