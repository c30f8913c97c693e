/**
 * Zips that unpack to far more than they hold, made in a moment: a deflate stream of one block of
 * spaces repeated. Each block is deflated on its own and flushed (Z_FULL_FLUSH: byte-aligned, no
 * back-references into the one before), so copies of it laid end to end are one valid stream; a
 * gigabyte of sheet costs about a megabyte of zip and no time to make.
 */
import { constants, crc32, deflateRawSync } from 'node:zlib';
import { MAIN_NS, simpleWorkbook, zipEntries, type ZipEntrySpec } from '../../scripts/lib/rawPackage';

const MIB = 1024 * 1024;

/** A raw deflate stream of a worksheet whose `<sheetData>` holds `mebibytes` MiB of spaces, and its true size. */
export function spaciousSheet(mebibytes: number): { stored: Buffer; size: number } {
  const head = Buffer.from(`<?xml version="1.0" encoding="UTF-8"?>\n<worksheet xmlns="${MAIN_NS}"><sheetData>`);
  const tail = Buffer.from('</sheetData></worksheet>');
  const flushed = (b: Buffer) => deflateRawSync(b, { finishFlush: constants.Z_FULL_FLUSH });
  const block = flushed(Buffer.alloc(MIB, ' '));
  const blocks: Buffer[] = [flushed(head)];
  for (let i = 0; i < mebibytes; i++) blocks.push(block);
  blocks.push(deflateRawSync(tail));
  return { stored: Buffer.concat(blocks), size: head.length + mebibytes * MIB + tail.length };
}

/**
 * A workbook with one sheet, 'Scorecard', one of whose parts unpacks to `mebibytes` MiB and more:
 * its sheet, or the part named `part` (added when the workbook has none of that name). Its
 * directory declares `declared` bytes for that part (the true size unless told otherwise), in
 * zip64 records with `zip64`. The other parts are small and true.
 */
export function bombWorkbook(
  mebibytes: number,
  options: { declared?: number; zip64?: boolean; part?: string } = {},
): Buffer {
  const bomb = spaciousSheet(mebibytes);
  const name = options.part ?? 'xl/worksheets/sheet1.xml';
  const workbook = simpleWorkbook([{ name: 'Scorecard', rowsXml: '' }]);
  if (!workbook.some((p) => p.name === name)) workbook.push({ name, data: '' });
  const parts: ZipEntrySpec[] = workbook.map((p) => {
    const data = typeof p.data === 'string' ? Buffer.from(p.data, 'utf8') : p.data;
    if (p.name === name)
      // The CRC is not worked out over gigabytes: a reader finds the size wrong before it gets that far.
      return { name: p.name, method: 8, stored: bomb.stored, size: options.declared ?? bomb.size, crc: 0 };
    return { name: p.name, method: 8, stored: deflateRawSync(data), size: data.length, crc: crc32(data) };
  });
  return zipEntries(parts, options.zip64);
}
