import { describe, expect, it } from 'vitest';
import { pngFromScanlines } from '../../src/integrations/og/png.ts';
import { decodePng } from '../support/png.ts';

/** Packed pixels as scanlines: each row behind a 0 (no filter) byte. */
function scanlines(pixels: Uint8Array, width: number, channels: number): Uint8Array {
  const stride = width * channels;
  const rows = pixels.length / stride;
  const out = new Uint8Array((stride + 1) * rows);
  for (let y = 0; y < rows; y++) out.set(pixels.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  return out;
}

describe('pngFromScanlines', () => {
  it('writes RGBA pixels that decode back to the same bytes', () => {
    const width = 3;
    const height = 2;
    const rgba = Uint8Array.from({ length: width * height * 4 }, (_, i) => (i * 37) % 256);
    const out = decodePng(pngFromScanlines(scanlines(rgba, width, 4), width, height, 4));
    expect(out).toMatchObject({ width, height, bitDepth: 8, colourType: 6, chunkTypes: ['IHDR', 'IDAT', 'IEND'] });
    expect([...out.pixels]).toEqual([...rgba]);
  });
  it('writes RGB pixels, and scanlines as they are', () => {
    const rgb = Uint8Array.from({ length: 4 * 3 * 3 }, (_, i) => (i * 53) % 256);
    const out = decodePng(pngFromScanlines(scanlines(rgb, 4, 3), 4, 3, 3));
    expect(out).toMatchObject({ width: 4, height: 3, colourType: 2, channels: 3 });
    expect([...out.pixels]).toEqual([...rgb]);
    const raw = Uint8Array.of(0, 1, 2, 3, 4, 5, 6, 0, 7, 8, 9, 10, 11, 12);
    expect([...decodePng(pngFromScanlines(raw, 2, 2, 3)).pixels]).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });
  it('rejects scanlines of the wrong size or a size that is not positive, saying what it expected', () => {
    expect(() => pngFromScanlines(new Uint8Array(10), 2, 2, 4)).toThrow('expected 18 bytes of scanlines for 2×2, found 10');
    expect(() => pngFromScanlines(new Uint8Array(10), 2, 2, 3)).toThrow('expected 14 bytes of scanlines for 2×2, found 10');
    expect(() => pngFromScanlines(new Uint8Array(0), 0, 2, 3)).toThrow('PNG size must be positive integers');
  });
});
