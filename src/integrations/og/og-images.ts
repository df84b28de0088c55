/**
 * Social cards for every built page: PNGs at the path BaseLayout points og:image at, showing the
 * page's og:title. The card is a fixed template (og-card.ts) drawn from the site font in the
 * project's dependencies (no network) and the logo mark in public/favicon.svg, in worker
 * threads (og-worker.ts), and cached by content under node_modules/.cache/og-cards.
 *
 * Cards start while pages render: each finished page comes here as it renders (src/lib/page-sink.ts),
 * its card is read from its og:title (the page is the authority), and one worker renders cards
 * on the core that page rendering leaves free. At astro:build:done, pages that did not come
 * through the middleware are read from disk, any card not yet made is rendered on every core,
 * and each page gets its card from the cache. Cards no page used any more are then deleted
 * from the cache, so it holds this build's cards and no others.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readFile, readdir, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { availableParallelism } from 'node:os';
import Tinypool from 'tinypool';
import { ogImagePath } from '../../lib/page-kind.ts';
import { cardInputFromPage, type CardInput } from '../../lib/social-card.ts';
import { cardFileName, staleCacheFiles } from './og-cache.ts';
import { fileUrl } from '../../lib/built-pages.ts';
import { collectPages, type PageCollector } from '../../lib/page-sink.ts';

const CARD_VERSION = '4';
const require = createRequire(import.meta.url);

/**
 * Renders cards into the cache, at most `limit` at a time. A card is asked for once, however
 * many pages share it; `card(input)` is its promise. Work is handed to the tinypool pool only
 * as a slot frees, so while pages render one worker runs beside them, and after the build
 * `useAllCores()` lets every worker run.
 */
function cardService(cacheDir: string, cached: Set<string>, workerData: { fontDir: string; logoSvg: string }) {
  const cores = Math.max(1, availableParallelism());
  // From the project root: this module runs from Astro's bundled config, not from src/.
  const pool = new Tinypool({ filename: join(process.cwd(), 'src/integrations/og/og-worker.ts'), minThreads: 1, maxThreads: cores, concurrentTasksPerWorker: 1, workerData });
  const cards = new Map<string, Promise<{ file: string; truncated: boolean }>>();
  const waiting: Array<() => void> = [];
  let limit = Math.max(1, cores - 1);
  let running = 0;
  let rendered = 0;
  const pump = () => {
    while (running < limit && waiting.length) {
      running++;
      waiting.shift()!();
    }
  };
  const keyOf = (input: CardInput) => createHash('sha1').update(JSON.stringify([CARD_VERSION, workerData.logoSvg, input])).digest('hex');
  return {
    card(input: CardInput): Promise<{ file: string; truncated: boolean }> {
      const key = keyOf(input);
      let card = cards.get(key);
      if (!card) {
        const file = join(cacheDir, cardFileName(key));
        card = cached.has(cardFileName(key))
          ? Promise.resolve({ file, truncated: false })
          : new Promise<void>((resolve) => { waiting.push(resolve); pump(); })
            .then(() => pool.run({ input, file }) as Promise<{ truncated: boolean }>)
            .then(({ truncated }) => { rendered++; return { file, truncated }; })
            .finally(() => { running--; pump(); });
        // A failure surfaces where the build waits for the card; until then it is not unhandled.
        card.catch(() => {});
        cards.set(key, card);
      }
      return card;
    },
    useAllCores() { limit = cores; pump(); },
    /** File names in the cache of every card asked for so far. */
    used: () => new Set([...cards.keys()].map(cardFileName)),
    get rendered() { return rendered; },
    close: () => pool.destroy(),
  };
}

export const ogImages = (): AstroIntegration => {
  let service: ReturnType<typeof cardService> | undefined;
  let startedAt = 0;
  let renderedWithPages = 0;
  let collector: PageCollector | undefined;
  let cacheDir = '';
  /** Each rendered page's card (undefined: the page has none), by file, from the page as it rendered. */
  const pages = new Map<string, ReturnType<typeof cardInputFromPage>>();
  return {
    name: 'og-images',
    hooks: {
      'astro:build:start': async () => {
        startedAt = Date.now();
        cacheDir = join(process.cwd(), 'node_modules', '.cache', 'og-cards');
        await mkdir(cacheDir, { recursive: true });
        const cached = new Set((await readdir(cacheDir)).filter((f) => f.endsWith('.png')));
        const fontDir = join(dirname(require.resolve('@fontsource/figtree/package.json')), 'files');
        const logoSvg = await readFile(join(process.cwd(), 'public/favicon.svg'), 'utf8');
        const cards = cardService(cacheDir, cached, { fontDir, logoSvg });
        service = cards;
        pages.clear();
        // Each card starts as soon as its page has rendered.
        collector = collectPages('og-images', ({ file, html }) => {
          const page = cardInputFromPage(fileUrl(file), html);
          pages.set(file, page);
          if (page) void cards.card(page.input);
        });
      },
      // Pages are rendered: the cores are free for cards (the hooks below mostly wait on files
      // and on Pagefind's own process).
      'astro:build:generated': () => {
        collector?.stop();
        service?.useAllCores();
        renderedWithPages = service?.rendered ?? 0;
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!service || !collector) throw new Error('og-images: astro:build:start did not run');
        const cards = service;
        const outDir = fileURLToPath(dir);
        const dirs = new Set<string>();
        const jobs: Array<Promise<void>> = [];
        try {
          // The pages as they rendered, and any that did not come through the middleware as built.
          for (const { file, path } of collector.missed(outDir)) pages.set(file, cardInputFromPage(fileUrl(file), await readFile(path, 'utf8')));
          for (const [file, page] of pages) {
            if (!page) continue;
            const url = fileUrl(file);
            const { input, imagePath } = page;
            if (imagePath !== ogImagePath(url)) throw new Error(`${url}: og:image ${imagePath} is not where the card goes (${ogImagePath(url)})`);
            const target = join(outDir, imagePath);
            if (!dirs.has(dirname(target))) {
              dirs.add(dirname(target));
              await mkdir(dirname(target), { recursive: true });
            }
            jobs.push(cards.card(input).then(async ({ file: card, truncated }) => {
              if (truncated) logger.warn(`${url}: the title is too long for its social card and ends in "…" there: ${input.title}`);
              await copyFile(card, target);
            }));
          }
          await Promise.all(jobs);
        } finally {
          await cards.close();
        }
        // Every page has its card: what this build did not use goes (edited or removed titles).
        const stale = staleCacheFiles(await readdir(cacheDir), cards.used());
        await Promise.all(stale.map((f) => rm(join(cacheDir, f), { force: true })));
        logger.info(`Social cards: ${cards.rendered} rendered (${renderedWithPages} while pages rendered), ${jobs.length - cards.rendered} from cache, ${stale.length} unused removed from the cache; done ${((Date.now() - startedAt) / 1000).toFixed(1)}s after the build started.`);
      },
    },
  };
};
