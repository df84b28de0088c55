import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CARD, cardBackground, FONT_ASCENT, FONT_DESCENT, layoutTitle, maxTitleLines, TITLE_SIZES, TITLE_WIDTH, wrapText, type Measure } from '../../src/integrations/og/og-card.ts';
import { createCardRenderer } from '../../src/integrations/og/og-render.ts';
import { hexRgb, pathData, pixelAt } from '../../src/integrations/og/og-raster.ts';
import { loadCardFonts, measureWith, shape } from '../../src/integrations/og/og-font.ts';
import { palette } from '../../tailwind.config.ts';
import { decodePng, differingBox } from '../support/png.ts';
import { socialCardInput } from '../../src/lib/social-card.ts';
import { cardFileName, cardTempFile, staleCacheFiles } from '../../src/integrations/og/og-cache.ts';
import { SITE_NAME, SITE_TAGLINE } from '../../src/lib/site.ts';

/** Every character half the size wide: easy widths to reason about. */
const halfEm: Measure = (text, size, _weight, spacing = 0) => [...text].length * (size / 2 + spacing);
const fontDir = 'node_modules/@fontsource/figtree/files';
const renderer = createCardRenderer(fontDir, readFileSync('public/favicon.svg', 'utf8'));
const base = { kind: 'Skill', siteName: 'Python Career Guide', host: 'example.org' };

describe('social card input', () => {
  it('names the kind from the URL, and gives the home page the tagline instead of the site name twice', () => {
    expect(socialCardInput('/skills/sql/', 'SQL', 'https://example.org/og/skills/sql.png')).toEqual({ title: 'SQL', kind: 'Skill', siteName: SITE_NAME, host: 'example.org' });
    expect(socialCardInput('/', SITE_NAME, 'https://example.org/og/index.png')).toMatchObject({ title: SITE_TAGLINE, kind: 'Home' });
  });
});

describe('social card cache', () => {
  it('drops cards this build did not use and half-written ones, and keeps what is not a card', () => {
    const used = cardFileName('a'.repeat(40));
    const unused = cardFileName('b'.repeat(40));
    const halfWritten = cardTempFile(cardFileName('c'.repeat(40)), 4242, 3);
    const files = [used, unused, halfWritten, 'README.txt', 'notes.png', `${'d'.repeat(40)}.png.tmp`];
    expect(staleCacheFiles(files, new Set([used]))).toEqual([unused, halfWritten]);
  });
});

describe('social card title layout', () => {
  it('breaks lines at spaces, and a word wider than a line by characters', () => {
    const fits = (s: string) => s.length <= 10;
    expect(wrapText('one two three four', fits)).toEqual(['one two', 'three four']);
    expect(wrapText('abcdefghijklmnopqrstuvwxyz end', fits)).toEqual(['abcdefghij', 'klmnopqrst', 'uvwxyz end']);
    expect(wrapText('   ', fits)).toEqual([]);
  });
  it('keeps short titles at the largest size and shrinks long ones until they fit the box', () => {
    expect(layoutTitle('SQL', halfEm)).toMatchObject({ size: TITLE_SIZES[0], lines: ['SQL'], truncated: false });
    const long = 'A roadmap step title that goes on and on, long enough that it needs a smaller size to fit the card in four lines';
    const layout = layoutTitle(long, halfEm);
    expect(layout.size).toBeLessThan(TITLE_SIZES[0]);
    expect(layout.truncated).toBe(false);
    expect(layout.lines.join(' ')).toBe(long);
    expect(layout.lines.length).toBeLessThanOrEqual(maxTitleLines(layout.size));
    for (const line of layout.lines) expect(halfEm(line, layout.size, 'bold')).toBeLessThanOrEqual(TITLE_WIDTH);
    // The last line's descenders stay inside the title box.
    expect(layout.baseline + (layout.lines.length - 1) * layout.lineHeight + layout.size * FONT_DESCENT).toBeLessThanOrEqual(CARD.title.bottom);
  });
  it('ends a title too long for any size in "…" and says it did', () => {
    const layout = layoutTitle('word '.repeat(200), halfEm);
    expect(layout).toMatchObject({ size: TITLE_SIZES.at(-1), truncated: true });
    expect(layout.lines).toHaveLength(maxTitleLines(layout.size));
    expect(layout.lines.at(-1)).toMatch(/…$/);
    for (const line of layout.lines) expect(halfEm(line, layout.size, 'bold')).toBeLessThanOrEqual(TITLE_WIDTH);
  });
});

describe('social card rendering', () => {
  const page = hexRgb(palette.page[1]);
  it('draws site name, kind and host the same on every card, and the title only inside its box', () => {
    const empty = decodePng(renderer.render({ ...base, title: '' }).png);
    const card = renderer.render({ ...base, title: 'Python scripting and automation for everyday work' });
    const drawn = differingBox(empty, decodePng(card.png));
    expect(drawn).toBeDefined();
    expect(drawn!.x1).toBeGreaterThanOrEqual(CARD.padX - 2);
    expect(drawn!.x2).toBeLessThanOrEqual(CARD.width - CARD.padX + 2);
    expect(drawn!.y1).toBeGreaterThanOrEqual(CARD.title.top);
    expect(drawn!.y2).toBeLessThanOrEqual(CARD.title.bottom);
    expect(card.layout.lines).toEqual(['Python scripting and automation', 'for everyday work']);
  });
  it('shows the kind in a chip, the site name and host on the page colour, and an accent bar', () => {
    const card = decodePng(renderer.render({ ...base, title: 'FastAPI' }).png);
    const at = (x: number, y: number) => [...card.pixels.subarray((y * card.width + x) * 3, (y * card.width + x) * 3 + 3)];
    expect(card).toMatchObject({ width: 1200, height: 630, colourType: 2 });
    expect(at(600, 4)).toEqual([...hexRgb(palette.accent[1])]);
    expect(at(CARD.padX + 4, CARD.chip.top + 4)).toEqual([...hexRgb(palette['accent-soft'][1])]);
    expect(at(1150, 400)).toEqual([...page]);
    // Text of each row is drawn: some pixels in the site name, chip and host rows are not background.
    const inked = (y1: number, y2: number) => { for (let y = y1; y < y2; y++) for (let x = CARD.padX; x < 700; x++) if (at(x, y).join() !== [...page].join() && at(x, y).join() !== [...hexRgb(palette['accent-soft'][1])].join()) return true; return false; };
    expect(inked(CARD.site.baseline - 30, CARD.site.baseline)).toBe(true);
    expect(inked(CARD.chip.top, CARD.chip.top + CARD.chip.height)).toBe(true);
    expect(inked(CARD.host.baseline - 20, CARD.host.baseline)).toBe(true);
  });
  it('draws the same pixels whatever came before (the reused canvas keeps nothing of the last card)', () => {
    const first = renderer.render({ ...base, title: 'Data engineer' }).png;
    renderer.render({ kind: 'Comparison', siteName: 'Python Career Guide', host: 'example.org', title: 'A long title that fills two whole lines of the card, or nearly' });
    expect(Buffer.compare(renderer.render({ ...base, title: 'Data engineer' }).png, first)).toBe(0);
  });
  it('lays titles out with the card font\'s own ascent and descent', () => {
    const { bold } = loadCardFonts(fontDir);
    expect(bold.ascender / bold.unitsPerEm).toBeCloseTo(FONT_ASCENT, 2);
    expect(-bold.descender / bold.unitsPerEm).toBeCloseTo(FONT_DESCENT, 2);
  });
  it('writes glyph outlines as finite path data (opentype.js prints NaN for some)', () => {
    const fonts = loadCardFonts(fontDir);
    const d = pathData(fonts.bold.charToGlyph('O').getPath(0, 0, 26));
    expect(d).toMatch(/^M[\d.-]+ [\d.-]+[LQ]/);
    expect(d).not.toContain('NaN');
    // On a card, each "O" of the chip's label has its counter: the middle of the letter is the chip
    // colour, not filled with ink (as it was when the outline's path data broke off at a NaN).
    const label = cardBackground({ ...base, kind: 'Comparison' }, measureWith(fonts)).runs[1]!;
    const os = shape(fonts.bold, label.text, label.size, label.letterSpacing).glyphs.filter((g) => g.glyph.name === 'O');
    expect(os).toHaveLength(2);
    const card = renderer.render({ ...base, kind: 'Comparison', title: 'O' });
    for (const o of os) {
      const centre = pixelAt(card.canvas, Math.round(label.x + o.x + (o.glyph.advanceWidth * label.size) / 2000), Math.round(label.baseline - label.size * 0.35));
      expect(centre).toEqual(hexRgb(palette['accent-soft'][1]));
    }
  });
});
