/**
 * Small helpers shared by the sample and fixture builders: a workbook with fixed properties,
 * reproducible bytes on write, and rows written the way an officer lays out a scorecard.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import ExcelJS from 'exceljs';
import { stampZipEntries } from './stableZip';

/** The date every built workbook carries as created/modified (and as its zip entries' time). */
export const BUILD_DATE = new Date(Date.UTC(2021, 9, 15, 9, 0, 0));

/** The font every styled cell names (unstyled cells get the workbook default, also Calibri 11). */
export const FONT = 'Calibri';

/** Number format for a percentage stored as a fraction (0.927 shows 92.7%). */
export const PERCENT = '0.0%';
/** Number format for a count. */
export const COUNT = '#,##0';
/** Number format for a 0–100 percentage, a rate or days with one decimal place. */
export const ONE_DP = '0.0';

/** A new workbook whose properties do not depend on when or where it is built. */
export function newWorkbook(creator: string, when: Date = BUILD_DATE): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = creator;
  wb.lastModifiedBy = creator;
  wb.created = when;
  wb.modified = when;
  return wb;
}

/** The workbook as .xlsx bytes, identical from one build to the next. */
export async function workbookBytes(wb: ExcelJS.Workbook, when: Date = BUILD_DATE): Promise<Buffer> {
  const bytes = await wb.xlsx.writeBuffer();
  return stampZipEntries(Buffer.from(bytes as ArrayBuffer), when);
}

/** Writes bytes to `path`, creating its folder. */
export function writeBytes(path: string, bytes: Buffer | string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, bytes);
}

/** Column number → number format, e.g. `{ 5: '0.0%' }`. Columns are 1-based as in Excel. */
export type ColumnFormats = Readonly<Record<number, string>>;

/** The same format for columns `from`…`to` (1-based, inclusive). */
export function formatSpan(from: number, to: number, format: string): Record<number, string> {
  const out: Record<number, string> = {};
  for (let c = from; c <= to; c++) out[c] = format;
  return out;
}

/**
 * Writes `values` into row `row` from column A. `null`/`undefined` leave the cell truly empty.
 * Formats apply to the columns named in `formats` where a value was written.
 */
export function putRow(
  ws: ExcelJS.Worksheet,
  row: number,
  values: readonly (ExcelJS.CellValue | undefined)[],
  formats: ColumnFormats = {},
): void {
  values.forEach((value, i) => {
    if (value === null || value === undefined) return;
    const cell = ws.getCell(row, i + 1);
    cell.value = value;
    const format = formats[i + 1];
    if (format) cell.numFmt = format;
  });
}

/** Bold header with a dark fill and white text over columns 1…`lastCol`, wrapped and centred. */
export function styleHeader(ws: ExcelJS.Worksheet, row: number, lastCol: number, firstCol = 1): void {
  for (let c = firstCol; c <= lastCol; c++) {
    const cell = ws.getCell(row, c);
    cell.font = { name: FONT, size: 11, bold: true, color: { argb: 'FFFFFFFF' } };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F3864' } };
    cell.alignment = { vertical: 'middle', horizontal: c <= firstCol + 1 ? 'left' : 'center', wrapText: true };
    cell.border = { bottom: { style: 'thin', color: { argb: 'FF000000' } } };
  }
}

/** A section heading row: a pale fill across columns 1…`lastCol`, bold text in `textCol`. */
export function styleSection(ws: ExcelJS.Worksheet, row: number, lastCol: number, textCol = 1): void {
  for (let c = 1; c <= lastCol; c++) {
    ws.getCell(row, c).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
  }
  ws.getCell(row, textCol).font = { name: FONT, size: 11, bold: true };
}

/** Prints the sheet landscape on A4, one page wide. */
export function fitToPageWidth(ws: ExcelJS.Worksheet): void {
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
  };
}

/** Column widths in characters, from column A. */
export function setWidths(ws: ExcelJS.Worksheet, widths: readonly number[]): void {
  widths.forEach((width, i) => {
    ws.getColumn(i + 1).width = width;
  });
}

/**
 * Sets a row's height to fit the wrapped text of its cells (Excel does this on editing, but a
 * written file keeps whatever height it is given). Roughly 15 points a line of 11-point text.
 */
export function fitRowHeight(ws: ExcelJS.Worksheet, row: number, wrappedCols: readonly number[]): void {
  let lines = 1;
  for (const c of wrappedCols) {
    const value = ws.getCell(row, c).value;
    if (typeof value !== 'string') continue;
    const width = ws.getColumn(c).width ?? 10;
    lines = Math.max(lines, Math.ceil(value.length / Math.max(1, width * 1.3 - 2)));
  }
  if (lines > 1) ws.getRow(row).height = 15 * lines;
}

/** A title row: bold text in column A (larger for the main title). */
export function putTitle(ws: ExcelJS.Worksheet, row: number, text: string, size = 12): void {
  const cell = ws.getCell(row, 1);
  cell.value = text;
  cell.font = { name: FONT, bold: true, size };
}

/** First day of a month as a UTC date, which Excel stores as a whole serial number. */
export function monthStart(year: number, month: number): Date {
  return new Date(Date.UTC(year, month - 1, 1));
}
