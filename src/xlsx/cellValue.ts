import { ValueType, type Cell, type CellRichTextValue } from 'exceljs';
import type { RawValue } from '../core';

const MS_PER_DAY = 86_400_000;
/** Days from Excel's day 0 (30 December 1899, counting its fictitious 29 February 1900) to 1 January 1970. */
const UNIX_EPOCH_SERIAL = 25_569;

/**
 * A date as an Excel serial number in the 1900 date system: days since 30 December 1899, which is
 * Excel's numbering for every date from 1 March 1900 on (Excel counts a 29 February 1900 that never
 * was). exceljs reads date-formatted cells as UTC dates with the same arithmetic, so this returns
 * exactly the serial stored in the file — and for a workbook in the 1904 date system, the 1900-system
 * serial of the same day.
 */
export function dateToSerial(date: Date): number | null {
  const ms = date.getTime();
  return Number.isFinite(ms) ? UNIX_EPOCH_SERIAL + ms / MS_PER_DAY : null;
}

function isRichText(v: unknown): v is CellRichTextValue {
  return typeof v === 'object' && v !== null && Array.isArray((v as CellRichTextValue).richText);
}

/** The plain value of something exceljs keeps as a value or a formula result. */
function plain(v: unknown): RawValue | undefined {
  switch (typeof v) {
    case 'number':
      return Number.isFinite(v) ? v : null;
    case 'string':
    case 'boolean':
      return v;
    case 'undefined':
      return undefined;
    case 'object':
      if (v === null) return null;
      if (v instanceof Date) return dateToSerial(v);
      if (isRichText(v)) return v.richText.map((run) => run.text).join('');
      if (typeof (v as { error?: unknown }).error === 'string') return { error: (v as { error: string }).error };
      return null;
    default:
      return null;
  }
}

/**
 * A cell's value for the engine's grid: numbers, text (rich text and hyperlink cells as their plain
 * text), booleans, `{ error }` values, dates as serial numbers, formulas as their saved result.
 * Returns `undefined` for a formula with no saved result (the caller records it and reads blank).
 * Merged cells other than the top-left one are not asked for: exceljs repeats the top-left value in them.
 */
export function cellToRaw(cell: Cell): RawValue | undefined {
  switch (cell.type) {
    case ValueType.Number:
    case ValueType.String:
    case ValueType.Boolean:
    case ValueType.Date:
    case ValueType.RichText:
    case ValueType.Error:
    case ValueType.SharedString:
      return plain(cell.value) ?? null;
    case ValueType.Formula:
      return plain(cell.result);
    case ValueType.Hyperlink:
      return plain((cell.value as { text?: unknown }).text) ?? null;
    default:
      return null;
  }
}

/** A cell's number format code, or null for General (in any case: some writers store "GENERAL") or none. */
export function cellFormat(cell: Cell): string | null {
  const f = cell.numFmt;
  return f && f.toLowerCase() !== 'general' ? f : null;
}
