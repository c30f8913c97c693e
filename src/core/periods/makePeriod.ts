import type { Period } from './types';

/**
 * Building {@link Period} values. UK financial years run April to March: Q1 = April–June,
 * Q2 = July–September, Q3 = October–December, Q4 = January–March. `sortKey` counts months
 * from April 2000 = 0 to the period's last month.
 */

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** The full English name of a calendar month 1–12. */
export function monthName(month: number): string {
  return MONTH_NAMES[month - 1];
}

/** A financial year as written in reports: 2021 → "2021/22". */
export function financialYearLabel(fyStart: number): string {
  return `${fyStart}/${String((fyStart + 1) % 100).padStart(2, '0')}`;
}

/** The financial year (its starting calendar year) that a calendar month falls in. */
export function financialYearOfMonth(year: number, month: number): number {
  return month >= 4 ? year : year - 1;
}

/** The financial quarter 1–4 a calendar month falls in (April–June = 1, January–March = 4). */
export function quarterOfMonth(month: number): number {
  return Math.floor(((month + 8) % 12) / 3) + 1;
}

/** Months since April of the financial year: April = 0 … March = 11. */
function monthOffset(month: number): number {
  return (month + 8) % 12;
}

function base(fyStart: number): number {
  return (fyStart - 2000) * 12;
}

/** A quarter of a financial year: `quarterPeriod(2021, 3)` is "Q3 2021/22" (October–December 2021). */
export function quarterPeriod(fyStart: number, quarter: number): Period {
  return {
    kind: 'quarter',
    fyStart,
    quarter,
    month: null,
    label: `Q${quarter} ${financialYearLabel(fyStart)}`,
    sortKey: base(fyStart) + quarter * 3 - 1,
  };
}

/** A calendar month, placed in its financial year: `monthPeriod(2021, 12)` is "December 2021" (fyStart 2021). */
export function monthPeriod(fyStart: number, month: number): Period {
  const year = month >= 4 ? fyStart : fyStart + 1;
  return {
    kind: 'month',
    fyStart,
    quarter: quarterOfMonth(month),
    month,
    label: `${monthName(month)} ${year}`,
    sortKey: base(fyStart) + monthOffset(month),
  };
}

/** How many months `p` takes in: a quarter 3, a month 1, a term 3 or 4, a year (or a year to date, at most) 12. */
export function periodMonths(p: Period): number {
  if (p.kind === 'quarter') return 3;
  if (p.kind === 'month') return 1;
  if (p.kind === 'term' && p.term !== undefined) return TERM_MONTHS[p.term - 1];
  return 12 * (p.pooled ?? 1);
}

/** The sort key of the first month `p` takes in (a year to date is taken as its whole year). */
export function firstMonth(p: Period): number {
  return p.sortKey - periodMonths(p) + 1;
}

/** The quarter, month, term or year before `p` ("Q2 2024/25" before Q3 2024/25, "March 2024" before April 2024); null for a year to date. */
export function periodBefore(p: Period): Period | null {
  if (p.kind === 'quarter' && p.quarter !== null)
    return p.quarter > 1 ? quarterPeriod(p.fyStart, p.quarter - 1) : quarterPeriod(p.fyStart - 1, 4);
  if (p.kind === 'month' && p.month !== null)
    return p.month === 4 ? monthPeriod(p.fyStart - 1, 3) : monthPeriod(p.fyStart, p.month === 1 ? 12 : p.month - 1);
  if (p.kind === 'year') {
    if (p.pooled) return pooledYearsPeriod(p.fyStart - p.pooled, p.fyStart - 1, p.calendar === true);
    if (p.calendar) return calendarYearPeriod(p.fyStart - 1);
    if (p.rolling) return rollingYearPeriod(p.fyStart - 1, rollingEnd(p));
    return p.academic ? academicYearPeriod(p.fyStart - 1) : yearPeriod(p.fyStart - 1);
  }
  if (p.kind === 'term' && p.term !== undefined)
    return p.term > 1 ? termPeriod(p.fyStart, p.term === 3 ? 2 : 1) : termPeriod(p.fyStart - 1, 3);
  return null;
}

/** The same quarter, month or term a year before ("Q3 2017/18" for Q3 2018/19); null for any other period. */
export function sameTimeYearBefore(p: Period): Period | null {
  if (p.kind === 'quarter' && p.quarter !== null) return quarterPeriod(p.fyStart - 1, p.quarter);
  if (p.kind === 'month' && p.month !== null) return monthPeriod(p.fyStart - 1, p.month);
  if (p.kind === 'term' && p.term !== undefined) return termPeriod(p.fyStart - 1, p.term);
  return null;
}

/** A whole financial year, ending in March: `yearPeriod(2014)` is "2014/15". */
export function yearPeriod(fyStart: number): Period {
  return {
    kind: 'year',
    fyStart,
    quarter: null,
    month: null,
    label: financialYearLabel(fyStart),
    sortKey: base(fyStart) + 11,
  };
}

/**
 * A school's academic year, September to August: `academicYearPeriod(2023)` is "academic year
 * 2023/24", ending in August 2024.
 */
export function academicYearPeriod(start: number): Period {
  return {
    kind: 'year',
    fyStart: start,
    quarter: null,
    month: null,
    label: `academic year ${financialYearLabel(start)}`,
    sortKey: base(start + 1) + monthOffset(8),
    academic: true,
  };
}

/**
 * A calendar year, January to December: `calendarYearPeriod(2024)` is "2024", ending in December
 * 2024. Read only where a header row heads its columns with years alone (see `readHeaderRow`).
 */
export function calendarYearPeriod(year: number): Period {
  return {
    kind: 'year',
    fyStart: year,
    quarter: null,
    month: null,
    label: String(year),
    sortKey: base(year) + monthOffset(12),
    calendar: true,
  };
}

/**
 * Years pooled, from `first` to `last`: calendar years ("2021 to 2023", ending in December 2023) or
 * financial years ("2021/22 to 2023/24", ending in March 2024), as public health figures are given
 * over three years. Its sort key is half a month before the last year's end: never the same period
 * as that year alone, and ordered just before it.
 */
export function pooledYearsPeriod(first: number, last: number, calendar: boolean): Period {
  const end = calendar ? calendarYearPeriod(last) : yearPeriod(last);
  const label = calendar ? `${first} to ${last}` : `${financialYearLabel(first)} to ${financialYearLabel(last)}`;
  const pooled = last - first + 1;
  return calendar
    ? { kind: 'year', fyStart: last, quarter: null, month: null, label, sortKey: end.sortKey - 0.5, calendar, pooled }
    : { kind: 'year', fyStart: last, quarter: null, month: null, label, sortKey: end.sortKey - 0.5, pooled };
}

/**
 * A rolling year, the twelve months to the end of `month`: `rollingYearPeriod(2024, 9)` is "12 months
 * to September 2024", ending in September 2024 (fyStart 2024, the financial year that month is in).
 */
export function rollingYearPeriod(fyStart: number, month: number): Period {
  const year = month >= 4 ? fyStart : fyStart + 1;
  return {
    kind: 'year',
    fyStart,
    quarter: null,
    month: null,
    label: `12 months to ${monthName(month)} ${year}`,
    sortKey: base(fyStart) + monthOffset(month),
    rolling: true,
  };
}

/** The last month (1–12) of a rolling year. */
function rollingEnd(p: Period): number {
  return ((p.sortKey - base(p.fyStart) + 3) % 12) + 1;
}

const TERM_NAMES = ['autumn', 'spring', 'summer'] as const;
/** The month each term ends, counted from the April before the academic year: December, March, July. */
const TERM_ENDS = [8, 11, 15] as const;
/** How many months each term takes in: September to December, January to March, April to July. */
export const TERM_MONTHS = [4, 3, 4] as const;

/**
 * A school term of the academic year that starts in September of `start`: `termPeriod(2023, 3)` is
 * "summer term 2023/24", ending in July 2024, before the academic year itself (August).
 */
export function termPeriod(start: number, term: 1 | 2 | 3): Period {
  return {
    kind: 'term',
    fyStart: start,
    quarter: null,
    month: null,
    label: `${TERM_NAMES[term - 1]} term ${financialYearLabel(start)}`,
    sortKey: base(start) + TERM_ENDS[term - 1],
    academic: true,
    term,
  };
}

/**
 * Year to date. With a quarter or month it ends there ("Q2 2021/22 year to date"); with
 * neither it is "2021/22 year to date", ordered at the year's end (after the year's quarters).
 */
export function ytdPeriod(fyStart: number, end: { quarter?: number; month?: number } = {}): Period {
  const fy = financialYearLabel(fyStart);
  if (end.month !== undefined) {
    const asMonth = monthPeriod(fyStart, end.month);
    return { ...asMonth, kind: 'ytd', label: `${asMonth.label} year to date` };
  }
  if (end.quarter !== undefined) {
    const asQuarter = quarterPeriod(fyStart, end.quarter);
    return { ...asQuarter, kind: 'ytd', label: `${asQuarter.label} year to date` };
  }
  return { kind: 'ytd', fyStart, quarter: null, month: null, label: `${fy} year to date`, sortKey: base(fyStart) + 11 };
}
