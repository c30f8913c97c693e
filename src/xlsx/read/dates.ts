/** Dates as Excel holds them: serial numbers of days, in the 1900 date system. */

const MS_PER_DAY = 86_400_000;
/** Days from Excel's day 0 to 1 January 1970, in the 1900 date system. */
const UNIX_EPOCH_SERIAL = 25_569;
/** Days between day 0 of the 1900 date system and day 0 of the 1904 one. */
const DAYS_1904 = 1462;
/** The furthest a JavaScript date reaches either side of 1970, in milliseconds. */
const MAX_DATE_MS = 8.64e15;

/**
 * A date-formatted number as the 1900-system serial of the same moment, to the millisecond. This
 * is the arithmetic exceljs does (serial to a Date, rounded to the millisecond) followed by the
 * grid's (Date back to a serial), kept step for step so that both readers give the same number to
 * the last bit; a workbook in the 1904 date system has its serials moved to the 1900 system.
 */
export function dateSerial(v: number, date1904: boolean): number | null {
  const ms = Math.round((v - UNIX_EPOCH_SERIAL + (date1904 ? DAYS_1904 : 0)) * 24 * 3600 * 1000);
  return Number.isFinite(ms) && Math.abs(ms) <= MAX_DATE_MS ? UNIX_EPOCH_SERIAL + ms / MS_PER_DAY : null;
}

/** An ISO 8601 date or date-time as an Excel serial number, or null when it is not one. */
export function isoDateToSerial(iso: string): number | null {
  if (!/^\d{4}-\d{2}-\d{2}(T[\d:.]+)?(Z|[+-]\d{2}:\d{2})?$/.test(iso.trim())) return null;
  // A date-time without a zone is local to the workbook, which has none: read it as UTC.
  const text = /T/.test(iso) && !/(Z|[+-]\d{2}:\d{2})$/.test(iso.trim()) ? `${iso.trim()}Z` : iso.trim();
  const ms = Date.parse(text);
  return Number.isFinite(ms) ? UNIX_EPOCH_SERIAL + ms / 86_400_000 : null;
}
