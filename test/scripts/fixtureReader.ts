/**
 * Test helpers that read a built workbook back with exceljs, the way a person would look at it:
 * the stored value of a cell (a formula's cached result), its number format, and its row.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { RawValue } from '../../src/core/values/types';

/** The repository root. */
export const ROOT = join(__dirname, '..', '..');

/** Reads the workbook at `path` (relative to the root), failing with a hint when it is missing. */
export async function readWorkbook(path: string): Promise<ExcelJS.Workbook> {
  const full = join(ROOT, path);
  if (!existsSync(full)) throw new Error(`${path} is missing: run "npm run fixtures" (or "npm run samples").`);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(full);
  return wb;
}

/** A cell value as the engine's vocabulary has it: a formula's cached result, dates left as Date. */
export function plainValue(v: ExcelJS.CellValue): RawValue | Date {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean' || v instanceof Date) return v;
  if ('error' in v) return { error: v.error };
  if ('formula' in v || 'sharedFormula' in v) return plainValue((v as ExcelJS.CellFormulaValue).result ?? null);
  if ('richText' in v) return v.richText.map((r) => r.text).join('');
  return null;
}

/** What a cell stores (see {@link plainValue}). */
export function storedValue(cell: ExcelJS.Cell): RawValue | Date {
  return plainValue(cell.value);
}

/** True for a format that scales by 100 ("0.0%"), false for a quoted literal ('0.0"%"'). */
export function isPercentFormat(numFmt: string | undefined): boolean {
  return !!numFmt && numFmt.replace(/"[^"]*"/g, '').includes('%');
}

/** The number a person reads in a cell: fractions with a % format in points, text parsed. */
export function readAsPerson(cell: ExcelJS.Cell): number | null {
  const v = storedValue(cell);
  if (typeof v === 'number') return isPercentFormat(cell.numFmt) ? v * 100 : v;
  // A figure as text, perhaps with a provisional or revised mark after it: "49.1% (p)", "14*", "86.1% (r)".
  const marked =
    typeof v === 'string' ? /^(-?[\d,]+(?:\.\d+)?%?)\s*(?:\*|\((?:p|r)\)|\[(?:p|r)\]|p|r)?$/i.exec(v.trim()) : null;
  if (marked) return Number(marked[1].replace(/[,%]/g, ''));
  return null;
}

/** The texts in a row between two columns (1-based, inclusive), blanks left out. */
export function rowTexts(ws: ExcelJS.Worksheet, row: number, lastCol: number): string[] {
  const out: string[] = [];
  for (let c = 1; c <= lastCol; c++) {
    const v = storedValue(ws.getCell(row, c));
    if (v !== null && v !== '')
      out.push(v instanceof Date ? v.toISOString() : String(typeof v === 'object' ? v.error : v));
  }
  return out;
}

/** Column letter → 1-based number ("A" → 1, "AA" → 27). */
export function columnNumber(letters: string): number {
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}
