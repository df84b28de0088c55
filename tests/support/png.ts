/** Reading a PNG back in tests: checks the signature and every chunk's CRC, returns its pixels. */
import { crc32, inflateSync } from 'node:zlib';

export interface DecodedPng {
  width: number;
  height: number;
  bitDepth: number;
  colourType: number;
  /** Bytes a pixel: 3 for RGB, 4 for RGBA. */
  channels: number;
  /** Packed pixels, row by row, without filter bytes. */
  pixels: Buffer;
  chunkTypes: string[];
}

/** Decodes the PNGs our encoder writes (8-bit RGB or RGBA, no row filters); throws on anything else. */
export function decodePng(png: Buffer): DecodedPng {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (signature.some((b, i) => png[i] !== b)) throw new Error('not a PNG: bad signature');
  const chunks: Array<{ type: string; data: Buffer }> = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + length);
    if (png.readUInt32BE(at + 8 + length) !== crc32(png.subarray(at + 4, at + 8 + length)) >>> 0) throw new Error(`bad CRC in ${type}`);
    chunks.push({ type, data });
    at += 12 + length;
  }
  const ihdr = chunks[0]!.data;
  const width = ihdr.readUInt32BE(0);
  const height = ihdr.readUInt32BE(4);
  const colourType = ihdr[9]!;
  const channels = colourType === 6 ? 4 : colourType === 2 ? 3 : 0;
  if (!channels) throw new Error(`colour type ${colourType} is not RGB or RGBA`);
  const raw = inflateSync(Buffer.concat(chunks.filter((c) => c.type === 'IDAT').map((c) => c.data)));
  const stride = width * channels;
  const pixels = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    if (raw[y * (stride + 1)] !== 0) throw new Error(`row ${y} uses a filter`);
    raw.copy(pixels, y * stride, y * (stride + 1) + 1, (y + 1) * (stride + 1));
  }
  return { width, height, bitDepth: ihdr[8]!, colourType, channels, pixels, chunkTypes: chunks.map((c) => c.type) };
}

/**
 * The box of pixels in which two decoded images of the same size differ, or undefined when
 * they are the same: where something was drawn on one and not the other.
 */
export function differingBox(a: DecodedPng, b: DecodedPng): { x1: number; y1: number; x2: number; y2: number } | undefined {
  if (a.width !== b.width || a.height !== b.height || a.channels !== b.channels) throw new Error('images differ in size or format');
  let box: { x1: number; y1: number; x2: number; y2: number } | undefined;
  for (let y = 0; y < a.height; y++) {
    for (let x = 0; x < a.width; x++) {
      const at = (y * a.width + x) * a.channels;
      let same = true;
      for (let c = 0; c < a.channels; c++) if (a.pixels[at + c] !== b.pixels[at + c]) same = false;
      if (same) continue;
      box = box ? { x1: Math.min(box.x1, x), y1: Math.min(box.y1, y), x2: Math.max(box.x2, x + 1), y2: Math.max(box.y2, y + 1) } : { x1: x, y1: y, x2: x + 1, y2: y + 1 };
    }
  }
  return box;
}
