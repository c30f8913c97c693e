/**
 * The zip handling of the file host, in one place: the parts of an .xlsx file (a zip) as they are
 * stored ({@link readZip}), and a zip put back together from entries ({@link assembleZip}): parts
 * left alone are copied byte for byte, still compressed ({@link keptEntry}), and parts given new
 * contents are stored ({@link storedEntry}) or deflated by Node's zlib in its thread pool, side by
 * side ({@link packedEntry}, {@link deflateStoredZip}). Single-disk zips without zip64 only;
 * anything else reads as null, for the caller to take another way.
 */
import * as zlib from 'zlib';
import { promisify } from 'util';

const deflate = promisify(zlib.deflateRaw);
const inflate = promisify(zlib.inflateRaw);

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;
export const STORED = 0;
export const DEFLATED = 8;
/** General-purpose flag bit 3: sizes and CRC follow the data in a descriptor. */
const HAS_DESCRIPTOR = 0x0008;
/** General-purpose flag bit 11: the name is UTF-8. */
const UTF8_NAME = 0x0800;

/** One part as the central directory describes it, with its stored (perhaps compressed) bytes. */
export interface ZipPart {
  readonly name: string;
  /** The central directory header as read (name, extra field and comment included). */
  readonly central: Buffer;
  /** The local header's name and extra field. */
  readonly localTail: Buffer;
  readonly localNameLength: number;
  readonly method: number;
  readonly data: Buffer;
}

/** A part as it goes into an assembled zip: its headers, and its data as stored with `method`. */
export interface ZipEntry {
  readonly part: ZipPart;
  readonly method: number;
  readonly data: Buffer;
}

/** The end-of-central-directory record: the last signature within the final 64 KiB and a bit. */
function findEnd(zip: Buffer): number {
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (zip.readUInt32LE(i) === END) return i;
  }
  return -1;
}

/** The parts of a single-disk zip without zip64 records, in directory order, or null when it is anything else. */
export function readZip(zip: Buffer): ZipPart[] | null {
  const end = findEnd(zip);
  if (end < 0) return null;
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  if (zip.readUInt16LE(end + 4) !== 0 || count === 0xffff || at === 0xffffffff) return null;
  const parts: ZipPart[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== CENTRAL) return null;
    const size = zip.readUInt32LE(at + 20);
    const offset = zip.readUInt32LE(at + 42);
    const nameLength = zip.readUInt16LE(at + 28);
    const length = 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    if (size === 0xffffffff || offset === 0xffffffff || offset + 30 > zip.length || zip.readUInt32LE(offset) !== LOCAL)
      return null;
    const tail = 30 + zip.readUInt16LE(offset + 26) + zip.readUInt16LE(offset + 28);
    if (offset + tail + size > zip.length) return null;
    const flags = zip.readUInt16LE(at + 8);
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString(flags & UTF8_NAME ? 'utf8' : 'latin1');
    parts.push({
      name,
      central: zip.subarray(at, at + length),
      localTail: zip.subarray(offset + 30, offset + tail),
      localNameLength: zip.readUInt16LE(offset + 26),
      method: zip.readUInt16LE(at + 10),
      data: zip.subarray(offset + tail, offset + tail + size),
    });
    at += length;
  }
  return parts;
}

/** A part's contents, uncompressed; null for a compression method other than stored or deflated. */
export async function partBytes(part: ZipPart): Promise<Buffer | null> {
  if (part.method === STORED) return part.data;
  if (part.method !== DEFLATED) return null;
  // One output chunk of the size the directory gives: a large sheet then costs this thread one callback, not one per 16 KiB.
  const size = part.central.readUInt32LE(24);
  return inflate(part.data, { chunkSize: Math.min(Math.max(16 * 1024, size + 64), 256 * 1024 * 1024) });
}

/** The central header of a part with its new method, compressed size and local header offset. */
export function centralHeader(part: ZipPart, method: number, data: Buffer, offset: number): Buffer {
  const h = Buffer.from(part.central);
  if (method === DEFLATED) h.writeUInt16LE(Math.max(20, h.readUInt16LE(6)), 6);
  h.writeUInt16LE(h.readUInt16LE(8) & ~HAS_DESCRIPTOR, 8);
  h.writeUInt16LE(method, 10);
  h.writeUInt32LE(data.length, 20);
  h.writeUInt32LE(offset, 42);
  return h;
}

/** The local header matching a central header: the same fields, with the local name and extra field. */
export function localHeader(central: Buffer, part: ZipPart): Buffer {
  const h = Buffer.alloc(30);
  h.writeUInt32LE(LOCAL, 0);
  central.copy(h, 4, 6, 28); // version needed, flags, method, time, date, CRC, sizes
  h.writeUInt16LE(part.localNameLength, 26);
  h.writeUInt16LE(part.localTail.length - part.localNameLength, 28);
  return Buffer.concat([h, part.localTail]);
}

/** Parts laid end to end with their central directory: `end` is the original end record, counts and offsets rewritten. */
export function assembleZip(parts: readonly ZipEntry[], end?: Buffer): Buffer {
  const chunks: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const { part, method, data } of parts) {
    const central = centralHeader(part, method, data, offset);
    const local = localHeader(central, part);
    chunks.push(local, data);
    centrals.push(central);
    offset += local.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const record = end ? Buffer.from(end) : Buffer.alloc(22);
  record.writeUInt32LE(END, 0);
  record.writeUInt16LE(parts.length, 8);
  record.writeUInt16LE(parts.length, 10);
  record.writeUInt32LE(directory.length, 12);
  record.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, directory, record]);
}

/** The end-of-central-directory record of a zip `readZip` accepted (its comment included). */
export function endRecord(zip: Buffer): Buffer {
  return zip.subarray(findEnd(zip));
}

/** Deflates `bytes` at `level` in Node's thread pool; stored instead when that is no smaller. */
export async function packBytes(bytes: Buffer, level = 6): Promise<{ method: number; data: Buffer }> {
  if (bytes.length === 0) return { method: STORED, data: bytes };
  // One output chunk for the whole part: zlib then needs this thread only once, at the end.
  const deflated = await deflate(bytes, { level, chunkSize: Math.max(16 * 1024, bytes.length + 1024) });
  return deflated.length < bytes.length ? { method: DEFLATED, data: deflated } : { method: STORED, data: bytes };
}

const CRC_TABLE = (() => {
  const t = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  return t;
})();

/** The zip CRC-32 of `bytes`: Node's own where it has one (Node 20.15 and later). */
export function crc32(bytes: Buffer): number {
  const native = (zlib as { crc32?: (data: Buffer) => number }).crc32;
  if (native) return native(bytes) >>> 0;
  let c = -1;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}

/** The DOS date and time fields of a zip header for `when`. */
function dosTime(when: Date): { time: number; date: number } {
  return {
    time: (when.getHours() << 11) | (when.getMinutes() << 5) | Math.floor(when.getSeconds() / 2),
    date: ((Math.max(1980, when.getFullYear()) - 1980) << 9) | ((when.getMonth() + 1) << 5) | when.getDate(),
  };
}

/**
 * A part with new contents, to be stored with `method` and `data`: the headers of `template`
 * (the part it replaces) are kept, or, for a new part, plain headers dated `when`. The CRC and
 * uncompressed size are those of `contents`.
 */
export function newPart(name: string, contents: Buffer, template: ZipPart | null, when: Date): ZipPart {
  const nameBytes = Buffer.from(name, 'utf8');
  let central: Buffer;
  if (template) {
    central = Buffer.from(template.central);
  } else {
    central = Buffer.alloc(46 + nameBytes.length);
    central.writeUInt32LE(CENTRAL, 0);
    central.writeUInt16LE(20, 4); // made by: version 2.0, MS-DOS attributes
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(UTF8_NAME, 8);
    const { time, date } = dosTime(when);
    central.writeUInt16LE(time, 12);
    central.writeUInt16LE(date, 14);
    central.writeUInt16LE(nameBytes.length, 28);
    nameBytes.copy(central, 46);
  }
  central.writeUInt32LE(crc32(contents), 16);
  central.writeUInt32LE(contents.length, 24);
  const localTail = template ? template.localTail : nameBytes;
  return {
    name,
    central,
    localTail,
    localNameLength: template ? template.localNameLength : nameBytes.length,
    method: STORED,
    data: contents,
  };
}

/** A part left as it is: copied byte for byte, still compressed. */
export function keptEntry(part: ZipPart): ZipEntry {
  return { part, method: part.method, data: part.data };
}

/** A part with new contents, stored uncompressed (see {@link newPart} for its headers). */
export function storedEntry(name: string, contents: Buffer, template: ZipPart | null, when: Date): ZipEntry {
  return keptEntry(newPart(name, contents, template, when));
}

/** A part with new contents, deflated in Node's thread pool (see {@link packBytes}, {@link newPart}). */
export async function packedEntry(
  name: string,
  contents: Buffer,
  template: ZipPart | null,
  when: Date,
): Promise<ZipEntry> {
  // The part's headers only: its uncompressed contents are not kept once they are compressed.
  const part = { ...newPart(name, contents, template, when), data: EMPTY };
  return { part, ...(await packBytes(contents)) };
}

const EMPTY = Buffer.alloc(0);

/**
 * Compressing a workbook that exceljs assembled uncompressed. exceljs deflates with a JavaScript
 * port of zlib; Node's own zlib does the same job (same format, same level, a file of the same
 * size) several times faster and off the main thread. So the copy is assembled with exceljs's
 * `compression: 'STORE'` option and each entry is then deflated here.
 *
 * Deflates every stored entry of `zip` at `level` with Node's zlib (in its thread pool, so entries
 * are compressed side by side), keeping names, dates, CRCs and order; an entry that would not get
 * smaller stays stored, and entries compressed already are copied as they are. Returns null for a
 * zip it does not handle (split archives, zip64), for the caller to compress another way.
 */
export async function deflateStoredZip(zip: Buffer, level = 6): Promise<Buffer | null> {
  const parts = readZip(zip);
  if (!parts) return null;
  const packed = await Promise.all(
    parts.map(async (part) => {
      if (part.method !== STORED || part.data.length === 0) return keptEntry(part);
      return { part, ...(await packBytes(part.data, level)) };
    }),
  );
  return assembleZip(packed, endRecord(zip));
}
