/**
 * Renders social cards: the fixed template of og-card.ts, drawn with og-raster.ts, encoded by
 * png.ts. One renderer per worker thread; it keeps the fonts, each kind's background and the
 * glyph masks between cards, so a card costs its title's glyphs and one deflate.
 */
import { palette } from '../../../tailwind.config.ts';
import { CARD, cardBackground, layoutTitle, titleRuns, type CardInput, type TitleLayout } from './og-card.ts';
import { loadCardFonts, measureWith } from './og-font.ts';
import { copyCanvas, drawRun, GlyphCache, hexRgb, rasterizeSvg, type Canvas } from './og-raster.ts';
import { pngFromScanlines } from './png.ts';

/** Cards use the dark theme's colours (index 1 of each light-dark pair). */
const COLOURS = {
  page: palette.page[1], ink: palette.ink[1], muted: palette.muted[1], accent: palette.accent[1], soft: palette['accent-soft'][1],
} as const;

export interface RenderedCard {
  png: Buffer;
  layout: TitleLayout;
  /** Where the title's glyphs were drawn, in card pixels. */
  titleBox: { x1: number; y1: number; x2: number; y2: number };
  canvas: Canvas;
}

/** The inner markup of the logo mark (an SVG on a 32-unit grid), placed at the card's logo box. */
function logoMarkup(logoSvg: string): string {
  const inner = /<svg[^>]*>([\s\S]*)<\/svg>\s*$/.exec(logoSvg.trim())?.[1];
  if (!inner) throw new Error('the logo file is not an <svg> document');
  const { x, y, size } = CARD.logo;
  return `<svg x="${x}" y="${y}" width="${size}" height="${size}" viewBox="0 0 32 32">${inner}</svg>`;
}

export function createCardRenderer(fontDir: string, logoSvg: string) {
  const fonts = loadCardFonts(fontDir);
  const measure = measureWith(fonts);
  const glyphs = new GlyphCache();
  const backgrounds = new Map<string, Canvas>();
  const colours = Object.fromEntries(Object.entries(COLOURS).map(([k, v]) => [k, hexRgb(v)])) as Record<keyof typeof COLOURS, ReturnType<typeof hexRgb>>;
  const logo = logoMarkup(logoSvg);
  let work: Canvas | undefined;

  function background(input: CardInput): Canvas {
    const key = JSON.stringify([input.kind, input.siteName, input.host]);
    let canvas = backgrounds.get(key);
    if (!canvas) {
      const { runs, chip } = cardBackground(input, measure);
      const { width, height, bar } = CARD;
      canvas = rasterizeSvg(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`
        + `<rect width="${width}" height="${height}" fill="${COLOURS.page}"/><rect width="${width}" height="${bar}" fill="${COLOURS.accent}"/>${logo}`
        + `<rect x="${chip.x}" y="${chip.y}" width="${chip.width}" height="${chip.height}" rx="${chip.radius}" fill="${COLOURS.soft}"/></svg>`);
      for (const run of runs) drawRun(canvas, run, fonts, glyphs, colours[run.colour]);
      backgrounds.set(key, canvas);
    }
    return canvas;
  }

  return {
    render(input: CardInput): RenderedCard {
      work = copyCanvas(background(input), work);
      const layout = layoutTitle(input.title, measure);
      const titleBox = { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity };
      for (const run of titleRuns(layout)) {
        const box = drawRun(work, run, fonts, glyphs, colours.ink);
        titleBox.x1 = Math.min(titleBox.x1, box.x1); titleBox.y1 = Math.min(titleBox.y1, box.y1);
        titleBox.x2 = Math.max(titleBox.x2, box.x2); titleBox.y2 = Math.max(titleBox.y2, box.y2);
      }
      return { png: pngFromScanlines(work.data, work.width, work.height, 3), layout, titleBox, canvas: work };
    },
    get glyphMasks() { return glyphs.size; },
  };
}
