/**
 * The social card (Open Graph image) of a page, as a fixed template: a background per page kind
 * (accent bar, logo mark and site name, the kind's label, the host) and the page title laid out
 * in the space between. Pure: text is measured with the function it is given; drawing happens
 * in og-raster.ts.
 *
 * The template has no general layout engine because it needs none: every box has a fixed place
 * except the title, whose size is the largest of TITLE_SIZES at which it fits the title box.
 */
import type { CardInput } from '../../lib/social-card.ts';

export type { CardInput };

export const CARD = {
  width: 1200,
  height: 630,
  /** Left and right margin of everything on the card. */
  padX: 72,
  /** The accent bar along the top. */
  bar: 16,
  logo: { x: 72, y: 70, size: 60 },
  site: { size: 38, baseline: 114 },
  chip: { top: 200, height: 50, padX: 18, size: 26, letterSpacing: 2, radius: 10 },
  /** The title box: lines start at `top`; no glyph may reach below `bottom`. */
  title: { top: 282, bottom: 530, lineHeight: 1.15 },
  host: { size: 28, baseline: 568 },
} as const;

/** Title sizes in px, largest first. The smallest is where long titles end up. */
export const TITLE_SIZES = [80, 68, 58, 50, 44] as const;

export const TITLE_WIDTH = CARD.width - 2 * CARD.padX;

export type Weight = 'bold' | 'regular';

/** Width in px of `text` set in the card font at `size`, kerning included. */
export type Measure = (text: string, size: number, weight: Weight, letterSpacing?: number) => number;


export interface TitleLayout {
  size: number;
  /** Distance between baselines, whole px. */
  lineHeight: number;
  lines: string[];
  /** The first line's baseline. */
  baseline: number;
  /** True when even the smallest size could not hold the whole title and it ends in "…". */
  truncated: boolean;
}

/** One run of text to draw: its font, size, colour role and where its baseline starts. */
export interface TextRun {
  text: string;
  weight: Weight;
  size: number;
  x: number;
  baseline: number;
  letterSpacing: number;
  colour: 'ink' | 'muted' | 'accent';
}

/** Splits one word that is wider than the line into pieces that fit, by characters. */
function breakWord(word: string, fits: (text: string) => boolean): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const char of word) {
    if (piece && !fits(piece + char)) {
      pieces.push(piece);
      piece = char;
    } else piece += char;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

/** Greedy line breaking at spaces, words wider than a line broken by characters. */
export function wrapText(text: string, fits: (text: string) => boolean): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (fits(candidate)) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    if (fits(word)) line = word;
    else {
      const pieces = breakWord(word, fits);
      lines.push(...pieces.slice(0, -1));
      line = pieces.at(-1) ?? '';
    }
  }
  if (line) lines.push(line);
  return lines;
}

const lineHeightOf = (size: number) => Math.round(size * CARD.title.lineHeight);
/** Ascent and descent of the card font as a share of the size (Figtree: 0.95 and 0.25). */
export const FONT_ASCENT = 0.95;
export const FONT_DESCENT = 0.25;

/** How many lines of `size` fit in the title box, descenders included. */
export function maxTitleLines(size: number): number {
  const room = CARD.title.bottom - CARD.title.top - Math.ceil(size * (FONT_ASCENT + FONT_DESCENT));
  return 1 + Math.max(0, Math.floor(room / lineHeightOf(size)));
}

/**
 * The title at the largest size whose wrapped lines fit the title box. A title too long even at
 * the smallest size keeps as many lines as fit and ends in "…" (and says so: `truncated`).
 */
export function layoutTitle(title: string, measure: Measure): TitleLayout {
  const text = title.trim().replace(/\s+/g, ' ');
  const place = (size: number, lines: string[], truncated: boolean): TitleLayout => ({
    size, lineHeight: lineHeightOf(size), lines, truncated, baseline: CARD.title.top + Math.round(size * FONT_ASCENT),
  });
  for (const size of TITLE_SIZES) {
    const fits = (line: string) => measure(line, size, 'bold') <= TITLE_WIDTH;
    const lines = wrapText(text, fits);
    if (lines.length <= maxTitleLines(size)) return place(size, lines, false);
  }
  const size = TITLE_SIZES.at(-1)!;
  const fits = (line: string) => measure(line, size, 'bold') <= TITLE_WIDTH;
  const lines = wrapText(text, fits).slice(0, maxTitleLines(size));
  let last = lines.pop()!;
  while (last.includes(' ') && !fits(`${last}…`)) last = last.slice(0, last.lastIndexOf(' '));
  while (last.length > 1 && !fits(`${last}…`)) last = last.slice(0, -1);
  return place(size, [...lines, `${last}…`], true);
}

/** The title's runs, one per line. */
export function titleRuns(layout: TitleLayout): TextRun[] {
  return layout.lines.map((text, i) => ({
    text, weight: 'bold', size: layout.size, x: CARD.padX, baseline: layout.baseline + i * layout.lineHeight, letterSpacing: 0, colour: 'ink',
  }));
}

/** What every card of one kind shares: the site name, the kind's label in a chip, the host. */
export interface CardBackground {
  runs: TextRun[];
  chip: { x: number; y: number; width: number; height: number; radius: number };
}

export function cardBackground({ kind, siteName, host }: Omit<CardInput, 'title'>, measure: Measure): CardBackground {
  const { chip, site, logo } = CARD;
  const label = kind.toUpperCase();
  const labelWidth = measure(label, chip.size, 'bold', chip.letterSpacing) - chip.letterSpacing;
  // Cap height of the label (about 0.7 of the size) centred in the chip.
  const labelBaseline = chip.top + Math.round((chip.height + chip.size * 0.7) / 2);
  return {
    runs: [
      { text: siteName, weight: 'bold', size: site.size, x: logo.x + logo.size + 20, baseline: site.baseline, letterSpacing: 0, colour: 'ink' },
      { text: label, weight: 'bold', size: chip.size, x: CARD.padX + chip.padX, baseline: labelBaseline, letterSpacing: chip.letterSpacing, colour: 'ink' },
      { text: host, weight: 'regular', size: CARD.host.size, x: CARD.padX, baseline: CARD.host.baseline, letterSpacing: 0, colour: 'muted' },
    ],
    chip: { x: CARD.padX, y: chip.top, width: Math.ceil(labelWidth) + 2 * chip.padX, height: chip.height, radius: chip.radius },
  };
}
