/**
 * Social cards as built: every page's card exists where og:image points, holds the page's whole
 * title (no "…"), and for the title that needs the most room, the text actually drawn in the
 * built PNG lies inside the card's title box: measured from the pixels, not from characters.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cardInputFromPage } from '../../src/lib/social-card.ts';
import { CARD, layoutTitle, TITLE_SIZES } from '../../src/integrations/og/og-card.ts';
import { loadCardFonts, measureWith } from '../../src/integrations/og/og-font.ts';
import { createCardRenderer } from '../../src/integrations/og/og-render.ts';
import { distDir, readPages } from '../support/dist.ts';
import { decodePng, differingBox } from '../support/png.ts';

const dir = distDir(process.cwd());
const fontDir = 'node_modules/@fontsource/figtree/files';
const measure = measureWith(loadCardFonts(fontDir));
const cards = readPages(dir).flatMap((page) => {
  const card = cardInputFromPage(page.url, page.html);
  if (!card) return [];
  return [{ url: page.url, file: join(dir, card.imagePath), input: card.input, layout: layoutTitle(card.input.title, measure) }];
});

describe('social cards', () => {
  it('every page has one, and no title is cut short on it', () => {
    expect(cards.length).toBeGreaterThan(100);
    expect(cards.filter((c) => c.layout.truncated).map((c) => `${c.url}: ${c.input.title}`)).toEqual([]);
  });
  it('the title that needs the most room is drawn inside the title box of its built card', () => {
    // Smallest size first, then most lines, then longest lines: the hardest title to fit.
    const hardest = [...cards].sort((a, b) => a.layout.size - b.layout.size || b.layout.lines.length - a.layout.lines.length || b.input.title.length - a.input.title.length)[0]!;
    expect(hardest.layout.size, `${hardest.url} is the hardest title`).toBeLessThan(TITLE_SIZES[0]);
    const built = decodePng(readFileSync(hardest.file));
    expect(built).toMatchObject({ width: CARD.width, height: CARD.height });
    const renderer = createCardRenderer(fontDir, readFileSync('public/favicon.svg', 'utf8'));
    const empty = decodePng(renderer.render({ ...hardest.input, title: '' }).png);
    const drawn = differingBox(empty, built);
    expect(drawn, `${hardest.url}: no title drawn on its card`).toBeDefined();
    expect(drawn!.x1).toBeGreaterThanOrEqual(CARD.padX - 2);
    expect(drawn!.x2).toBeLessThanOrEqual(CARD.width - CARD.padX + 2);
    expect(drawn!.y1).toBeGreaterThanOrEqual(CARD.title.top);
    expect(drawn!.y2).toBeLessThanOrEqual(CARD.title.bottom);
  });
});
