/**
 * Worker thread for social cards (run by og-images.ts's tinypool pool): one renderer per
 * thread, which keeps the fonts, backgrounds and glyph masks between cards. Each card is
 * written straight into the cache, through a temporary file (og-cache.ts).
 */
import { renameSync, writeFileSync } from 'node:fs';
import { threadId } from 'node:worker_threads';
import Tinypool from 'tinypool';
import type { CardInput } from './og-card.ts';
import { createCardRenderer } from './og-render.ts';
import { cardTempFile } from './og-cache.ts';

const { fontDir, logoSvg } = Tinypool.workerData as { fontDir: string; logoSvg: string };
const renderer = createCardRenderer(fontDir, logoSvg);

/** Renders one card into `file`; an error rejects the card's promise in the build. */
export default function renderCard({ input, file }: { input: CardInput; file: string }): { truncated: boolean } {
  const card = renderer.render(input);
  const temp = cardTempFile(file, process.pid, threadId);
  writeFileSync(temp, card.png);
  renameSync(temp, file);
  return { truncated: card.layout.truncated };
}
