/**
 * Social cards for every built page, made in astro:build:done from each page's own
 * og:title: satori lays the card out with fonts from the project's dependencies (no network),
 * resvg turns it into a PNG at the path BaseLayout points og:image at. Cards render in worker
 * threads (og-worker.ts), one per core, and are cached by content so rebuilds only render
 * what changed.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { availableParallelism } from 'node:os';
import Tinypool from 'tinypool';
import type { CardInput } from './og-card.ts';
import { ogImagePath, pageKindLabel } from '../../lib/page-kind.ts';
import { SITE_NAME } from '../../lib/site.ts';
import { decodeEntities, htmlFiles, pageUrl } from '../../lib/built-pages.ts';

const CARD_VERSION = '3';

/**
 * A pool of card-rendering worker threads (tinypool, one per core); render() resolves with the
 * PNG bytes. Each worker has one card in hand at a time and the rest wait in the pool's queue:
 * the native memory of finished renders is only released between turns of a worker's event
 * loop (see og-worker.ts). A worker that crashes fails its card and is replaced.
 */
function cardPool(fontDir: string, size: number) {
  // From the project root: this module runs from Astro's bundled config, not from src/.
  const pool = new Tinypool({
    filename: join(process.cwd(), 'src/integrations/og/og-worker.ts'),
    minThreads: size,
    maxThreads: size,
    concurrentTasksPerWorker: 1,
    workerData: { fontDir },
  });
  return {
    render: (input: CardInput): Promise<Uint8Array> => pool.run({ input }),
    close: () => pool.destroy(),
  };
}
const require = createRequire(import.meta.url);

/** Writes then renames, so a build stopped mid-write never leaves a broken card in the cache. */
async function writeAtomically(file: string, data: Uint8Array): Promise<void> {
  const temp = `${file}.${process.pid}.tmp`;
  await writeFile(temp, data);
  await rename(temp, file);
}

export const ogImages = (): AstroIntegration => ({
  name: 'og-images',
  hooks: {
    'astro:build:done': async ({ dir, logger }) => {
      const outDir = fileURLToPath(dir);
      const cacheDir = join(process.cwd(), 'node_modules', '.cache', 'og-cards');
      await mkdir(cacheDir, { recursive: true });
      const fontDir = join(dirname(require.resolve('@fontsource/inter/package.json')), 'files');
      const pool = cardPool(fontDir, Math.max(1, availableParallelism()));
      let rendered = 0;
      let cached = 0;
      const started = Date.now();
      const jobs: Array<Promise<void>> = [];
      for (const file of htmlFiles(outDir)) {
        const html = await readFile(file, 'utf8');
        const title = /<meta property="og:title" content="([^"]*)"/.exec(html)?.[1];
        const image = /<meta property="og:image" content="([^"]*)"/.exec(html)?.[1];
        if (!title || !image) continue;
        const rel = pageUrl(outDir, file);
        const target = join(outDir, new URL(image).pathname);
        if (new URL(image).pathname !== ogImagePath(rel)) throw new Error(`${rel}: og:image ${image} is not where the card goes (${ogImagePath(rel)})`);
        const input = { title: decodeEntities(title), kind: pageKindLabel(rel), siteName: SITE_NAME, host: new URL(image).host };
        const key = createHash('sha1').update(JSON.stringify([CARD_VERSION, input])).digest('hex');
        const cacheFile = join(cacheDir, `${key}.png`);
        await mkdir(dirname(target), { recursive: true });
        try {
          await copyFile(cacheFile, target);
          cached++;
          continue;
        } catch { /* not cached yet */ }
        jobs.push(pool.render(input).then(async (png) => {
          await writeFile(target, png);
          await writeAtomically(cacheFile, png);
          rendered++;
        }));
      }
      try { await Promise.all(jobs); } finally { await pool.close(); }
      logger.info(`Social cards: ${rendered} rendered, ${cached} from cache, in ${((Date.now() - started) / 1000).toFixed(1)}s.`);
    },
  },
});
