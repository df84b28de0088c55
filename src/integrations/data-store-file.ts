/**
 * Lets the build read the content layer's store from its file instead of compiling it as code.
 *
 * Astro hands its data store (every entry with its rendered HTML: 25 MB at 1,000 extra guides,
 * 90 MB at 5,000) to the prerender bundle as one module, `export default JSON.parse("…")`: the
 * whole store as a JavaScript string literal. Rolldown has to carry that module and Node has to
 * compile it before the first page renders, and V8's compile time grows faster than the store:
 * 0.8 s at 1,000 guides, 17 s at 5,000 (a CPU profile of the build, `compileSourceTextModule`).
 *
 * For `astro build` only, this swaps that module for one that reads the same file when the
 * prerender bundle loads it, with `JSON.parse` as before, so the value is identical. The file is
 * the one Astro's content sync has just written (in its cache dir, kept between builds); the
 * module records the file's size and fails loudly if the file changed under the build. If Astro
 * ever stops emitting the shape this expects, the module is left alone (the build is only
 * slower) and a warning says so.
 */
import type { AstroIntegration } from 'astro';
import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dataStoreModule, DATA_STORE_MODULE_ID, isInlineDataStore } from '../lib/data-store-module.ts';

export const dataStoreFromFile = (): AstroIntegration => ({
  name: 'data-store-file',
  hooks: {
    'astro:config:setup': ({ command, config, updateConfig, logger }) => {
      if (command !== 'build') return;
      const file = fileURLToPath(new URL('data-store.json', config.cacheDir));
      updateConfig({
        vite: {
          plugins: [{
            name: 'data-store-file',
            enforce: 'pre',
            transform: {
              filter: { id: new RegExp(`^${DATA_STORE_MODULE_ID.replace('\0', '\\0')}$`) },
              handler(code: string) {
                // No store file yet (no content): Astro's empty stub is already small.
                if (code.startsWith('export default new Map()')) return null;
                if (!isInlineDataStore(code)) {
                  logger.warn(`${DATA_STORE_MODULE_ID.slice(1)} is not the inline JSON this integration expects; the build compiles it as Astro emits it.`);
                  return null;
                }
                return { code: dataStoreModule(file, statSync(file).size), map: { mappings: '' } };
              },
            },
          }],
        },
      });
    },
  },
});
