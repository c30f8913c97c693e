/**
 * Compressing a workbook that exceljs assembled uncompressed. exceljs deflates with a JavaScript
 * port of zlib; Node's own zlib does the same job (same format, same level, a file of the same
 * size) several times faster and off the main thread. So the copy is assembled with exceljs's
 * `compression: 'STORE'` option and each entry is then deflated here.
 */
import { STORED, assembleZip, endRecord, packBytes, readZip } from './zipParts';

/**
 * Deflates every stored entry of `zip` at `level` with Node's zlib (in its thread pool, so entries
 * are compressed side by side), keeping names, dates, CRCs and order; an entry that would not get
 * smaller stays stored, and entries compressed already are copied as they are. Returns null for a
 * zip it does not handle (split archives, zip64), for the caller to compress another way.
 */
export async function deflateStoredZip(zip: Buffer, level = 6): Promise<Buffer | null> {
  const parts = readZip(zip);
  if (!parts) return null;
  const packed = await Promise.all(parts.map(async (part) => {
    if (part.method !== STORED || part.data.length === 0) return { part, method: part.method, data: part.data };
    return { part, ...(await packBytes(part.data, level)) };
  }));
  return assembleZip(packed, endRecord(zip));
}
