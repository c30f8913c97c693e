/**
 * Compressing a workbook that exceljs assembled uncompressed. exceljs deflates with a JavaScript
 * port of zlib; Node's own zlib does the same job (same format, same level, a file of the same
 * size) several times faster and off the main thread. So the copy is assembled with exceljs's
 * `compression: 'STORE'` option and each entry is then deflated here.
 */
import { deflateRaw } from 'zlib';
import { promisify } from 'util';

const deflate = promisify(deflateRaw);

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;
const STORED = 0;
const DEFLATED = 8;
/** General-purpose flag bit 3: sizes and CRC follow the data in a descriptor. */
const HAS_DESCRIPTOR = 0x0008;

/** One entry as the central directory describes it, with its data. */
interface Entry {
  /** The central directory header as read (name, extra field and comment included). */
  readonly central: Buffer;
  /** The local header's name and extra field. */
  readonly localTail: Buffer;
  readonly localNameLength: number;
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

/** The entries of a single-disk zip without zip64 records, or null when it is anything else. */
function readEntries(zip: Buffer): Entry[] | null {
  const end = findEnd(zip);
  if (end < 0) return null;
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  if (zip.readUInt16LE(end + 4) !== 0 || count === 0xffff || at === 0xffffffff) return null;
  const entries: Entry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== CENTRAL) return null;
    const size = zip.readUInt32LE(at + 20);
    const offset = zip.readUInt32LE(at + 42);
    const length = 46 + zip.readUInt16LE(at + 28) + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    if (size === 0xffffffff || offset === 0xffffffff || offset + 30 > zip.length || zip.readUInt32LE(offset) !== LOCAL) return null;
    const tail = 30 + zip.readUInt16LE(offset + 26) + zip.readUInt16LE(offset + 28);
    if (offset + tail + size > zip.length) return null;
    entries.push({
      central: zip.subarray(at, at + length),
      localTail: zip.subarray(offset + 30, offset + tail),
      localNameLength: zip.readUInt16LE(offset + 26),
      method: zip.readUInt16LE(at + 10),
      data: zip.subarray(offset + tail, offset + tail + size),
    });
    at += length;
  }
  return entries;
}

/** The central header of an entry with its new method, compressed size and local header offset. */
function centralHeader(entry: Entry, method: number, data: Buffer, offset: number): Buffer {
  const h = Buffer.from(entry.central);
  if (method === DEFLATED) h.writeUInt16LE(Math.max(20, h.readUInt16LE(6)), 6);
  h.writeUInt16LE(h.readUInt16LE(8) & ~HAS_DESCRIPTOR, 8);
  h.writeUInt16LE(method, 10);
  h.writeUInt32LE(data.length, 20);
  h.writeUInt32LE(offset, 42);
  return h;
}

/** The local header matching a central header: the same fields, with the local name and extra field. */
function localHeader(central: Buffer, entry: Entry): Buffer {
  const h = Buffer.alloc(30);
  h.writeUInt32LE(LOCAL, 0);
  central.copy(h, 4, 6, 28); // version needed, flags, method, time, date, CRC, sizes
  h.writeUInt16LE(entry.localNameLength, 26);
  h.writeUInt16LE(entry.localTail.length - entry.localNameLength, 28);
  return Buffer.concat([h, entry.localTail]);
}

/**
 * Deflates every stored entry of `zip` at `level` with Node's zlib (in its thread pool, so entries
 * are compressed side by side), keeping names, dates, CRCs and order; an entry that would not get
 * smaller stays stored, and entries compressed already are copied as they are. Returns null for a
 * zip it does not handle (split archives, zip64), for the caller to compress another way.
 */
export async function deflateStoredZip(zip: Buffer, level = 6): Promise<Buffer | null> {
  const entries = readEntries(zip);
  if (!entries) return null;
  const packed = await Promise.all(entries.map(async (e): Promise<[number, Buffer]> => {
    if (e.method !== STORED || e.data.length === 0) return [e.method, e.data];
    // One output chunk for the whole entry: zlib then needs this thread only once, at the end.
    const deflated = await deflate(e.data, { level, chunkSize: Math.max(16 * 1024, e.data.length + 1024) });
    return deflated.length < e.data.length ? [DEFLATED, deflated] : [STORED, e.data];
  }));
  const parts: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  entries.forEach((entry, i) => {
    const [method, data] = packed[i];
    const central = centralHeader(entry, method, data, offset);
    const local = localHeader(central, entry);
    parts.push(local, data);
    centrals.push(central);
    offset += local.length + data.length;
  });
  const end = Buffer.from(zip.subarray(findEnd(zip)));
  const directory = Buffer.concat(centrals);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, directory, end]);
}
