/**
 * Worker thread for social cards: lays out one card with satori, renders it with resvg and
 * encodes the PNG with src/integrations/og/png.ts (a third of the time of resvg's encoder).
 * Run by og-images.ts's tinypool pool so cards render on every core while the build waits.
 */
import { readFileSync } from 'node:fs';
import Tinypool from 'tinypool';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import { cardTree, type CardInput } from './og-card.ts';
import { encodePng } from './png.ts';

// Each render holds a 3 MB pixel buffer outside V8's heap, freed only when the JS wrapper is
// collected. V8 never sees that memory, so without a nudge it keeps thousands of them alive
// (about 3 MB per card: 13 GB for a 5,000-page site). A collection every few cards keeps the
// worker at a steady ~150 MB; the finalizers then run on the next turn of the event loop.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;
const CARDS_PER_COLLECTION = 8;
let sinceCollection = 0;

const fontDir: string = (Tinypool.workerData as { fontDir: string }).fontDir;
const fonts = [
  { name: 'Inter', data: readFileSync(`${fontDir}/inter-latin-400-normal.woff`), weight: 400 as const, style: 'normal' as const },
  { name: 'Inter', data: readFileSync(`${fontDir}/inter-latin-700-normal.woff`), weight: 700 as const, style: 'normal' as const },
];

/** One card: the PNG bytes (an error rejects the card's promise in the build). */
export default async function renderCard({ input }: { input: CardInput }): Promise<Uint8Array> {
  try {
    const svg = await satori(cardTree(input) as Parameters<typeof satori>[0], { width: 1200, height: 630, fonts });
    const image = new Resvg(svg, { fitTo: { mode: 'width', value: 1200 } }).render();
    return encodePng(image.pixels, image.width, image.height);
  } finally {
    if (++sinceCollection >= CARDS_PER_COLLECTION) {
      sinceCollection = 0;
      collectGarbage();
    }
  }
}
