/**
 * Mending what exceljs writes that Excel would repair: a relationship (and content type) for a part
 * it did not write (a theme, when the workbook read had none), and a sheet format without the row
 * height the file format requires. Applied to a rebuilt copy while it is still uncompressed. And
 * adding what exceljs cannot write: the fingerprint of the Narrative sheet, kept in the comment of
 * the defined name that marks it, by which the next run knows whether the officer has changed it.
 */
import { NARRATIVE_NAME } from '../core';
import { dirOf, relsOf, resolve } from './patch/package';
import { attr, withAttr } from './patch/xml';
import { STORED, assembleZip, endRecord, keptEntry, readZip, storedEntry, type ZipEntry } from './zipParts';

/**
 * The stored (uncompressed) zip exceljs wrote, mended, with `narrativeFingerprint` (when given) kept on
 * our defined name; returned as it is when nothing needs it or it is not such a zip.
 */
export function mendRebuilt(zip: Buffer, narrativeFingerprint?: string): Buffer {
  const parts = readZip(zip);
  if (!parts || parts.some((p) => p.method !== STORED)) return zip;
  const names = new Set(parts.map((p) => p.name));
  const out: ZipEntry[] = [];
  let changed = false;
  for (const part of parts) {
    const text = part.data.toString('utf8');
    let mended = text;
    if (part.name.endsWith('.rels')) {
      const source = part.name.replace(/_rels\/([^/]*)\.rels$/, '$1');
      for (const r of relsOf(text))
        if (!r.external && !names.has(resolve(dirOf(source), r.target))) mended = mended.replace(r.xml, '');
    } else if (part.name === '[Content_Types].xml') {
      mended = text.replace(/<Override\b[^>]*\bPartName="\/([^"]+)"[^>]*\/>/g, (tag, name: string) =>
        names.has(name) ? tag : '',
      );
    } else if (part.name === 'xl/workbook.xml' && narrativeFingerprint !== undefined) {
      mended = text.replace(/<definedName\b[^>]*>/g, (tag) =>
        attr(tag, 'name') === NARRATIVE_NAME ? withAttr(tag, 'comment', narrativeFingerprint) : tag,
      );
    } else if (/^xl\/worksheets\/[^/]+\.xml$/.test(part.name)) {
      mended = text.replace(/<sheetFormatPr\b[^>]*>/, (tag) =>
        /\sdefaultRowHeight=/.test(tag) ? tag : withAttr(tag, 'defaultRowHeight', '15'),
      );
    }
    if (mended === text) {
      out.push(keptEntry(part));
      continue;
    }
    changed = true;
    out.push(storedEntry(part.name, Buffer.from(mended, 'utf8'), part, new Date()));
  }
  return changed ? assembleZip(out, endRecord(zip)) : zip;
}
