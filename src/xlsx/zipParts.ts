/**
 * The zip handling of the file host, in one place: the parts of an .xlsx file (a zip) as they are
 * stored ({@link readZip}), and a zip put back together from entries ({@link assembleZip}): parts
 * left alone are copied byte for byte, still compressed ({@link keptEntry}), and parts given new
 * contents are stored ({@link storedEntry}) or deflated by Node's zlib in its thread pool, side by
 * side ({@link packedEntry}, {@link deflateStoredZip}). Single-disk zips without zip64 only;
 * anything else reads as null, for the caller to take another way.
 */
import * as zlib from 'zlib';
import { once } from 'events';
import { promisify } from 'util';
import { pieceEnd } from '../core';

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
const EMPTY = Buffer.alloc(0);

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
  return inflate(part.data, { chunkSize: outputChunk(part.central.readUInt32LE(24)) });
}

/** One output chunk of the size the directory gives: a large sheet then costs this thread one callback, not one per 16 KiB. */
const outputChunk = (size: number) => Math.min(Math.max(16 * 1024, size + 64), 256 * 1024 * 1024);

/**
 * Resolves once Node's event loop has turned past its close phase. zlib's engines (as
 * `zlib.inflateRaw` makes them) keep what they unpacked, their output buffer and their list of
 * chunks, until their handles have closed, and Node closes a handle only as its loop turns: a
 * caller that goes on to a long piece of work without a turn (the report, at 50,000 indicators some
 * seconds) holds every part it unpacked until then, the 25 MB sheet among them. A callback given to
 * setImmediate runs before the close phase of its turn; one given from it runs in the next turn,
 * after that phase.
 */
export function afterHandlesClose(): Promise<void> {
  return new Promise((done) => setImmediate(() => setImmediate(done)));
}

/**
 * Parts that unpack to at most this many bytes are unpacked on this thread by {@link checkedPartBytes}:
 * for them a trip to zlib's thread pool and back costs more than the unpacking (a workbook's small
 * parts, one after another, took some 2 ms that way, against 0.1 ms here).
 */
export const SMALL_PART = 128 * 1024;

/** A part that unpacks to more than its directory entry declares, or whose compressed data is damaged. */
export class PartUnpackError extends Error {
  constructor(readonly part: string) {
    super(`The part ${part} cannot be unpacked within the size its zip directory gives.`);
    this.name = 'PartUnpackError';
  }
}

/**
 * A part's contents, uncompressed, unpacked to no more than the size its directory entry declares,
 * so that a part that would unpack to more (a zip bomb) costs only that much; rejects with
 * {@link PartUnpackError} then, or when the data is damaged. Null for a compression method other
 * than stored or deflated. Small parts are unpacked on this thread, larger ones in zlib's pool.
 */
export async function checkedPartBytes(part: ZipPart): Promise<Buffer | null> {
  if (part.method === STORED) return part.data;
  if (part.method !== DEFLATED) return null;
  const size = part.central.readUInt32LE(24);
  // (zlib takes no limit under one byte: a part declared empty is held to none below.)
  const options = { maxOutputLength: Math.max(1, size), chunkSize: outputChunk(size) };
  let data: Buffer;
  try {
    data = size <= SMALL_PART ? zlib.inflateRawSync(part.data, options) : await inflate(part.data, options);
  } catch {
    throw new PartUnpackError(part.name);
  }
  if (data.length > size) throw new PartUnpackError(part.name);
  return data;
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

/** A zip's layout as its parts are added in order: each part's local header and offset, then its central directory. */
class ZipLayout {
  private offset = 0;
  private readonly centrals: Buffer[] = [];

  /** The local header and data of the next part, in the order they are written. */
  add({ part, method, data }: ZipEntry): [Buffer, Buffer] {
    const central = centralHeader(part, method, data, this.offset);
    const local = localHeader(central, part);
    this.centrals.push(central);
    this.offset += local.length + data.length;
    return [local, data];
  }

  /** The central directory and end record that follow the parts: `end` is the original end record, counts and offsets rewritten. */
  finish(end?: Buffer): [Buffer, Buffer] {
    const directory = Buffer.concat(this.centrals);
    const record = end ? Buffer.from(end) : Buffer.alloc(22);
    record.writeUInt32LE(END, 0);
    record.writeUInt16LE(this.centrals.length, 8);
    record.writeUInt16LE(this.centrals.length, 10);
    record.writeUInt32LE(directory.length, 12);
    record.writeUInt32LE(this.offset, 16);
    return [directory, record];
  }
}

/** Parts laid end to end with their central directory: `end` is the original end record, counts and offsets rewritten. */
export function assembleZip(parts: readonly ZipEntry[], end?: Buffer): Buffer {
  const layout = new ZipLayout();
  const chunks: Buffer[] = [];
  for (const entry of parts) for (const chunk of layout.add(entry)) chunks.push(chunk);
  for (const chunk of layout.finish(end)) chunks.push(chunk);
  return Buffer.concat(chunks);
}

/** A zip whose parts may still be being compressed, in the order they are written, with the end record to close it. */
export interface PendingZip {
  readonly entries: readonly Promise<ZipEntry>[];
  readonly end?: Buffer;
}

/**
 * Writes a zip laid out as {@link assembleZip} lays it out, part by part as each is ready (in
 * order: a part waits for those before it), through `write`, which is awaited before the next
 * chunk. The zip is never held whole.
 */
export async function writeZip(zip: PendingZip, write: (chunk: Buffer) => Promise<void>): Promise<void> {
  const layout = new ZipLayout();
  for (const pending of zip.entries) for (const chunk of layout.add(await pending)) await write(chunk);
  for (const chunk of layout.finish(zip.end)) await write(chunk);
}

/** The bytes of a {@link PendingZip}, as one buffer, once every part is ready. */
export async function zipBytes(zip: PendingZip): Promise<Buffer> {
  return assembleZip(await Promise.all(zip.entries), zip.end);
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

/** The zip CRC-32 of `bytes`, continuing from `crc` (that of the bytes before them): Node's own where it has one (Node 20.15 and later). */
export function crc32(bytes: Buffer, crc = 0): number {
  const native = (zlib as { crc32?: (data: Buffer, value?: number) => number }).crc32;
  if (native) return native(bytes, crc) >>> 0;
  let c = crc ^ -1;
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
  return { ...partHeaders(name, { crc: crc32(contents), size: contents.length }, template, when), data: contents };
}

/** The headers of a part whose contents have CRC `sums.crc` and `sums.size` bytes (see {@link newPart}); no data. */
function partHeaders(
  name: string,
  sums: { readonly crc: number; readonly size: number },
  template: ZipPart | null,
  when: Date,
): ZipPart {
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
  central.writeUInt32LE(sums.crc, 16);
  central.writeUInt32LE(sums.size, 24);
  const localTail = template ? template.localTail : nameBytes;
  return {
    name,
    central,
    localTail,
    localNameLength: template ? template.localNameLength : nameBytes.length,
    method: STORED,
    data: EMPTY,
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

/** Text given a piece at a time: a list of pieces, or a generator that makes them as they are asked for. */
export type TextPieces = readonly string[] | Generator<string, void, undefined>;

/** Bytes of text handed to deflate at a time. */
const BATCH = 64 * 1024;
/** Characters encoded at a time: UTF-8 takes at most three bytes for each, so a window always fits an empty batch. */
const WINDOW = Math.floor(BATCH / 3);
/**
 * A part of at most this many bytes is also kept uncompressed until it is compressed, so that it can
 * be stored instead when deflate does not make it smaller ({@link packBytes}'s choice); a larger part
 * is let go as it is compressed, and in the unlikely case that it does not shrink stays deflated.
 */
const KEEP_RAW = 1024 * 1024;

/**
 * A part with new contents given as pieces of text: encoded as UTF-8 a batch at a time and fed to
 * zlib's deflate in Node's thread pool as it is made (a generator's next piece is asked for only when
 * deflate has taken the last), its CRC and size counted as the batches pass. So the text is never
 * held whole as bytes, and each batch is let go once compressed. The result is the entry
 * {@link packedEntry} gives for the same text joined (see {@link KEEP_RAW} for the one exception).
 */
export async function streamedEntry(
  name: string,
  pieces: TextPieces,
  template: ZipPart | null,
  when: Date,
  level = 6,
): Promise<ZipEntry> {
  // Up to four batches wait for deflate, so that encoding and compressing overlap (an option Node takes but does not declare).
  const options = { level, chunkSize: BATCH, writableHighWaterMark: 4 * BATCH } as zlib.ZlibOptions;
  const deflater = zlib.createDeflateRaw(options);
  const compressed: Buffer[] = [];
  deflater.on('data', (chunk: Buffer) => compressed.push(chunk));
  const finished = new Promise<void>((done, failed) => {
    deflater.on('end', done);
    deflater.on('error', failed);
  });
  finished.catch(() => undefined); // awaited below, unless the writing fails first
  let crc = 0;
  let size = 0;
  let raw: Buffer[] | null = [];
  let batch = Buffer.allocUnsafe(BATCH);
  let used = 0;
  let full = false;
  const flush = () => {
    const bytes = batch.subarray(0, used);
    crc = crc32(bytes, crc);
    size += used;
    if (raw && size <= KEEP_RAW) raw.push(bytes);
    else raw = null;
    if (!deflater.write(bytes)) full = true;
    batch = Buffer.allocUnsafe(BATCH);
    used = 0;
  };
  try {
    for (const piece of pieces) {
      for (let at = 0; at < piece.length;) {
        const to = pieceEnd(piece, at, WINDOW);
        const text = at === 0 && to === piece.length ? piece : piece.slice(at, to);
        if (used + text.length * 3 > BATCH) flush();
        used += batch.write(text, used);
        at = to;
        if (full) {
          full = false;
          await once(deflater, 'drain');
        }
      }
    }
    if (used) flush();
    deflater.end();
    await finished;
  } catch (err) {
    deflater.destroy();
    throw err;
  }
  const part = partHeaders(name, { crc, size }, template, when);
  if (size === 0) return { part, method: STORED, data: EMPTY };
  const deflated = Buffer.concat(compressed);
  compressed.length = 0;
  if (raw && deflated.length >= size) return { part, method: STORED, data: Buffer.concat(raw) };
  return { part, method: DEFLATED, data: deflated };
}

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
