/**
 * Worker thread for social cards: lays out one card with satori and renders it with resvg.
 * Run from og-images.ts so cards render on every core while the build waits.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { readFileSync } from 'node:fs';
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import { cardTree, type CardInput } from '../lib/og-card.ts';

const fontDir: string = workerData.fontDir;
const fonts = [
  { name: 'Inter', data: readFileSync(`${fontDir}/inter-latin-400-normal.woff`), weight: 400 as const, style: 'normal' as const },
  { name: 'Inter', data: readFileSync(`${fontDir}/inter-latin-700-normal.woff`), weight: 700 as const, style: 'normal' as const },
];

parentPort?.on('message', async ({ id, input }: { id: number; input: CardInput }) => {
  try {
    const svg = await satori(cardTree(input) as Parameters<typeof satori>[0], { width: 1200, height: 630, fonts });
    const png = new Resvg(svg, { fitTo: { mode: 'width', value: 1200 } }).render().asPng();
    parentPort?.postMessage({ id, png });
  } catch (error) {
    parentPort?.postMessage({ id, error: String(error) });
  }
});
