import { describe, expect, it } from 'vitest';
import { crc32, inflateSync } from 'node:zlib';
import { encodePng } from '../../src/integrations/og/png.ts';

/** Reads a PNG back: checks the signature and every chunk's CRC, returns header and pixels. */
function decode(png: Buffer) {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const chunks: Array<{ type: string; data: Buffer }> = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + length);
    expect(png.readUInt32BE(at + 8 + length), `CRC of ${type}`).toBe(crc32(png.subarray(at + 4, at + 8 + length)) >>> 0);
    chunks.push({ type, data });
    at += 12 + length;
  }
  expect(chunks.map((c) => c.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
  const ihdr = chunks[0]!.data;
  const width = ihdr.readUInt32BE(0);
  const height = ihdr.readUInt32BE(4);
  const raw = inflateSync(chunks[1]!.data);
  const pixels = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y++) {
    expect(raw[y * (width * 4 + 1)], 'row filter').toBe(0);
    raw.copy(pixels, y * width * 4, y * (width * 4 + 1) + 1, (y + 1) * (width * 4 + 1));
  }
  return { width, height, bitDepth: ihdr[8], colourType: ihdr[9], pixels };
}

describe('encodePng', () => {
  it('writes RGBA pixels that decode back to the same bytes', () => {
    const width = 3;
    const height = 2;
    const rgba = Uint8Array.from({ length: width * height * 4 }, (_, i) => (i * 37) % 256);
    const out = decode(encodePng(rgba, width, height));
    expect(out).toMatchObject({ width, height, bitDepth: 8, colourType: 6 });
    expect([...out.pixels]).toEqual([...rgba]);
  });
  it('rejects a pixel buffer of the wrong size, saying what it expected', () => {
    expect(() => encodePng(new Uint8Array(10), 2, 2)).toThrow('expected 16 bytes of RGBA pixels for 2×2, found 10');
    expect(() => encodePng(new Uint8Array(0), 0, 2)).toThrow('PNG size must be positive integers');
  });
});
