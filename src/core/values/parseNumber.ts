/**
 * Reading a cell as a number, or as no data with the reason. A stored number is kept as stored
 * (a fraction under a % format stays 0.927); numbers typed as text ("92.7%", "1,234",
 * "£1,234.50") are read; blanks, "n/a", "TBC", suppression codes and Excel errors are no data —
 * never zero.
 */
import type { NoDataReason, ParsedNumber, RawValue } from './types';
import { noDataReasonOf, normaliseCellText } from './noDataCodes';
import { splitFlag } from './flags';
import { currencyOf, formatDecimals, isDateFormat, isPercentFormat } from './numberFormat';
import { excelSerialToDate } from '../periods/excelDate';

/** A number written as text: sign, currency symbol, digits (grouped by commas or not), %. */
const NUMBER_TEXT = /^([+\-\u2212])?([£€$¥])? ?([+\-\u2212])?((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+) ?(%)?$/;

function noData(reason: NoDataReason, shown: string): ParsedNumber {
  return {
    value: null,
    percentFormat: false,
    fromText: false,
    formatDecimals: null,
    noData: { reason, shown },
    currency: null,
  };
}

/** A date serial as a British reader writes it, "01/10/2021"; the serial itself when it is no date. */
function dateShown(serial: number): string {
  const d = excelSerialToDate(serial);
  if (d === null) return String(serial);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(d.day)}/${two(d.month)}/${d.year}`;
}

/** Reads "92.7%", "1,234", "£1,234.50", "-12", ".5"; null when the text is not a plain number. */
function parseNumberText(text: string): ParsedNumber | null {
  const match = NUMBER_TEXT.exec(text);
  if (match === null) return null;
  const [, signBefore, symbol, signAfter, digits, percent] = match;
  if (signBefore !== undefined && signAfter !== undefined) return null;
  if (symbol !== undefined && percent !== undefined) return null;
  const sign = signBefore ?? signAfter;
  const plain = digits.replace(/,/g, '');
  // Shift the decimal point in the text rather than divide, so "92.7%" is exactly 0.927.
  const magnitude = Number(percent === undefined ? plain : `${plain}e-2`);
  const negative = sign === '-' || sign === '\u2212';
  const point = plain.indexOf('.');
  return {
    value: negative && magnitude !== 0 ? -magnitude : magnitude,
    percentFormat: percent !== undefined,
    fromText: true,
    formatDecimals: point === -1 ? 0 : plain.length - point - 1,
    noData: null,
    currency: symbol ?? null,
  };
}

interface FormatFacts {
  readonly percent: boolean;
  /** True when the format shows a date ("dd/mm/yyyy", "mmm-yy"): the number is a date serial, not a figure. */
  readonly date: boolean;
  readonly decimals: number | null;
  readonly currency: string | null;
}

/** What a number format says, worked out once per format: a sheet has thousands of cells and a handful of formats. */
const FORMAT_FACTS = new Map<string, FormatFacts>();

function formatFacts(format: string | null | undefined): FormatFacts {
  const key = format ?? '';
  let facts = FORMAT_FACTS.get(key);
  if (!facts) {
    facts = {
      percent: isPercentFormat(format),
      date: isDateFormat(format),
      decimals: formatDecimals(format),
      currency: currencyOf(format),
    };
    if (FORMAT_FACTS.size > 1000) FORMAT_FACTS.clear();
    FORMAT_FACTS.set(key, facts);
  }
  return facts;
}

/**
 * Reads a cell's value as a number.
 *
 * - A stored number is returned as stored; `percentFormat`, `formatDecimals` and `currency`
 *   come from the cell's number format.
 * - Text holding a plain number is read (`fromText` true): "92.7%" gives 0.927 with
 *   `percentFormat` true, "1,234" gives 1234; `formatDecimals` is then the decimal places the
 *   text shows. A number with a provisional or revised mark ("153*", "153 (p)", "153p",
 *   "153 [r]") is read with `flag` set.
 * - Anything else is no data, with the reason and the text as shown: blank, 'not-available'
 *   ("n/a", "-", "DNA"), 'to-be-confirmed' ("TBC", "awaited"), 'suppressed' (c, z, x, k, ":"),
 *   'error' (#N/A, #DIV/0!, as an error value or as text), 'reported-annually' ("Annual",
 *   "Reported annually", "Year end"), 'date' (a number under a date format: a date, not a figure;
 *   shown as "01/10/2021") and 'text' (booleans, other words).
 *
 * Never throws and never reads missing data as 0.
 *
 * @param raw the cell's value as the host gives it
 * @param format the cell's number format code ("0.0%", "General"), if known
 */
export function parseNumber(raw: RawValue, format?: string | null): ParsedNumber {
  if (raw === null || raw === undefined) return noData('blank', '');
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw)) return noData('error', String(raw));
    const facts = formatFacts(format);
    // A date (44470 shown as 01/10/2021) where a figure belongs is never read as the figure 44470.
    if (facts.date) return noData('date', dateShown(raw));
    return {
      value: raw,
      percentFormat: facts.percent,
      fromText: false,
      formatDecimals: facts.decimals,
      noData: null,
      currency: facts.currency,
    };
  }
  if (typeof raw === 'boolean') return noData('text', raw ? 'TRUE' : 'FALSE');
  if (typeof raw === 'object') {
    // Hosts should convert anything else (a Date, a rich-text object) before it reaches here.
    const error: unknown = (raw as { error?: unknown }).error;
    return typeof error === 'string' ? noData('error', error) : noData('text', String(raw));
  }
  if (typeof raw !== 'string') return noData('text', String(raw));
  const shown = normaliseCellText(raw);
  if (shown === '') return noData('blank', '');
  const reason = noDataReasonOf(shown);
  if (reason !== null) return noData(reason, shown);
  const plain = parseNumberText(shown);
  if (plain) return plain;
  // A figure with a mark: "153*", "153 (p)", "153 r" — the number, flagged.
  const marked = splitFlag(shown);
  const flagged = marked && parseNumberText(marked.text);
  return flagged ? { ...flagged, flag: marked.flag } : noData('text', shown);
}
