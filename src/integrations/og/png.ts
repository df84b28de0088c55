/**
 * A minimal PNG encoder for 8-bit RGB or RGBA pixels laid out as scanlines. resvg's own asPng() tries every row
 * filter at a high compression level: 11 ms a social card. Cards are flat colour and text, so
 * no filter and a fast zlib level give a slightly larger file in a fraction of the time.
 */
import { crc32, deflateSync } from 'node:zlib';

const SIGNATURE = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
const COLOUR_TYPE = { 3: 2, 4: 6 } as const;

function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  out.set(data, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)) >>> 0, 8 + data.length);
  return out;
}

/**
 * A PNG from pixels already laid out as scanlines: each row is a filter byte (0: none) and then
 * its pixels, `channels` bytes each (3: RGB, 4: RGBA).
 */
export function pngFromScanlines(raw: Uint8Array, width: number, height: number, channels: 3 | 4, level = 2): Buffer {
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1) throw new Error(`PNG size must be positive integers, found ${width}×${height}`);
  const expected = (width * channels + 1) * height;
  if (raw.length !== expected) throw new Error(`expected ${expected} bytes of scanlines for ${width}×${height}, found ${raw.length}`);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per channel
  header[9] = COLOUR_TYPE[channels];
  // Bytes 10-12 stay 0: deflate compression, adaptive filtering, no interlace.
  return Buffer.concat([SIGNATURE, chunk('IHDR', header), chunk('IDAT', deflateSync(raw, { level })), chunk('IEND', new Uint8Array(0))]);
}
