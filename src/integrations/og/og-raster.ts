/**
 * Drawing social cards into RGB pixels laid out as PNG scanlines (a filter byte, then the row),
 * so encoding is one deflate with no copying.
 *
 * - The background of each page kind (shapes only: page colour, accent bar, logo, chip) is drawn
 *   once by resvg; each card starts as a copy of it.
 * - Text is drawn glyph by glyph from a cache of anti-aliased glyph masks, each rendered once by
 *   resvg per glyph, size and quarter-pixel offset. A card's title then costs a few thousand
 *   pixel blends instead of a layout engine and a full-card rasterization.
 */
import { Resvg } from '@resvg/resvg-js';
import type { Glyph, Path } from 'opentype.js';
import { shape, type CardFonts } from './og-font.ts';
import type { TextRun } from './og-card.ts';

export type Rgb = readonly [number, number, number];

export function hexRgb(hex: string): Rgb {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`expected a colour as #rrggbb, found ${hex}`);
  return [parseInt(m[1]!, 16), parseInt(m[2]!, 16), parseInt(m[3]!, 16)];
}

/** RGB pixels as PNG scanlines: row y starts at y * stride with its filter byte (0: none). */
export interface Canvas {
  width: number;
  height: number;
  stride: number;
  data: Uint8Array;
}

export function canvasFromRgba(rgba: Uint8Array, width: number, height: number): Canvas {
  const stride = width * 3 + 1;
  const data = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0, from = y * width * 4, to = y * stride + 1; x < width; x++, from += 4, to += 3) {
      data[to] = rgba[from]!;
      data[to + 1] = rgba[from + 1]!;
      data[to + 2] = rgba[from + 2]!;
    }
  }
  return { width, height, stride, data };
}

/** The colour of pixel (x, y), for tests and checks. */
export function pixelAt(canvas: Canvas, x: number, y: number): Rgb {
  const at = y * canvas.stride + 1 + x * 3;
  return [canvas.data[at]!, canvas.data[at + 1]!, canvas.data[at + 2]!];
}

/** Renders an SVG document to a canvas with resvg (fonts are never needed: text is drawn as glyphs). */
export function rasterizeSvg(svg: string): Canvas {
  const image = new Resvg(svg, { font: { loadSystemFonts: false } }).render();
  return canvasFromRgba(image.pixels, image.width, image.height);
}

interface Mask {
  /** Offset of the mask's top-left pixel from the whole-pixel pen position on the baseline. */
  left: number;
  top: number;
  width: number;
  height: number;
  /** Coverage 0-255, row by row. */
  alpha: Uint8Array;
}

const PHASES = 4;
const EMPTY: Mask = { left: 0, top: 0, width: 0, height: 0, alpha: new Uint8Array(0) };

/**
 * SVG path data of a glyph outline. Written here rather than with opentype.js's toPathData,
 * which prints NaN for some coordinates (Figtree's bold "O" at 26 px, for one).
 */
export function pathData(path: Path): string {
  const n = (v: number | undefined) => {
    if (v === undefined || !Number.isFinite(v)) throw new Error(`glyph outline has a coordinate that is not a number: ${v}`);
    return Number(v.toFixed(3));
  };
  return path.commands.map((c) => {
    switch (c.type) {
      case 'M': case 'L': return `${c.type}${n(c.x)} ${n(c.y)}`;
      case 'Q': return `Q${n(c.x1)} ${n(c.y1)} ${n(c.x)} ${n(c.y)}`;
      case 'C': return `C${n(c.x1)} ${n(c.y1)} ${n(c.x2)} ${n(c.y2)} ${n(c.x)} ${n(c.y)}`;
      default: return 'Z';
    }
  }).join('');
}

/** Anti-aliased coverage of one glyph at one size, its pen a quarter-pixel step right of a whole pixel. */
function renderMask(glyph: Glyph, size: number, phase: number): Mask {
  const path = glyph.getPath(phase / PHASES, 0, size);
  const d = pathData(path);
  if (!d) return EMPTY;
  const box = path.getBoundingBox();
  const left = Math.floor(box.x1) - 1;
  const top = Math.floor(box.y1) - 1;
  const width = Math.ceil(box.x2) + 1 - left;
  const height = Math.ceil(box.y2) + 1 - top;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="${left} ${top} ${width} ${height}"><path d="${d}" fill="#fff"/></svg>`;
  const image = new Resvg(svg, { font: { loadSystemFonts: false } }).render();
  const rgba = image.pixels;
  const alpha = new Uint8Array(width * height);
  for (let i = 0; i < alpha.length; i++) alpha[i] = rgba[i * 4 + 3]!;
  return { left, top, width, height, alpha };
}

/** Glyph masks by font, glyph, size and phase, rendered on first use. */
export class GlyphCache {
  readonly #masks = new Map<string, Mask>();
  get size(): number { return this.#masks.size; }
  get(weight: string, glyph: Glyph, size: number, phase: number): Mask {
    const key = `${weight}|${glyph.index}|${size}|${phase}`;
    let mask = this.#masks.get(key);
    if (!mask) {
      mask = renderMask(glyph, size, phase);
      this.#masks.set(key, mask);
    }
    return mask;
  }
}

/** Blends `colour` into the canvas through a mask whose top-left pixel lands at (x0, y0). */
function blendMask(canvas: Canvas, mask: Mask, x0: number, y0: number, [r, g, b]: Rgb): void {
  const { data, stride } = canvas;
  for (let my = 0; my < mask.height; my++) {
    const y = y0 + my;
    if (y < 0 || y >= canvas.height) continue;
    for (let mx = 0; mx < mask.width; mx++) {
      const a = mask.alpha[my * mask.width + mx]!;
      const x = x0 + mx;
      if (a === 0 || x < 0 || x >= canvas.width) continue;
      const at = y * stride + 1 + x * 3;
      if (a === 255) {
        data[at] = r; data[at + 1] = g; data[at + 2] = b;
      } else {
        data[at] = data[at]! + Math.round(((r - data[at]!) * a) / 255);
        data[at + 1] = data[at + 1]! + Math.round(((g - data[at + 1]!) * a) / 255);
        data[at + 2] = data[at + 2]! + Math.round(((b - data[at + 2]!) * a) / 255);
      }
    }
  }
}

/** Draws a run of text; returns the box its glyph masks covered (for checks). */
export function drawRun(canvas: Canvas, run: TextRun, fonts: CardFonts, glyphs: GlyphCache, colour: Rgb): { x1: number; y1: number; x2: number; y2: number } {
  const box = { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity };
  for (const { glyph, x } of shape(fonts[run.weight], run.text, run.size, run.letterSpacing).glyphs) {
    const pen = run.x + x;
    let whole = Math.floor(pen);
    let phase = Math.round((pen - whole) * PHASES);
    if (phase === PHASES) { whole += 1; phase = 0; }
    const mask = glyphs.get(run.weight, glyph, run.size, phase);
    if (mask.width === 0) continue;
    const x0 = whole + mask.left;
    const y0 = run.baseline + mask.top;
    blendMask(canvas, mask, x0, y0, colour);
    box.x1 = Math.min(box.x1, x0); box.y1 = Math.min(box.y1, y0);
    box.x2 = Math.max(box.x2, x0 + mask.width); box.y2 = Math.max(box.y2, y0 + mask.height);
  }
  return box;
}

export function copyCanvas(from: Canvas, into?: Canvas): Canvas {
  if (into && into.data.length === from.data.length) {
    into.data.set(from.data);
    return into;
  }
  return { ...from, data: from.data.slice() };
}
