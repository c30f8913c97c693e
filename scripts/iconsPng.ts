/**
 * A tiny rasteriser and PNG encoder for the add-in's icons: shapes are painted into an RGBA
 * buffer with 4×4 supersampling (smooth edges at 16 px), then written as a truecolour-with-alpha
 * PNG through Node's zlib. No image library is needed.
 */
import { deflateSync } from 'node:zlib';

/** An sRGB colour with straight (not premultiplied) alpha, each channel 0–255. */
export type Rgba = readonly [number, number, number, number];

/** A shape in unit coordinates (0–1 across the icon): the colour at a point, or null outside it. */
export type Shape = (x: number, y: number) => Rgba | null;

const SAMPLES = 4;

/**
 * Paints shapes (later ones on top) into a square RGBA buffer of `size` × `size` pixels.
 * @param size edge length in pixels
 * @param shapes painted in order; each is sampled SAMPLES² times per pixel
 */
export function rasterise(size: number, shapes: readonly Shape[]): Buffer {
  const out = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0,
        g = 0,
        b = 0,
        a = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const x = (px + (sx + 0.5) / SAMPLES) / size;
          const y = (py + (sy + 0.5) / SAMPLES) / size;
          let colour: Rgba | null = null;
          for (const shape of shapes) colour = shape(x, y) ?? colour;
          if (colour) {
            const alpha = colour[3] / 255;
            r += colour[0] * alpha;
            g += colour[1] * alpha;
            b += colour[2] * alpha;
            a += alpha;
          }
        }
      }
      const i = (py * size + px) * 4;
      if (a > 0) {
        out[i] = Math.round(r / a);
        out[i + 1] = Math.round(g / a);
        out[i + 2] = Math.round(b / a);
      }
      out[i + 3] = Math.round((a / (SAMPLES * SAMPLES)) * 255);
    }
  }
  return out;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/**
 * Encodes a square RGBA buffer as PNG (8-bit RGBA, no filtering, zlib-compressed).
 * @throws RangeError when the buffer is not size × size × 4 bytes
 */
export function encodePng(size: number, rgba: Buffer): Buffer {
  if (rgba.length !== size * size * 4) throw new RangeError(`Expected ${size * size * 4} bytes, got ${rgba.length}.`);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    rows[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
