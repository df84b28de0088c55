/**
 * The card font (Figtree, the site's own typeface, from the project's dependencies: no network)
 * parsed with opentype.js, and text shaping for the cards: glyphs with their kerned positions.
 */
import { readFileSync } from 'node:fs';
import opentype, { type Font, type Glyph } from 'opentype.js';
import type { Measure, Weight } from './og-card.ts';

export type CardFonts = Record<Weight, Font>;

/** Figtree 400 and 700 from @fontsource/figtree's files directory. */
export function loadCardFonts(fontDir: string): CardFonts {
  const load = (file: string) => {
    const data = readFileSync(`${fontDir}/${file}`);
    return opentype.parse(data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer);
  };
  return { regular: load('figtree-latin-400-normal.woff'), bold: load('figtree-latin-700-normal.woff') };
}

export interface PlacedGlyph {
  glyph: Glyph;
  /** Pen position in px from the start of the run. */
  x: number;
}

export interface ShapedRun {
  glyphs: PlacedGlyph[];
  /** Advance of the whole run in px (letter spacing after every glyph, as CSS does). */
  width: number;
}

/** Glyphs of `text` with pair kerning from the font's GPOS or kern table, in px at `size`. */
export function shape(font: Font, text: string, size: number, letterSpacing = 0): ShapedRun {
  const scale = size / font.unitsPerEm;
  const glyphs = font.stringToGlyphs(text);
  const placed: PlacedGlyph[] = [];
  let x = 0;
  glyphs.forEach((glyph, i) => {
    placed.push({ glyph, x });
    const next = glyphs[i + 1];
    x += (glyph.advanceWidth + (next ? font.getKerningValue(glyph, next) : 0)) * scale + letterSpacing;
  });
  return { glyphs: placed, width: x };
}

/** The Measure the layout needs, from the loaded fonts (cached: the layout asks for lines again and again). */
export function measureWith(fonts: CardFonts): Measure {
  const cache = new Map<string, number>();
  return (text, size, weight, letterSpacing = 0) => {
    const key = `${weight}|${size}|${letterSpacing}|${text}`;
    let width = cache.get(key);
    if (width === undefined) {
      width = shape(fonts[weight], text, size, letterSpacing).width;
      if (cache.size > 5000) cache.clear();
      cache.set(key, width);
    }
    return width;
  };
}
