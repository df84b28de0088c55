/**
 * Where the search engine's files live in the built site, named once for the integration that
 * writes them (src/integrations/pagefind.ts), the script that loads them (search-core.ts) and
 * the search page that preloads them. The index is built for one language, which names the
 * WebAssembly file Pagefind writes.
 */
export const SEARCH_LANGUAGE = 'en';
/** The folder under dist/ and the URL path, without slashes. */
export const SEARCH_DIR = 'pagefind';
export const SEARCH_SCRIPT = `/${SEARCH_DIR}/pagefind.js`;
export const SEARCH_WASM = `/${SEARCH_DIR}/wasm.${SEARCH_LANGUAGE}.pagefind`;
/** The index entry file, as Pagefind requests it when given this build's metaCacheTag. */
export const searchEntry = (tag: string) => `/${SEARCH_DIR}/pagefind-entry.json?ts=${tag}`;
/** What search suggests when nothing matches, built by src/pages/search/suggestions.json.ts. */
export const SEARCH_SUGGESTIONS = '/search/suggestions.json';
/** Relaxing a query that found nothing (src/scripts/search-relax.ts, built by src/pages/js/[name].js.ts). */
export const SEARCH_RELAX_SCRIPT = '/js/search-relax.js';
