/**
 * Reading a cell as a number, or as no data with the reason. A stored number is kept as stored
 * (a fraction under a % format stays 0.927); numbers typed as text ("92.7%", "1,234",
 * "£1,234.50") are read; blanks, "n/a", "TBC", suppression codes and Excel errors are no data —
 * never zero.
 */
import type { Magnitude, NoDataReason, ParsedNumber, RawValue } from './types';
import { noDataReasonOf, normaliseCellText } from './noDataCodes';
import { splitFlag } from './flags';
import { currencyOf, formatDecimals, isDateFormat, isDurationFormat, isPercentFormat } from './numberFormat';
import { excelSerialToDate } from '../periods/excelDate';

/**
 * A number written as text: sign, currency symbol, digits (grouped by commas or not), then % or,
 * after a currency symbol, a scale ("£1.25m", "£245k", "£1.2bn", "£3 million").
 */
const NUMBER_TEXT =
  /^([+\-\u2212])?([£€$¥])? ?([+\-\u2212])?((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+) ?(?:(%)|(k|m|bn|million|billion)(?![a-z]))?$/i;

/** Powers of ten of the scales an amount is written in. */
const SCALE_WORDS: Readonly<Record<string, { readonly power: number; readonly magnitude: Magnitude }>> = {
  k: { power: 3, magnitude: 'thousands' },
  m: { power: 6, magnitude: 'millions' },
  million: { power: 6, magnitude: 'millions' },
  bn: { power: 9, magnitude: 'billions' },
  billion: { power: 9, magnitude: 'billions' },
};

/** A figure in brackets, as accounts write a negative: "(£245k)", "(85)". */
const BRACKETED = /^\(\s*([^()]+?)\s*\)$/;

function negated(p: ParsedNumber | null): ParsedNumber | null {
  return p && p.value !== null && p.value > 0 ? { ...p, value: -p.value } : null;
}

/**
 * A figure in a row of money read as accounts write a negative, where the text is a number in
 * brackets ("(85)", an underspend of £85k): the number, negated; `parsed` as it was otherwise.
 */
export function accountsNegative(parsed: ParsedNumber): ParsedNumber {
  if (parsed.noData?.reason !== 'text') return parsed;
  const bracketed = BRACKETED.exec(parsed.noData.shown);
  return (bracketed && negated(parseNumberText(bracketed[1]))) ?? parsed;
}

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

/**
 * Reads "92.7%", "1,234", "£1,234.50", "-12", ".5", "£1.25m", and an amount in brackets as a negative
 * ("(£245k)", as accounts write an underspend); null when the text is not a plain number.
 */
function parseNumberText(text: string): ParsedNumber | null {
  // An amount in brackets ("(£245k)"); a bare "(85)" may be a count beside a share, and is read as a
  // negative only in a row of money ({@link accountsNegative}).
  const bracketed = BRACKETED.exec(text);
  if (bracketed) return /[£€$¥]/.test(bracketed[1]) ? negated(parseNumberText(bracketed[1])) : null;
  const match = NUMBER_TEXT.exec(text);
  if (match === null) return null;
  const [, signBefore, symbol, signAfter, digits, percent, scaleWord] = match;
  if (signBefore !== undefined && signAfter !== undefined) return null;
  if (symbol !== undefined && percent !== undefined) return null;
  // A scale only after a currency symbol: "1.25m" alone may be metres.
  if (scaleWord !== undefined && symbol === undefined) return null;
  const scale = scaleWord === undefined ? null : SCALE_WORDS[scaleWord.toLowerCase()];
  const sign = signBefore ?? signAfter;
  const plain = digits.replace(/,/g, '');
  // Shift the decimal point in the text rather than divide or multiply, so "92.7%" is exactly 0.927
  // and "£1.1m" exactly 1,100,000.
  const power = percent !== undefined ? -2 : (scale?.power ?? 0);
  const size = Number(power === 0 ? plain : `${plain}e${power}`);
  const negative = sign === '-' || sign === '\u2212';
  const point = plain.indexOf('.');
  return {
    value: negative && size !== 0 ? -size : size,
    percentFormat: percent !== undefined,
    fromText: true,
    formatDecimals: point === -1 ? 0 : plain.length - point - 1,
    noData: null,
    currency: symbol ?? null,
    ...(scale && { magnitude: scale.magnitude }),
  };
}

/** Seconds in a day: Excel keeps a length of time as a fraction of a day. */
export const SECONDS_PER_DAY = 86_400;

/** A part of a length of time written out: "4 minutes", "22 secs", "1 hr", "4m". */
const TIME_PART = /(\d+(?:\.\d+)?)\s*(hours?|hrs?|h|minutes?|mins?|m|seconds?|secs?|s)(?![a-z])/giy;
const PART_SECONDS: Readonly<Record<string, number>> = { h: 3600, m: 60, s: 1 };

/**
 * The seconds in a length of time written out: "4 minutes 22 seconds", "4 mins, 22 secs", "1 hr 5
 * mins", "4m 22s"; with `single`, one part alone too ("3 minutes", "51 seconds"). Null for anything
 * else. A part alone is a length of time only where the row's other figures are ("3 m" might be
 * three million, "3 minutes" a plain figure in minutes), and a letter alone ("4m") only beside another part.
 */
export function durationSeconds(text: string, single = false): number | null {
  return readDuration(text, single)?.seconds ?? null;
}

/**
 * The units a length of time written out is given in, as their letters ("m" for "3 minutes", "ms" for
 * "4 minutes 22 seconds"); null when the text is not one (one part alone counts).
 */
export function durationUnits(text: string): string | null {
  return readDuration(text, true)?.units ?? null;
}

function readDuration(text: string, single: boolean): { seconds: number; units: string } | null {
  const t = text.trim().toLowerCase();
  let seconds = 0;
  let parts = 0;
  let letters = false;
  let at = 0;
  const seen = new Set<string>();
  while (at < t.length) {
    TIME_PART.lastIndex = at;
    const m = TIME_PART.exec(t);
    if (!m) return null;
    const unit = m[2][0];
    // Each unit once, and from the largest to the smallest: "22 seconds 4 minutes" is not a time.
    if (seen.has(unit) || (unit === 'h' && seen.size) || (unit === 'm' && seen.has('s'))) return null;
    seen.add(unit);
    if (m[2].length === 1) letters = true;
    seconds += Number(m[1]) * PART_SECONDS[unit];
    parts++;
    at = TIME_PART.lastIndex;
    const gap = /^(?:\s*,\s*|\s+and\s+|\s+)/.exec(t.slice(at));
    if (gap) at += gap[0].length;
  }
  if (parts === 0 || (parts === 1 && (!single || letters))) return null;
  return { seconds, units: [...seen].join('') };
}

/** A length of time written out, as Excel would keep it: a fraction of a day. */
function durationText(text: string): ParsedNumber | null {
  const seconds = durationSeconds(text);
  return seconds === null ? null : durationNumber(seconds / SECONDS_PER_DAY, true);
}

/** A length of time kept as a fraction of a day. */
export function durationNumber(value: number, fromText: boolean): ParsedNumber {
  return {
    value,
    percentFormat: false,
    fromText,
    formatDecimals: null,
    noData: null,
    currency: null,
    duration: true,
  };
}

interface FormatFacts {
  readonly percent: boolean;
  /** True when the format shows a length of time ("mm:ss", "[h]:mm"): the number is a fraction of a day. */
  readonly duration: boolean;
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
      duration: isDurationFormat(format),
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
 * - A number under a time format ("mm:ss", "[h]:mm") is a length of time (`duration`), kept as the
 *   fraction of a day it is; so is text giving one in two parts or more ("4 minutes 22 seconds").
 * - Anything else is no data, with the reason and the text as shown: blank, 'not-available'
 *   ("n/a", "-", "DNA"), 'to-be-confirmed' ("TBC", "awaited"), 'suppressed' (c, z, x, k, ":"),
 *   'error' (#N/A, #DIV/0!, as an error value or as text), 'reported-annually' ("Annual",
 *   "Reported annually", "Year end"), 'not-due' ("Not due", "Measured twice per year"), 'date' (a number under a date format: a date, not a figure;
 *   shown as "01/10/2021") and 'text' (booleans, other words).
 *
 * Never throws and never reads missing data as 0.
 *
 * @param raw the cell's value as the host gives it
 * @param format the cell's number format code ("0.0%", "General"), if known
 */
/**
 * A share written as its counts, as small numbers are: "1 of 9", "266 out of 291", "70/74" (whole
 * numbers, the first no more than the second).
 */
const OF = String.raw`\s*(?:of|out of|\/)\s*`;
const COUNTS = new RegExp(String.raw`^(\d{1,6})${OF}(\d{1,6})$`, 'i');

/** "1 of 9" as the share it is (a fraction, shown as a percentage), with its counts; null for other text. */
function countsText(text: string): ParsedNumber | null {
  const m = COUNTS.exec(text);
  if (!m) return null;
  const of = Number(m[1]);
  const total = Number(m[2]);
  if (total === 0 || of > total) return null;
  return {
    value: of / total,
    percentFormat: true,
    fromText: true,
    formatDecimals: null,
    noData: null,
    currency: null,
    counts: { of, in: total },
  };
}

/** A percentage with the counts it is of, either way round: "85% (17/20)", "17 of 20 (85%)". */
const PERCENT_TEXT = String.raw`\d{1,3}(?:\.\d+)?\s*%`;
const COUNTS_WRITTEN = String.raw`\d{1,6}${OF}\d{1,6}`;
const PERCENT_WITH_COUNTS = new RegExp(String.raw`^(${PERCENT_TEXT})\s*\(\s*(${COUNTS_WRITTEN})\s*\)$`, 'i');
const COUNTS_WITH_PERCENT = new RegExp(String.raw`^(${COUNTS_WRITTEN})\s*\(\s*(${PERCENT_TEXT})\s*\)$`, 'i');

/**
 * "85% (17/20)" as the percentage, with its counts, where the counts give it to the decimals it shows
 * (1 of 3 is "33%"); null for other text, and where they do not (one of the two is then wrong, and
 * neither is chosen).
 */
function percentWithCounts(text: string): ParsedNumber | null {
  const m = PERCENT_WITH_COUNTS.exec(text);
  const n = m ? null : COUNTS_WITH_PERCENT.exec(text);
  if (!m && !n) return null;
  const percent = parseNumberText(m ? m[1] : n![2]);
  const counts = countsText(m ? m[2] : n![1]);
  if (!percent || percent.value === null || !counts?.counts) return null;
  const decimals = percent.formatDecimals ?? 0;
  const shown = (percent.value as number) * 100;
  const given = (counts.counts.of / counts.counts.in) * 100;
  if (Math.abs(given - shown) > 0.5 * 10 ** -decimals + 1e-9) return null;
  return { ...percent, counts: counts.counts };
}

/**
 * Where a percentage written with its counts gives the percentage: before its bracket ("85% (17/20)":
 * `first`) or within it ("17 of 20 (85%)": `bracket`); null for other text.
 */
export function percentPlace(text: string): 'first' | 'bracket' | null {
  const shown = normaliseCellText(text);
  if (PERCENT_WITH_COUNTS.test(shown)) return 'first';
  return COUNTS_WITH_PERCENT.test(shown) ? 'bracket' : null;
}

/** "Nil": none at all (a "nil return" is a return, not a figure). */
const NIL = /^nil$/i;
const NIL_FIGURE: ParsedNumber = {
  value: 0,
  percentFormat: false,
  fromText: true,
  formatDecimals: null,
  noData: null,
  currency: null,
};

/** True for text that writes the figure 0 in words ("Nil"): said as read as 0, not as a number stored as text. */
export function isNilText(text: string): boolean {
  return NIL.test(text.trim());
}

export function parseNumber(raw: RawValue, format?: string | null): ParsedNumber {
  if (raw === null || raw === undefined) return noData('blank', '');
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw)) return noData('error', String(raw));
    const facts = formatFacts(format);
    // A date (44470 shown as 01/10/2021) where a figure belongs is never read as the figure 44470.
    if (facts.date) return noData('date', dateShown(raw));
    if (facts.duration) return durationNumber(raw, false);
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
  // "Nil", as British returns write a count of none: the figure 0, read from text (and said so).
  if (NIL.test(shown)) return NIL_FIGURE;
  const plain = parseNumberText(shown) ?? durationText(shown) ?? countsText(shown) ?? percentWithCounts(shown);
  if (plain) return plain;
  // A figure with a mark: "153*", "153 (p)", "153 r" — the number, flagged.
  const marked = splitFlag(shown);
  const flagged = marked && parseNumberText(marked.text);
  return flagged ? { ...flagged, flag: marked.flag } : noData('text', shown);
}
