/**
 * Reading with limits, so that no input — a zip bomb, `/dev/zero`, a pipe — makes the tool hang or
 * run out of memory: only a regular file is opened (and opened without waiting on a pipe's writer),
 * no more than {@link MAX_FILE_BYTES} of it is read, and a workbook's parts are unpacked, counting
 * but not keeping the bytes, up to the size each declares and no further than
 * {@link MAX_PART_BYTES} each and {@link MAX_TOTAL_BYTES} in all, before any library unpacks them
 * for real. The figures are far above any scorecard an officer keeps (docs/troubleshooting: "Files
 * the tool will not read"): a sheet filled to Excel's last row, 1,048,576, with a dozen short
 * columns unpacks to about 300 MB.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'fs';
import * as zlib from 'zlib';
import { dirOf, isRel, relsOf, relsPathOf, resolve } from './patch/package';
import { attr } from './patch/xml';

/** The largest file read at all: 256 MB. */
export const MAX_FILE_BYTES = 256 * 1024 * 1024;
/** The most one part of a workbook (a sheet, say) may unpack to: 500 MB, under the longest text JavaScript holds. */
export const MAX_PART_BYTES = 500 * 1024 * 1024;
/** The most a workbook's parts may unpack to in all: 1 GB. */
export const MAX_TOTAL_BYTES = 1024 * 1024 * 1024;

/** A size in whole megabytes for a message: "256 MB". */
export const megabytes = (bytes: number) => `${Math.ceil(bytes / (1024 * 1024)).toLocaleString('en-GB')} MB`;

/** Why a file could not be read within the limits. */
export type BoundedReadFailure =
  | { readonly kind: 'not-regular'; readonly what: 'folder' | 'device, pipe or socket' }
  | { readonly kind: 'too-large'; readonly size: number; readonly limit: number };

/** Thrown by {@link readRegularFile}; errors from the file system itself pass through unchanged. */
export class BoundedReadError extends Error {
  constructor(readonly failure: BoundedReadFailure) {
    super(failure.kind);
  }
}

/**
 * The bytes of `file`, which must be a regular file of at most `limit` bytes. A pipe is opened
 * without waiting for a writer, and refused, as are devices (`/dev/zero`), sockets and folders;
 * a file that grows while it is read is read to the size it had when opened.
 */
export async function readRegularFile(file: string, limit: number): Promise<Buffer> {
  // Read on this thread: the command waits for the file in any case, and four trips to the thread
  // pool (open, stat, read, close) cost more than reading a small workbook.
  // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer, for ever. (Windows has none.)
  const fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw new BoundedReadError({ kind: 'not-regular', what: 'folder' });
    if (!stat.isFile()) throw new BoundedReadError({ kind: 'not-regular', what: 'device, pipe or socket' });
    if (stat.size > limit) throw new BoundedReadError({ kind: 'too-large', size: stat.size, limit });
    const buf = Buffer.alloc(stat.size);
    let at = 0;
    while (at < buf.length) {
      const bytesRead = readSync(fd, buf, at, buf.length - at, at);
      if (bytesRead === 0) break;
      at += bytesRead;
    }
    return at === buf.length ? buf : buf.subarray(0, at);
  } finally {
    closeSync(fd);
  }
}

/** One entry of a zip's central directory: what it says of a part, and where the part's data is. */
export interface ZipEntryInfo {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  /** The size the directory declares the part unpacks to. */
  readonly size: number;
  /** Where its data starts, past the local header; -1 when the local header is not where the directory says. */
  readonly dataStart: number;
}

const END = 0x06054b50;
const END64 = 0x06064b50;
const END64_LOCATOR = 0x07064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** A 64-bit little-endian size or offset as a number (exact below 2^53, far beyond any file read here). */
const u64 = (buf: Buffer, at: number) => buf.readUInt32LE(at) + buf.readUInt32LE(at + 4) * 2 ** 32;

/**
 * The central directory of `zip`, zip64 included, or null when it cannot be found or read (a zip
 * no reader could open). Offsets are corrected for bytes before the zip (a self-extracting stub).
 */
export function zipDirectory(zip: Buffer): ZipEntryInfo[] | null {
  let end = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (zip.readUInt32LE(i) === END) {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  let count = zip.readUInt16LE(end + 10);
  let dirSize = zip.readUInt32LE(end + 12);
  let dirStart = zip.readUInt32LE(end + 16);
  let dirEnd = end;
  const locator = end - 20;
  if (locator >= 0 && zip.readUInt32LE(locator) === END64_LOCATOR) {
    const end64 = u64(zip, locator + 8);
    if (end64 + 56 > zip.length || zip.readUInt32LE(end64) !== END64) return null;
    count = u64(zip, end64 + 32);
    dirSize = u64(zip, end64 + 40);
    dirStart = u64(zip, end64 + 48);
    dirEnd = end64;
  }
  // Bytes before the zip shift every offset it records.
  const shift = dirEnd - dirSize - dirStart;
  if (shift < 0) return null;
  let at = dirStart + shift;
  const out: ZipEntryInfo[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== CENTRAL) return null;
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const length = 46 + nameLength + extraLength + zip.readUInt16LE(at + 32);
    if (at + length > zip.length) return null;
    let compressedSize = zip.readUInt32LE(at + 20);
    let size = zip.readUInt32LE(at + 24);
    let offset = zip.readUInt32LE(at + 42);
    // The zip64 extra field holds, in this order, whichever of the three is 0xffffffff above.
    for (let x = at + 46 + nameLength; x + 4 <= at + 46 + nameLength + extraLength;) {
      const id = zip.readUInt16LE(x);
      const len = zip.readUInt16LE(x + 2);
      if (id === 0x0001) {
        let f = x + 4;
        const next = () => {
          const v = f + 8 <= x + 4 + len ? u64(zip, f) : 0xffffffff;
          f += 8;
          return v;
        };
        if (size === 0xffffffff) size = next();
        if (compressedSize === 0xffffffff) compressedSize = next();
        if (offset === 0xffffffff) offset = next();
      }
      x += 4 + len;
    }
    const flags = zip.readUInt16LE(at + 8);
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString(flags & 0x0800 ? 'utf8' : 'latin1');
    const local = offset + shift;
    const dataStart =
      local + 30 <= zip.length && zip.readUInt32LE(local) === LOCAL
        ? local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28)
        : -1;
    out.push({ name, method: zip.readUInt16LE(at + 10), compressedSize, size, dataStart });
    at += length;
  }
  return out;
}

/**
 * How many bytes a raw deflate stream unpacks to, counted as they come and not kept, stopping as
 * soon as the count passes `stopAfter` (then some number above it is returned). A stream that is
 * not valid deflate rejects.
 */
export function inflatedSize(data: Buffer, stopAfter: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const inflate = zlib.createInflateRaw({ chunkSize: 256 * 1024 });
    let n = 0;
    let done = false;
    inflate.on('data', (chunk: Buffer) => {
      n += chunk.length;
      if (n > stopAfter && !done) {
        done = true;
        inflate.destroy();
        resolve(n);
      }
    });
    inflate.on('end', () => {
      if (!done) resolve(n);
    });
    inflate.on('error', (e) => {
      if (!done) reject(e);
    });
    inflate.end(data);
  });
}

/** What is wrong with a zip's sizes: a part or the whole too large, or a part bigger than it says. */
export type ZipSizeProblem =
  | { readonly kind: 'part-too-large'; readonly part: string; readonly limit: number }
  | { readonly kind: 'total-too-large'; readonly limit: number }
  | { readonly kind: 'part-larger-than-declared'; readonly part: string; readonly declared: number }
  | { readonly kind: 'unreadable' };

/** The most one part may unpack to, and all of a workbook's parts. */
export interface SizeLimits {
  readonly part: number;
  readonly total: number;
}

const LIMITS: SizeLimits = { part: MAX_PART_BYTES, total: MAX_TOTAL_BYTES };

/**
 * Checks the sizes `zip`'s directory declares for its parts against the limits, unpacking
 * nothing. Null when they are within them; else the first problem found. A part may still unpack
 * to more than it declares: see {@link checkZipSizes}.
 */
export function checkDeclaredSizes(zip: Buffer, limits: SizeLimits = LIMITS): ZipSizeProblem | null {
  const entries = zipDirectory(zip);
  if (!entries) return { kind: 'unreadable' };
  let total = 0;
  for (const e of entries) {
    if (e.size > limits.part) return { kind: 'part-too-large', part: e.name, limit: limits.part };
    total += e.size;
    if (total > limits.total) return { kind: 'total-too-large', limit: limits.total };
  }
  return null;
}

/**
 * Checks that `zip` unpacks within the limits, without keeping what it unpacks: first by the sizes
 * its directory declares ({@link checkDeclaredSizes}), then by unpacking each part and counting,
 * stopping at the size declared. Null when it does; else the first problem found. Parts with a
 * method other than stored or deflated are left to the reader, which refuses them.
 */
export async function checkZipSizes(zip: Buffer, limits: SizeLimits = LIMITS): Promise<ZipSizeProblem | null> {
  const declared = checkDeclaredSizes(zip, limits);
  if (declared) return declared;
  for (const e of zipDirectory(zip)!) {
    if (e.method !== 8) continue;
    if (e.dataStart < 0 || e.dataStart + e.compressedSize > zip.length) return { kind: 'unreadable' };
    const data = zip.subarray(e.dataStart, e.dataStart + e.compressedSize);
    let n: number;
    try {
      n = await inflatedSize(data, e.size);
    } catch {
      return { kind: 'unreadable' };
    }
    if (n > e.size) return { kind: 'part-larger-than-declared', part: e.name, declared: e.size };
  }
  return null;
}

/** A part of at most `max` bytes as text (none larger is unpacked), or null. */
function smallPart(zip: Buffer, entries: readonly ZipEntryInfo[], name: string, max: number): string | null {
  const e = entries.find((x) => x.name.toLowerCase() === name.toLowerCase());
  if (!e || e.size > max || e.dataStart < 0 || e.dataStart + e.compressedSize > zip.length) return null;
  const data = zip.subarray(e.dataStart, e.dataStart + e.compressedSize);
  try {
    if (e.method === 0) return data.toString('utf8');
    if (e.method === 8) return zlib.inflateRawSync(data, { maxOutputLength: max }).toString('utf8');
  } catch {
    // unreadable: no name to give
  }
  return null;
}

/**
 * The sheet a part holds, for a message: "the sheet 'Scorecard' (xl/worksheets/sheet1.xml)", or
 * "the part xl/media/image1.png" when it is not a worksheet the workbook lists. Only small parts
 * (the workbook and its relationships) are unpacked to find out.
 */
export function describePart(zip: Buffer, part: string): string {
  const entries = zipDirectory(zip) ?? [];
  const small = (name: string) => smallPart(zip, entries, name, 16 * 1024 * 1024);
  const rootRels = small('_rels/.rels');
  const bookRel = rootRels ? relsOf(rootRels).find((r) => isRel(r, 'officeDocument')) : undefined;
  const bookPath = bookRel ? resolve('', bookRel.target) : null;
  const book = bookPath ? small(bookPath) : null;
  const bookRels = bookPath ? small(relsPathOf(bookPath)) : null;
  if (bookPath && book && bookRels) {
    const rel = relsOf(bookRels).find(
      (r) => !r.external && resolve(dirOf(bookPath), r.target).toLowerCase() === part.toLowerCase(),
    );
    const tag = rel && [...book.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)].find((m) => attrEndingId(m[0]) === rel.id);
    const name = tag ? attr(tag[0], 'name') : null;
    if (name !== null) return `the sheet '${name}' (${part})`;
  }
  return `the part ${part}`;
}

/** The relationship id of a `<sheet>` tag, whatever prefix its namespace has ("r:id", "ns1:id"). */
function attrEndingId(tag: string): string | null {
  const m = /\s[\w.-]+:id\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(tag);
  return m ? (m[1] ?? m[2]) : null;
}
