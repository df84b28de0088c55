/**
 * Builds the Pagefind search index inside `astro build`, through Pagefind's Node API, so the
 * build alone produces a searchable site: pages are indexed as they render, the index is
 * written at astro:build:done. Pages mark what is indexed with
 * data-pagefind-body; navigation chrome stays outside it.
 *
 * Afterwards it trims what readers download: search-core.ts runs Pagefind without its web
 * worker and renders results itself, so the worker and Pagefind's UI bundles are deleted, and
 * pagefind.js, the one script a first search loads, is minified again (47 KB to 32 KB).
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { transform } from 'esbuild';
import { join } from 'node:path';
import { createIndex, close, type PagefindIndex } from 'pagefind';
import { extractFaqRecords, faqRecordHtml } from '../lib/faq-records.ts';
import { SEARCH_DIR, SEARCH_LANGUAGE, SEARCH_SCRIPT } from '../lib/search-files.ts';
import { checked } from '../lib/pagefind-response.ts';
import { collectPages, type PageCollector } from '../lib/page-sink.ts';

/** Files Pagefind writes that this site never loads (its own UIs, the worker, other languages). */
export const UNUSED_FILES = [
  'pagefind-ui.js', 'pagefind-ui.css', 'pagefind-modular-ui.js', 'pagefind-modular-ui.css',
  'pagefind-component-ui.js', 'pagefind-component-ui.css', 'pagefind-highlight.js',
  'pagefind-worker.js', 'wasm.unknown.pagefind',
];

/**
 * Left out of the index everywhere: code blocks. Identifiers in samples made nonsense queries
 * "match" and showed raw code as excerpts; the names that matter (libraries, commands) are in
 * the prose around them, and inline `code` in prose stays indexed.
 */
export const EXCLUDED_SELECTORS = ['pre'];

export const pagefindIndex = (): AstroIntegration => {
  let index: PagefindIndex | undefined;
  let pending: Array<Promise<unknown>> = [];
  let pages: PageCollector | undefined;
  const add = (file: string, content: string) => {
    const added = index!.addHTMLFile({ sourcePath: file, content }).then((response) => checked(`index ${file}`, response));
    // A failure surfaces where astro:build:done waits for every page; until then it is not unhandled.
    added.catch(() => {});
    pending.push(added);
  };
  return {
    name: 'pagefind-index',
    hooks: {
      // Pages go to Pagefind's process as they render (src/lib/page-sink.ts), so it indexes on
      // the core that rendering leaves free instead of reading every page back afterwards.
      'astro:build:start': async () => {
        try {
          index = checked('start', await createIndex({ forceLanguage: SEARCH_LANGUAGE, excludeSelectors: EXCLUDED_SELECTORS }), 'index');
        } catch (error) {
          await close();
          throw error;
        }
        pending = [];
        pages = collectPages('pagefind-index', ({ file, html }) => add(file, html));
      },
      'astro:build:generated': () => { pages?.stop(); },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        // Pagefind runs as a child process: close it however the indexing ends.
        try {
          if (!index || !pages) throw new Error('pagefind-index: astro:build:start did not run');
          // Any page that did not render through the middleware is read from disk.
          const missed = pages.missed(outDir);
          for (const { file, path } of missed) add(file, await readFile(path, 'utf8'));
          await Promise.all(pending);
          // Each FAQ question is its own result, linking straight to its answer on /faq/.
          const faqs = extractFaqRecords(await readFile(join(outDir, 'faq', 'index.html'), 'utf8'));
          for (const record of faqs) {
            checked(`index FAQ ${record.id}`, await index.addHTMLFile({ url: `/faq/#${record.id}`, content: faqRecordHtml(record) }));
          }
          const pagefindDir = join(outDir, SEARCH_DIR);
          checked('write its files', await index.writeFiles({ outputPath: pagefindDir }));
          await Promise.all(UNUSED_FILES.map((name) => rm(join(pagefindDir, name), { force: true })));
          const script = join(outDir, SEARCH_SCRIPT);
          const minified = await transform(await readFile(script, 'utf8'), { minify: true, format: 'esm', target: 'es2022' });
          await writeFile(script, minified.code);
          logger.info(`Search index: ${pages.handed + missed.length} pages (${pages.handed} as they rendered, ${missed.length} read back) and ${faqs.length} FAQ answers indexed.`);
        } finally {
          index = undefined;
          await close();
        }
      },
    },
  };
};
