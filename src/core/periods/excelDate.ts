/**
 * Excel dates: serial numbers in the 1900 date system, and number formats that show a date.
 *
 * Serial 1 is 1 January 1900. Excel keeps Lotus 1-2-3's leap-year bug: serial 60 is the
 * fictitious 29 February 1900, so every serial from 61 (1 March 1900) on is one day ahead of a
 * plain day count.
 */

/** A calendar date; `month` is 1–12. */
export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const DAY_MS = 86_400_000;
/** 31 December 1899: serial 0 in a plain day count. */
const EPOCH_MS = Date.UTC(1899, 11, 31);

/**
 * The calendar date of an Excel serial number (1900 date system). A time of day (the fraction)
 * is dropped. Serial 60 gives the fictitious 29 February 1900, as Excel shows it.
 * Returns null for a serial below 1 or not finite.
 */
export function excelSerialToDate(serial: number): CalendarDate | null {
  if (!Number.isFinite(serial) || serial < 1) return null;
  const whole = Math.floor(serial);
  if (whole === 60) return { year: 1900, month: 2, day: 29 };
  const days = whole < 60 ? whole : whole - 1;
  const date = new Date(EPOCH_MS + days * DAY_MS);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/**
 * The Excel serial number of a calendar date (1900 date system), the inverse of
 * {@link excelSerialToDate}: `dateToExcelSerial(2021, 12, 1)` → 44531.
 * @throws RangeError for a date before 1 January 1900 or a month outside 1–12.
 */
export function dateToExcelSerial(year: number, month: number, day: number): number {
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    throw new RangeError(`Month must be 1–12; got ${month}.`);
  }
  if (year === 1900 && month === 2 && day === 29) return 60;
  const days = Math.round((Date.UTC(year, month - 1, day) - EPOCH_MS) / DAY_MS);
  if (days < 1) throw new RangeError(`Excel serial dates start on 1 January 1900; got ${year}-${month}-${day}.`);
  return days < 60 ? days : days + 1;
}

/**
 * True when an Excel number format shows a date ("mmm-yy", "dd/mm/yyyy", "[$-809]mmmm yyyy").
 * Quoted text, escaped characters and bracketed parts (colours, locales, conditions) are
 * ignored; a format with only hours, minutes or seconds ("h:mm", "[mm]:ss") is a time, not a date.
 */
export function isDateFormat(format: string | null | undefined): boolean {
  if (!format) return false;
  if (/\[(h+|m+|s+)\]/i.test(format)) return false;
  const code = format
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/[_*]./g, '')
    .replace(/\[[^\]]*\]/g, '')
    .toLowerCase();
  if (code.trim() === 'general') return false;
  if (/[dy]/.test(code)) return true;
  return /m/.test(code) && !/[hs]/.test(code);
}
