/**
 * Worker thread for social cards (run by og-images.ts's tinypool pool): one renderer per
 * thread, which keeps the fonts, backgrounds and glyph masks between cards. Each card is
 * written straight into the cache, through a temporary file so that a build stopped mid-write
 * never leaves a broken card there.
 */
import { renameSync, writeFileSync } from 'node:fs';
import { threadId } from 'node:worker_threads';
import Tinypool from 'tinypool';
import type { CardInput } from './og-card.ts';
import { createCardRenderer } from './og-render.ts';

const { fontDir, logoSvg } = Tinypool.workerData as { fontDir: string; logoSvg: string };
const renderer = createCardRenderer(fontDir, logoSvg);

/** Renders one card into `file`; an error rejects the card's promise in the build. */
export default function renderCard({ input, file }: { input: CardInput; file: string }): { truncated: boolean } {
  const card = renderer.render(input);
  const temp = `${file}.${process.pid}-${threadId}.tmp`;
  writeFileSync(temp, card.png);
  renameSync(temp, file);
  return { truncated: card.layout.truncated };
}
