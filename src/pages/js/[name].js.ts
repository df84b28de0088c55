/**
 * /js/{name}.js: the browser modules the inline boot script loads when a reader acts. Bundled
 * here with esbuild (at build time, or on request in dev) so they have stable URLs that the
 * tiny inline script can name without knowing any build hash.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { build } from 'esbuild';
import { join } from 'node:path';

export const LAZY_MODULES = ['search-dialog', 'search-relax', 'copy-link', 'theme', 'toc'] as const;

export const getStaticPaths = (() => LAZY_MODULES.map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  // From the project root: this route runs from Astro's prerender bundle, not from src/.
  const entry = join(process.cwd(), 'src/scripts', `${params['name']}.ts`);
  const result = await build({
    entryPoints: [entry], bundle: true, format: 'esm', minify: true, target: 'es2022', write: false, legalComments: 'none',
    // The same build constant Vite gives the pages (astro.config.mjs).
    define: { __SEARCH_INDEX_TAG__: JSON.stringify(__SEARCH_INDEX_TAG__) },
  });
  return new Response(result.outputFiles[0]?.text ?? '', { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
};
