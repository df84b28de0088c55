/**
 * The built site's own search engine (dist/pagefind/pagefind.js, the file browsers load), run in
 * Node: its requests for index files are answered from the build folder. Lets a vitest run real
 * queries against the real index through the same code the dialog uses (src/lib/search-engine.ts).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Engine } from '../../src/lib/search-engine.ts';
import { SEARCH_DIR } from '../../src/lib/search-files.ts';

/** A made-up origin: only requests to it are served from the build folder. */
const ORIGIN = 'http://built-site.test';

export async function loadBuiltSearch(dist: string, options: Record<string, unknown>): Promise<Engine & { options: (o: Record<string, unknown>) => Promise<void> }> {
  const fetchReal = globalThis.fetch;
  globalThis.fetch = async (input: string | URL | Request, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (url.origin !== ORIGIN) return fetchReal(input, init);
    try {
      return new Response(await readFile(join(dist, decodeURIComponent(url.pathname))));
    } catch {
      return new Response('Not found', { status: 404 });
    }
  };
  const pagefind = await import(pathToFileURL(join(dist, SEARCH_DIR, 'pagefind.js')).href);
  await pagefind.options({ ...options, basePath: `${ORIGIN}/${SEARCH_DIR}/` });
  return pagefind;
}
