// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { satteri } from '@astrojs/markdown-satteri';
import { headingLinks } from './src/integrations/heading-links.ts';
import { externalLinks } from './src/integrations/external-links.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { ogImages } from './src/integrations/og-images.ts';
import { lastmodFor } from './src/integrations/lastmod.ts';

/** Public address of the site; canonical URLs, the sitemap and robots.txt are built from it. */
const site = process.env.SITE_URL ?? 'https://pythoncareer.guide';

export default defineConfig({
  site,
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [
    mdx(),
    sitemap({
      serialize: (item) => {
        const lastmod = lastmodFor(item.url, site);
        return lastmod ? { ...item, lastmod } : item;
      },
    }),
    pagefindIndex(),
    ogImages(),
  ],
  markdown: {
    processor: satteri({ hastPlugins: [headingLinks, externalLinks] }),
  },
  vite: { plugins: [tailwindcss()] },
});
