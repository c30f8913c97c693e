import type { Period } from './types';
import type { RawValue } from '../values/types';
import { excelSerialToDate, isDateFormat } from './excelDate';
import {
  academicYearPeriod,
  calendarYearPeriod,
  pooledYearsPeriod,
  rollingYearPeriod,
  financialYearOfMonth,
  monthPeriod,
  quarterOfMonth,
  quarterPeriod,
  termPeriod,
  yearPeriod,
  ytdPeriod,
} from './makePeriod';
import { fullYear, MONTH, monthNumber, plausible, readPeriodTokens, type PeriodTokens } from './periodTokens';

/**
 * What surrounds a header and may supply what it leaves out. A table sets `fyStart` from a
 * title ("Scorecard Q3 2021/22"), a group header above ("2021/22" over "Q1 … Q4") or the
 * header to the left, so that "Q3", "Quarter 3", "YTD" or "Dec" alone can be read.
 * A year written in the header itself always wins over the context.
 */
export interface PeriodContext {
  /** Start of the financial year to assume when the header names none (2021 for 2021/22). */
  readonly fyStart?: number;
  /** True where the row's periods are calendar years ("2022 | 2023 | 2024"): a year alone is one. */
  readonly calendarYears?: boolean;
}

/** Serial numbers of 1 January 1970 and 31 December 2099: the dates taken as period headers. */
const FIRST_SERIAL = 25569;
const LAST_SERIAL = 73050;

/**
 * Turns the parts read from a header into a period, taking the financial year from the context
 * when the header names none. Returns null when the parts do not make a whole period.
 */
export function periodFromTokens(tokens: PeriodTokens, context: PeriodContext = {}): Period | null {
  if (tokens.complete && !tokens.any && tokens.calendarYear !== null && context.calendarYears)
    return calendarYearPeriod(tokens.calendarYear);
  if (!tokens.complete || !tokens.any) return null;
  // A school term, of the academic year the words or the context name: a term only, not "Q1" or a year to date.
  if (tokens.term !== null) {
    const start = tokens.fyStart ?? context.fyStart ?? null;
    const alone = tokens.month === null && tokens.quarter === null && !tokens.ytd;
    return alone && start !== null ? termPeriod(start, tokens.term) : null;
  }
  // A school's academic year names its own years, and is a whole year: not "Q1 (AY)".
  if (tokens.academic) {
    const whole = tokens.month === null && tokens.quarter === null && !tokens.ytd;
    return whole && tokens.fyStart !== null ? academicYearPeriod(tokens.fyStart) : null;
  }
  const fyStart = tokens.fyStart ?? context.fyStart ?? null;
  if (fyStart === null) return null;
  // A rolling year: twelve months to the month named, not that month alone.
  if (tokens.rolling)
    return tokens.month !== null && tokens.quarter === null && !tokens.ytd
      ? rollingYearPeriod(fyStart, tokens.month)
      : null;
  if (tokens.month !== null) {
    return tokens.ytd ? ytdPeriod(fyStart, { month: tokens.month }) : monthPeriod(fyStart, tokens.month);
  }
  if (tokens.quarter !== null) {
    return tokens.ytd ? ytdPeriod(fyStart, { quarter: tokens.quarter }) : quarterPeriod(fyStart, tokens.quarter);
  }
  if (tokens.ytd) return ytdPeriod(fyStart);
  return tokens.fyStart !== null ? yearPeriod(fyStart) : null;
}

/**
 * The period named in a sheet's name or a title, among other words ("Q4 2024-25 (old)" → Q4 2024/25,
 * "Corporate Scorecard – Quarter 2 2024/25" → Q2 2024/25): its longest run of up to four words that
 * reads as a period, the first such run on a tie. A year to date is not taken.
 */
export function periodInText(text: string): Period | null {
  const words = text
    .replace(/[()[\]_]/g, ' ')
    .split(/\s+/)
    .filter((w) => w !== '');
  for (let len = Math.min(words.length, 4); len >= 1; len--) {
    for (let i = 0; i + len <= words.length; i++) {
      const p = parsePeriodHeader(words.slice(i, i + len).join(' '));
      if (p && p.kind !== 'ytd') return p;
    }
  }
  return null;
}

/**
 * The period of the figures under a title, or on a sheet named so: the period the whole text names
 * among its other words ("Corporate performance report, Quarter 2 2024/25", "KPI scorecard Q3
 * 2023/24 (October to December 2023)", "July to September 2024", "Scorecard 2023/24", "Quarter
 * ending September 2024" → Q2 2024/25). Stricter than {@link periodInText}, which only places a
 * sheet in time: null when the text's period parts disagree ("Q1 December 2024"), when it speaks of
 * a year to date, or when it dates the sheet rather than its figures ("Last updated 12 March 2025",
 * "Published March 2025", "Position as at 30 September 2024"), or names the period they are
 * compared with ("Trend: ↑ improved, ↓ declined, compared with 2021/22").
 */
export function figuresPeriodInText(text: string): Period | null {
  if (saysNoFiguresPeriod(text)) return null;
  const read = readPeriodTokens(text);
  // A title that names a quarter or month speaks of it, whatever else it says of academic years
  // ("Q2 2024/25 scorecard (attainment by academic year)").
  const tokens = read.academic && (read.quarter !== null || read.month !== null) ? { ...read, academic: false } : read;
  if (!tokens.any || !tokens.consistent || tokens.ytd || tokens.fyStart === null) return null;
  const ending = quarterEnding(tokens, text);
  if (ending !== null) return quarterPeriod(tokens.fyStart, ending);
  return periodFromTokens({ ...tokens, complete: true });
}

/** A line that names no period of its figures: too long for a title, or one that dates the document or names a period compared with. */
function saysNoFiguresPeriod(text: string): boolean {
  return text.length > 200 || WHEN_MADE.test(text) || DAY_OF_MONTH.test(text) || COMPARED.test(text);
}

/** "Quarter ending September 2024": the quarter that ends with the month a title names; null where it says no such thing. */
function quarterEnding(t: PeriodTokens, text: string): number | null {
  return t.quarter === null && t.month !== null && t.month % 3 === 0 && /\b(?:quarter|qtr)\b/i.test(text)
    ? quarterOfMonth(t.month)
    : null;
}

/**
 * The year to date a title's figures run to, where it names a quarter or month, with or without
 * words of a year so far: "Quarter 2 2024/25", "Quarter 2 2024/25 (April to September 2024)" and
 * "April to September 2024" are all Q2 2024/25 year to date. Null as {@link figuresPeriodInText}
 * is for a line that dates the document or names a period compared with, and where no quarter or
 * month is named.
 */
export function yearToDateInText(text: string): Period | null {
  if (saysNoFiguresPeriod(text)) return null;
  const t = readPeriodTokens(text);
  if (!t.any || !t.consistent || t.fyStart === null || t.academic || t.rolling) return null;
  const quarter = t.quarter ?? quarterEnding(t, text);
  if (quarter !== null) return ytdPeriod(t.fyStart, { quarter });
  return t.month !== null ? ytdPeriod(t.fyStart, { month: t.month }) : null;
}

/** True for a key or a line that names the period figures are compared with (see {@link COMPARED}), not theirs. */
export function namesComparedPeriod(text: string): boolean {
  return COMPARED.test(text);
}

/**
 * A key or a line that names the period figures are compared with, not theirs: "Trend: ↑ improved,
 * ↓ declined, compared with 2021/22", "Key: …", "Direction of travel against 2022/23".
 */
const COMPARED =
  /\bcompared\s+(?:with|to|against)\b|\b(?:against|versus|vs\.?)\s+(?:the\s+)?(?:same\s+\w+\s+)?(?:q[1-4]\b|quarter\b|\d{2,4}\s*[/-]\s*\d{2,4}|last\b|previous\b)|^\s*(?:key|trend|notes?|legend|direction of travel)\s*[:–—-]|[↑↓↔▲▼]/i;

/** Words that date a document: when it was made, not what its figures are for. */
const MADE_ON = /\b(?:dated|updated|published|printed|produced|prepared|created|refreshed|extracted|issued)\b/i;
/** Words that date a sheet rather than name its figures' period. */
const WHEN_MADE = new RegExp(`${MADE_ON.source}|\\bas at\\b`, 'i');

/** True for a line that says when its document was made ("Dated: 17th January 2013", "Last updated 12 March 2025"). */
export function datesTheDocument(text: string): boolean {
  return MADE_ON.test(text);
}
/** A day of the month before a month's name: "12 March 2025", "1st April 2024". */
const DAY_OF_MONTH = /\b\d{1,2}(?:st|nd|rd|th)?[\s-]+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i;

/**
 * The month of an Excel date serial, as a month period, when it lies between 1970 and 2099;
 * else null. The caller decides whether the cell is a date (see {@link isDateFormat}).
 */
export function periodFromSerial(serial: number): Period | null {
  if (serial < FIRST_SERIAL || serial > LAST_SERIAL) return null;
  const date = excelSerialToDate(serial);
  return date ? monthPeriod(financialYearOfMonth(date.year, date.month), date.month) : null;
}

/**
 * A header that is a date written out, and nothing else but words such as "as at": "30 Sep 2024",
 * "30-Sep-24", "31st March 2024", "As at 30/09/2024", "Snapshot 30.09.24" (day first, as in the UK).
 */
const WRITTEN_DATE = new RegExp(
  `^(?:(?:as\\s+(?:at|of)|at|on|position\\s+(?:at|as\\s+at|on)|snapshot(?:\\s+(?:at|on|as\\s+at))?)\\s+)?` +
    `(?:(\\d{1,2})(?:st|nd|rd|th)?[\\s-]+(${MONTH})\\.?[\\s-]+(\\d{4}|\\d{2})|(\\d{1,2})([/.-])(\\d{1,2})\\5(\\d{4}|\\d{2}))$`,
  'i',
);

/** The month of a date written out as a header (see {@link WRITTEN_DATE}), as a date cell in its place is read; else null. */
export function writtenDate(text: string): Period | null {
  if (!/\d/.test(text)) return null;
  const m = WRITTEN_DATE.exec(text.replace(/\s+/g, ' '));
  if (!m) return null;
  const day = Number(m[1] ?? m[4]);
  const month = m[2] !== undefined ? monthNumber(m[2].toLowerCase()) : Number(m[6]);
  const year = fullYear(m[3] ?? m[7]);
  if (day < 1 || day > 31 || month < 1 || month > 12 || !plausible(year)) return null;
  return monthPeriod(financialYearOfMonth(year, month), month);
}

/** Calendar years pooled: "2021 - 23", "2019 to 2023". */
const POOLED_YEARS = /^((?:19|20)\d\d)\s*(?:[-–—]|to)\s*((?:19|20)?\d\d)$/i;
/** Financial years pooled: "2021/22 - 23/24", "2021/22 to 2023/24". */
const POOLED_FINANCIAL = /^((?:19|20)\d\d)\/(\d\d|\d{4})\s*(?:[-–—]|to)\s*((?:19|20)?\d\d)\/(\d\d|\d{4})$/i;

/** Years pooled, as public health figures are given over three ("2021 - 23", "2021/22 - 23/24"); null for any other text. */
function pooledYears(text: string): Period | null {
  const full = (s: string, near: number) => (s.length === 4 ? Number(s) : Math.floor(near / 100) * 100 + Number(s));
  const cal = POOLED_YEARS.exec(text);
  if (cal) {
    const first = Number(cal[1]);
    const last = full(cal[2], first);
    return last > first + 1 && last - first < 10 ? pooledYearsPeriod(first, last, true) : null;
  }
  const fy = POOLED_FINANCIAL.exec(text);
  if (!fy) return null;
  const first = Number(fy[1]);
  const last = full(fy[3], first);
  const oneYear = full(fy[2], first) === first + 1 && full(fy[4], last) === last + 1;
  return oneYear && last > first && last - first < 10 ? pooledYearsPeriod(first, last, false) : null;
}

/** A header that is a year as a number (2024), where the context says the row's years are calendar years. */
export function calendarYearNumber(raw: number, context: PeriodContext): Period | null {
  return context.calendarYears && Number.isInteger(raw) && raw >= 1970 && raw <= 2099 ? calendarYearPeriod(raw) : null;
}

/**
 * Reads a column header as a period (UK financial years, Q1 = April–June).
 *
 * Accepts quarters ("Q3 2021/22", "Q3 21/22", "2021/22 Q3", "Q3 2021-22", "Qtr 3 2021/22",
 * "Quarter 3 2021/22", "Quarter 2 (July-September) 2019/20"), months as text ("Dec-21",
 * "Dec 21", "December 2021", "Sep-2021") or as a real date (a serial number whose `format` is a
 * date format, such as 44531 with "mmm-yy"), financial years ("2014/15", "2014-15",
 * "2014/2015", "FY 2014/15", "1 April 2018 to 31 March 2019"), a quarter's dates ("1 July - 30
 * September 2024"), year to date ("2021/22 YTD", "YTD Q2 2021/22") and schools' academic years
 * ("2023/24 (AY)", "Academic year 2023/24", "2022-23 school year"), September to August. Words such as
 * "actual", "outturn" or "provisional" may accompany them; any other word ("Target Q3",
 * "Q3 RAG") means the header is not a period.
 *
 * A header without a year ("Q3", "Quarter 3", "YTD", "Dec") gives null unless
 * `context.fyStart` supplies the year. So does a calendar year with a quarter ("Q3 2021"),
 * which does not say which quarter it means, and a number without a date format.
 *
 * @param raw The header cell's value.
 * @param format The cell's number format, needed to read a date serial.
 * @param context A financial year to assume when the header names none.
 */
export function parsePeriodHeader(raw: RawValue, format?: string | null, context: PeriodContext = {}): Period | null {
  if (typeof raw === 'number') return isDateFormat(format) ? periodFromSerial(raw) : calendarYearNumber(raw, context);
  if (typeof raw !== 'string') return null;
  const text = raw.trim();
  if (text === '' || text.length > 80) return null;
  const dated = writtenDate(text);
  if (dated) return dated;
  const period = periodFromTokens(readPeriodTokens(text), context);
  return period ?? (context.calendarYears ? pooledYears(text) : null);
}
