import { describe, expect, it } from 'vitest';
import { encodePng, pngFromScanlines } from '../../src/integrations/og/png.ts';
import { decodePng } from '../support/png.ts';

describe('encodePng', () => {
  it('writes RGBA pixels that decode back to the same bytes', () => {
    const width = 3;
    const height = 2;
    const rgba = Uint8Array.from({ length: width * height * 4 }, (_, i) => (i * 37) % 256);
    const out = decodePng(encodePng(rgba, width, height));
    expect(out).toMatchObject({ width, height, bitDepth: 8, colourType: 6, chunkTypes: ['IHDR', 'IDAT', 'IEND'] });
    expect([...out.pixels]).toEqual([...rgba]);
  });
  it('writes RGB pixels, and scanlines as they are', () => {
    const rgb = Uint8Array.from({ length: 4 * 3 * 3 }, (_, i) => (i * 53) % 256);
    const out = decodePng(encodePng(rgb, 4, 3, 3));
    expect(out).toMatchObject({ width: 4, height: 3, colourType: 2, channels: 3 });
    expect([...out.pixels]).toEqual([...rgb]);
    const scanlines = Uint8Array.of(0, 1, 2, 3, 4, 5, 6, 0, 7, 8, 9, 10, 11, 12);
    expect([...decodePng(pngFromScanlines(scanlines, 2, 2, 3)).pixels]).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });
  it('rejects a pixel buffer of the wrong size, saying what it expected', () => {
    expect(() => encodePng(new Uint8Array(10), 2, 2)).toThrow('expected 16 bytes of RGBA pixels for 2×2, found 10');
    expect(() => encodePng(new Uint8Array(10), 2, 2, 3)).toThrow('expected 12 bytes of RGB pixels for 2×2, found 10');
    expect(() => pngFromScanlines(new Uint8Array(10), 2, 2, 3)).toThrow('expected 14 bytes of scanlines for 2×2, found 10');
    expect(() => encodePng(new Uint8Array(0), 0, 2)).toThrow('PNG size must be positive integers');
  });
});
