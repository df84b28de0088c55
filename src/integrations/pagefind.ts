/**
 * Builds the Pagefind search index inside `astro build` (astro:build:done), through Pagefind's
 * Node API, so the build alone produces a searchable site. Pages mark what is indexed with
 * data-pagefind-body; navigation chrome stays outside it.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { createIndex, close } from 'pagefind';

export const pagefindIndex = (): AstroIntegration => ({
  name: 'pagefind-index',
  hooks: {
    'astro:build:done': async ({ dir, logger }) => {
      const outDir = fileURLToPath(dir);
      const { index, errors } = await createIndex({ forceLanguage: 'en' });
      if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
      const added = await index.addDirectory({ path: outDir });
      if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
      const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
      if (written.errors.length) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
      logger.info(`Search index: ${added.page_count} pages indexed.`);
      await close();
    },
  },
});
