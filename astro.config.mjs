// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { satteri } from '@astrojs/markdown-satteri';
import { headingLinks } from './src/markdown/heading-links.ts';
import { externalLinks } from './src/markdown/external-links.ts';
import { focusableCodeBlocks } from './src/markdown/code-blocks.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { ogImages } from './src/integrations/og/og-images.ts';
import { lastmodFor } from './src/integrations/lastmod.ts';
import { inlineBootHash } from './src/integrations/inline-script.ts';
import { cspPerPage } from './src/integrations/csp-per-page.ts';
import { dataStoreFromFile } from './src/integrations/data-store-file.ts';

/**
 * The build sends nothing anywhere: Astro's usage telemetry is off for this project whichever
 * way astro is started (npm scripts, npx astro, an editor). Astro reads this variable each time
 * it would send an event, and every command loads this file before its first event.
 */
process.env.ASTRO_TELEMETRY_DISABLED = '1';

/** Public address of the site; canonical URLs, the sitemap and robots.txt are built from it. */
const site = process.env.SITE_URL ?? 'https://pythoncareer.guide';

/**
 * New with every build. Search asks for the index's entry file under this tag (Pagefind's
 * metaCacheTag) instead of a fresh timestamp per page view, so browsers can cache it until the
 * next deploy and the search page can preload it.
 */
const searchIndexTag = Date.now().toString(36);

export default defineConfig({
  site,
  output: 'static',
  trailingSlash: 'always',
  integrations: [
    // The content store reaches the prerender bundle as a file read, not as a 25-120 MB module.
    dataStoreFromFile(),
    mdx(),
    sitemap({
      serialize: (item) => {
        const lastmod = lastmodFor(item.url, site);
        return lastmod ? { ...item, lastmod } : item;
      },
    }),
    // Pages get their own CSP as they render (src/middleware.ts). This checks every built page
    // and is the first build:done hook, so any page it narrows is final before the index reads it.
    cspPerPage(),
    pagefindIndex(),
    ogImages(),
  ],
  markdown: {
    // Prism marks tokens with classes (styled in global.css); Shiki's inline styles would need
    // 'unsafe-inline' in the CSP.
    syntaxHighlight: 'prism',
    processor: satteri({ hastPlugins: [headingLinks, externalLinks, focusableCodeBlocks] }),
  },
  vite: { plugins: [tailwindcss()], define: { __SEARCH_INDEX_TAG__: JSON.stringify(searchIndexTag) } },
  // Four pages render at once: one page's file write or Pagefind hand-off no longer leaves the
  // core idle (a warm 5,296-page build: rendering 23 s at one page at a time, 15-18 s at four).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  security: {
    // Hashes, not 'unsafe-inline': Astro hashes the scripts and styles it emits; the one inline
    // script we write ourselves is hashed from the same source BaseLayout prints.
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        // Search runs on the page (Pagefind's noWorker), so nothing may start a worker.
        "worker-src 'none'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: {
        // 'wasm-unsafe-eval' is for Pagefind's WebAssembly search engine, nothing else.
        resources: ["'self'", "'wasm-unsafe-eval'"],
        hashes: [inlineBootHash()],
      },
      styleDirective: { resources: ["'self'"] },
    },
  },
});
