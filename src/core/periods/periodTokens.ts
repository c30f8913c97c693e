import { financialYearOfMonth, quarterOfMonth } from './makePeriod';

/**
 * Reading the parts of a period from header text ("Q3 2021/22", "Dec-21", "2021/22 YTD",
 * "Quarter 2 (July-September) 2019/20"), before any year is supplied from context.
 */

/** What a header's words say about a period. */
export interface PeriodTokens {
  /** True when every word was understood: a period part, or a word such as "actual" or "FY". */
  readonly complete: boolean;
  /** True when the period parts found agree with one another, other words aside: not "Q1 December 2021". */
  readonly consistent: boolean;
  /** True when at least one period part (year, quarter, month, YTD) was found. */
  readonly any: boolean;
  /** Financial year start, from "2021/22" or from a month with its year ("Dec-21" → 2021). */
  readonly fyStart: number | null;
  readonly quarter: number | null;
  readonly month: number | null;
  readonly ytd: boolean;
  /** True when the words say it is a school's academic year ("(AY)", "academic year", "school year"). */
  readonly academic: boolean;
  /** A school term the words name (1 autumn, 2 spring, 3 summer); `fyStart` is then its academic year's start. */
  readonly term: 1 | 2 | 3 | null;
  /**
   * A year written alone ("2024", "2024 (provisional)"), no other period part beside it: a calendar
   * year, read as a period only where the context says the row's years are such (`any` stays false).
   */
  readonly calendarYear: number | null;
  /** True for a rolling year, "12 months to Sep 2024": `month` is its last month. */
  readonly rolling: boolean;
}

export const MONTH =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const MONTH_KEYS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const FY_RE = /(?<![\d/-])(\d{4}|\d{2})\s*[/-]\s*(\d{4}|\d{2})(?![\d/-])/g;
const YTD_RE = /\b(?:f?ytd|year[\s-]+to[\s-]+date|y t d|cumulative)\b/g;
/**
 * A school term, with the calendar year it falls in or not ("Summer 2024", "Autumn term", "Spr 24"):
 * a year written "2023/24" is read first, as the academic year's. Not "Sum", which heads a total.
 */
const TERM_RE = /\b(autumn|aut|spring|spr|summer)(?:\s+term)?\b(?:\s*-?\s*(\d{4}|\d{2})\b)?/g;
const TERM_WORDS: Record<string, 1 | 2 | 3> = { autumn: 1, aut: 1, spring: 2, spr: 2, summer: 3 };
/** "Same period last year", "last year", "corresponding quarter previous year". */
const LAST_YEAR_RE = /\b(?:(?:same|corresponding)\s+(?:period|quarter|qtr|month)\s+)?(?:last|previous|prior)\s+year\b/g;
const ACADEMIC_RE = /\b(?:academic(?:\s+year)?|school\s+year|ay)\b/g;
const RANGE_RE = new RegExp(`\\b(${MONTH})\\s*(?:-|to)\\s*(${MONTH})\\b(?:\\s*-?\\s*(\\d{4}|\\d{2})\\b)?`, 'g');
/**
 * A range of dates or months with the year at its end, and perhaps at its start: "1 April 2018 to
 * 31 March 2019", "1 July - 30 September 2024", "Apr 24 - Jun 24", "Oct-23 - Sep-24".
 */
const DATES_RE = new RegExp(
  `(?:\\b\\d{1,2}(?:st|nd|rd|th)?\\s+)?\\b(${MONTH})(?:(?:\\s+|\\s*-\\s*)(\\d{4}|\\d{2}))?\\s*(?:-|to)\\s*(?:\\d{1,2}(?:st|nd|rd|th)?\\s+)?(${MONTH})(?:\\s+|\\s*-\\s*)(\\d{4}|\\d{2})\\b`,
  'g',
);
/** From the first quarter to a later one: "Q1-Q2 2024/25", "Q1 to Q3", "Qtr 1 - 4": the year to date at the later. */
const QUARTER_SPAN_RE = /\b(?:q|qtr|quarter)\s*1\s*(?:-|to)\s*(?:q|qtr|quarter)?\s*([2-4])\b/g;
/** The first half of the financial year, April to September: "H1 2024/25", "First half", "Half year 1". */
const FIRST_HALF_RE = /\b(?:h1|half\s*(?:year\s*)?1|(?:1st|first)\s+half(?:\s+year)?)\b/g;
/** The second half, October to March on its own: no period read here (see {@link namesSecondHalf}). */
const SECOND_HALF_RE = /\b(?:h2|half\s*(?:year\s*)?2|(?:2nd|second)\s+half(?:\s+year)?)\b/;

/** True when header text, in lower case, names the second half of a year ("H2 2024/25", "Second half", "Half year 2"). */
export function namesSecondHalf(text: string): boolean {
  return SECOND_HALF_RE.test(text);
}

/** `text`, in lower case, without the words naming the second half of a year: what else it says ("H2 2024/25": "2024/25"). */
export function withoutSecondHalf(text: string): string {
  return text.replace(SECOND_HALF_RE, ' ').trim();
}
/** "Mid-year 2024/25": the first half of that financial year; alone, it may be a population's mid-year estimate. */
const MID_YEAR_RE = /\bmid[\s-]?year\b/g;
/** A rolling year said without its last month beside it ("Rolling 12 months (Oct 23 - Sep 24)"): the months say which. */
const ROLLING_WORDS_RE = /\b(?:rolling\s+(?:12|twelve)\s+months?|(?:12|twelve)\s+months?\s+rolling|rolling\s+year)\b/g;
/** A rolling year, as police and health dashboards head it: "12 months to Sep 2024", "Rolling 12 months ending March 2024". */
const ROLLING_RE = new RegExp(
  `\\b(?:rolling\\s+)?(?:12|twelve)\\s+months?\\s+(?:to|ending|ended|up\\s+to)\\s+(${MONTH})\\b(?:\\s*-?\\s*(\\d{4}|\\d{2})\\b)?`,
  'g',
);
/** "Quarter ending June 2024", "Qtr to Sep 24": the quarter that month ends. */
const QUARTER_ENDING_RE = new RegExp(
  `\\b(?:quarter|qtr)\\s+(?:ending|ended|end|to)\\s+(${MONTH})\\b(?:\\s*-?\\s*(\\d{4}|\\d{2})\\b)?`,
  'g',
);
const MONTH_RE = new RegExp(`\\b(${MONTH})\\b(?:\\s*-?\\s*(\\d{4}|\\d{2})\\b)?`, 'g');
const DATED_RE = new RegExp(`\\b(${MONTH})\\b[\\s-]*(\\d{4})\\b`);
/**
 * A finance period, a month of the financial year by its number: "Period 4" (July), "Month 6"
 * (September), as budget monitoring counts them from April, or shortened: "P6", "P06", "Per 9".
 * A "P13" is of a year of thirteen four-week periods, which have no months: no period.
 */
const FINANCE_PERIOD = String.raw`\b(?:(?:period|month|per)\s*|p)`;
const FINANCE_PERIOD_RE = new RegExp(`${FINANCE_PERIOD}(1[0-2]|0?[1-9])\\b`, 'g');
/** A finance period's number as written, whatever it is ("P13" too), for a row's periods to be checked against a year of months. */
const FINANCE_PERIOD_NUMBER = new RegExp(`${FINANCE_PERIOD}0?(\\d{1,2})\\b`);

/** The number of a finance period a header names ("P6 24/25": 6, "Period 13": 13), in lower case; 0 for none. */
export function financePeriodNumber(text: string): number {
  return Number(FINANCE_PERIOD_NUMBER.exec(text)?.[1] ?? 0);
}
const QUARTER_RES = [
  /\b(?:q|qtr|quarter)\s*([1-4])\b/g,
  /\b([1-4])(?:st|nd|rd|th)?\s+(?:qtr|quarter)\b/g,
  /\bquarter\s+(one|two|three|four)\b/g,
];
const WORD_NUMBERS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4 };
const NOISE = new Set([
  'actual',
  'actuals',
  'outturn',
  'result',
  'results',
  'performance',
  'perf',
  'value',
  'values',
  'data',
  'figure',
  'figures',
  'position',
  'snapshot',
  'provisional',
  'prov',
  'validated',
  'unvalidated',
  'revised',
  'final',
  'latest',
  'total',
  'annual',
  'at',
  'as',
  'of',
  'for',
  'the',
  'to',
  'in',
  'end',
  'ending',
  'year',
  'financial',
  'fy',
  'full',
  'period',
  'month',
  'reported',
  // "Previous year 2023/24", "2023/24 (prior year)": a year named outright, whatever else is said of it.
  'previous',
  'prior',
  // "Latest Quarter (Jul–Sep 24)", "Current Quarter (Q2 2024/25)": the quarter is the one named.
  'current',
  'this',
  'quarter',
  'qtr',
  '-',
  '/',
]);

/** A year written with two digits: "21" → 2021, "99" → 1999. */
export function fullYear(text: string): number {
  const n = Number(text);
  if (text.length === 4) return n;
  return n >= 70 ? 1900 + n : 2000 + n;
}

/** The month (1–12) a month's name in lower case starts with: "sept" → 9. */
export function monthNumber(text: string): number {
  return MONTH_KEYS.indexOf(text.slice(0, 3)) + 1;
}

/** Months since April: April = 0 … March = 11. */
function monthOffset(month: number): number {
  return (month + 8) % 12;
}

/** A year the periods are read in: 1970 to 2099. */
export function plausible(fyStart: number): boolean {
  return fyStart >= 1970 && fyStart <= 2099;
}

/** True for text that is nothing but a period's words, with or without its year ("Q1", "April", "Q3 2021/22"). */
export function isPeriodWords(text: string): boolean {
  const t = readPeriodTokens(text);
  return t.complete && t.any;
}

/**
 * Reads the period parts of a header. Conflicting parts ("Q1 December 2021", "Dec-21 2022/23")
 * and unknown words ("Target Q3", "Q3 RAG") make the result incomplete; a lone calendar year
 * ("Q3 2021") is unknown too, since it does not say which year it means.
 */
export function readPeriodTokens(text: string): PeriodTokens {
  let rest = ` ${yearsWithTo(text)
    .toLowerCase()
    .replace(/[–—]/g, '-')
    .replace(/[^a-z0-9/-]+/g, ' ')
    .replace(/\bfy(?=\d)/g, 'fy ')} `;
  const st = {
    ok: true,
    any: false,
    fyStart: null as number | null,
    quarter: null as number | null,
    month: null as number | null,
    ytd: false,
    academic: false,
    term: null as 1 | 2 | 3 | null,
    rolling: false,
  };
  const setFy = (fy: number): void => {
    if (!plausible(fy) || (st.fyStart !== null && st.fyStart !== fy)) st.ok = false;
    st.fyStart = fy;
    st.any = true;
  };
  const setQuarter = (q: number): void => {
    if (st.quarter !== null && st.quarter !== q) st.ok = false;
    st.quarter = q;
    st.any = true;
  };
  const setMonth = (month: number): void => {
    if (st.month !== null && st.month !== month) st.ok = false;
    st.month = month;
    st.any = true;
  };
  // From April to a later month of the same financial year ("Apr to Sep 2024/25", "April to December
  // 2024"): the year to date at that month, as Scottish councils and half-year reports head it.
  const yearToDateTo = (to: number): boolean => {
    const end = monthOffset(to);
    if (end === 0 || end === 11) return false;
    st.ytd = true;
    st.any = true;
    if (end % 3 === 2) setQuarter(quarterOfMonth(to));
    else setMonth(to);
    return true;
  };
  const take = (re: RegExp, handle: (m: (string | undefined)[]) => boolean | void): void => {
    rest = rest.replace(re, (...args: unknown[]) => {
      const groups = args.slice(0, -2) as (string | undefined)[];
      return handle(groups) === false ? String(groups[0]) : ' ';
    });
  };

  take(YTD_RE, () => {
    st.ytd = true;
    st.any = true;
  });
  take(ACADEMIC_RE, () => {
    st.academic = true;
  });
  // "Q3 2023/24 (same period last year)": a period named outright, said to be a year before the
  // report's. Without its year ("Q3 last year") it is not the quarter of the year the context names.
  let yearBefore = false;
  take(LAST_YEAR_RE, () => {
    yearBefore = true;
  });
  take(FY_RE, (m) => {
    const first = fullYear(String(m[1]));
    if (fullYear(String(m[2])) !== first + 1) return false;
    setFy(first);
  });
  take(TERM_RE, (m) => {
    const term = TERM_WORDS[String(m[1])];
    if (st.term !== null && st.term !== term) st.ok = false;
    st.term = term;
    st.any = true;
    // Autumn falls in the year its academic year starts; spring and summer in the year after.
    if (m[2] !== undefined) setFy(fullYear(m[2]) - (term === 1 ? 0 : 1));
  });
  // A whole financial year ("April 2018 to March 2019"), a year to date ("Apr 24 - Sep 24"), a
  // quarter ("Jul 24 - Sep 24") or any other twelve months ("Oct 23 - Sep 24": the rolling year to
  // September), its days named or not.
  take(DATES_RE, (m) => {
    const from = monthNumber(String(m[1]));
    const to = monthNumber(String(m[3]));
    const toYear = fullYear(String(m[4]));
    const fromYear = m[2] === undefined ? null : fullYear(m[2]);
    // Months from the first to the last, both counted; where only the end has its year, within a year.
    const span = fromYear === null ? ((to - from + 12) % 12) + 1 : (toYear - fromYear) * 12 + (to - from) + 1;
    const fy = financialYearOfMonth(toYear, to);
    if (span === 12) {
      if (from === 4) return setFy(fy);
      st.rolling = true;
      setMonth(to);
      return setFy(fy);
    }
    if (span < 1 || span > 12) return false;
    if (from === 4 && monthOffset(to) > 2) {
      if (!yearToDateTo(to)) return false;
      return setFy(fy);
    }
    if (monthOffset(from) % 3 !== 0 || span !== 3) return false;
    setQuarter(quarterOfMonth(from));
    setFy(fy);
  });
  take(RANGE_RE, (m) => {
    const from = monthNumber(String(m[1]));
    const to = monthNumber(String(m[2]));
    // "April to March 2024/25": the whole year.
    if (from === 4 && to === 3) {
      st.any = true;
      if (m[3] !== undefined) setFy(financialYearOfMonth(fullYear(m[3]), to));
      return;
    }
    if (from === 4 && monthOffset(to) > 2) {
      if (!yearToDateTo(to)) return false;
      if (m[3] !== undefined) setFy(financialYearOfMonth(fullYear(m[3]), to));
      return;
    }
    if (monthOffset(from) % 3 !== 0 || monthOffset(to) !== monthOffset(from) + 2) return false;
    setQuarter(quarterOfMonth(from));
    if (m[3] !== undefined) setFy(financialYearOfMonth(fullYear(m[3]), to));
  });
  take(ROLLING_RE, (m) => {
    const month = monthNumber(String(m[1]));
    st.rolling = true;
    setMonth(month);
    if (m[2] !== undefined) setFy(financialYearOfMonth(fullYear(m[2]), month));
  });
  take(QUARTER_ENDING_RE, (m) => {
    const month = monthNumber(String(m[1]));
    // A quarter cannot end in May: no period, rather than May alone.
    if (monthOffset(month) % 3 !== 2) st.ok = false;
    setQuarter(quarterOfMonth(month));
    if (m[2] !== undefined) setFy(financialYearOfMonth(fullYear(m[2]), month));
  });
  // A rolling year's words beside the months it spans, which say which year it is (see below).
  let rollingSaid = false;
  take(ROLLING_WORDS_RE, () => {
    rollingSaid = true;
  });
  take(MONTH_RE, (m) => {
    const month = monthNumber(String(m[1]));
    setMonth(month);
    if (m[2] !== undefined) setFy(financialYearOfMonth(fullYear(m[2]), month));
  });
  // Period 1 is April.
  take(FINANCE_PERIOD_RE, (m) => setMonth(((Number(m[1]) + 2) % 12) + 1));
  take(QUARTER_SPAN_RE, (m) => {
    const to = Number(m[1]);
    // "Q1 to Q4" is the whole year.
    if (to === 4) st.any = true;
    else {
      st.ytd = true;
      setQuarter(to);
    }
  });
  take(FIRST_HALF_RE, () => yearToDateTo(9));
  let midYear = false;
  take(MID_YEAR_RE, () => {
    midYear = yearToDateTo(9);
  });
  for (const re of QUARTER_RES) {
    take(re, (m) => setQuarter(WORD_NUMBERS[String(m[1])] ?? Number(m[1])));
  }
  if (st.month !== null && st.quarter !== null && quarterOfMonth(st.month) !== st.quarter) st.ok = false;
  if (st.term !== null && (st.month !== null || st.quarter !== null)) st.ok = false;
  if ((yearBefore || midYear) && st.fyStart === null) st.ok = false;
  // "Rolling 12 months" beside a month or the months it spans; beside anything else it says no period.
  if (rollingSaid && (st.month === null || st.quarter !== null || st.ytd)) st.ok = false;
  else if (rollingSaid) st.rolling = true;
  let calendarYear: number | null = null;
  if (!st.any && !st.academic)
    take(/\b((?:19|20)\d\d)\b/g, (m) => {
      if (calendarYear !== null) return false;
      calendarYear = Number(m[1]);
    });
  const leftovers = rest.split(/\s+/).filter((w) => w !== '' && !NOISE.has(w));
  return {
    complete: st.ok && leftovers.length === 0,
    consistent: st.ok,
    any: st.any,
    fyStart: st.fyStart,
    quarter: st.quarter,
    month: st.month,
    ytd: st.ytd,
    academic: st.academic,
    term: st.term,
    calendarYear,
    rolling: st.rolling,
  };
}

/** Two years in a row written with "to" between, as GOV.UK's style writes a financial year ("2024 to 2025"). */
const YEARS_TO = /(?<!\d)(\d{4})\s+to\s+(\d{4})(?!\d)/gi;

/** The text with "2024 to 2025" written "2024/2025"; other years joined by "to" (a range of several) left as they are. */
function yearsWithTo(text: string): string {
  if (!/\d{4}\s+to\s+\d{4}/i.test(text)) return text;
  return text.replace(YEARS_TO, (whole, a: string, b: string) => (Number(b) === Number(a) + 1 ? `${a}/${b}` : whole));
}

/** A "2021/22"-style financial year anywhere in free text such as a title ("Children's scorecard – Q3 2021/22"): its start (2021), or null. */
export function namedFinancialYear(text: string): number | null {
  if (!/\d/.test(text)) return null;
  const lower = ` ${yearsWithTo(text).toLowerCase().replace(/[–—]/g, '-')} `;
  for (const m of lower.matchAll(FY_RE)) {
    const first = fullYear(m[1]);
    if (fullYear(m[2]) === first + 1 && plausible(first)) return first;
  }
  return null;
}

/** The financial year of a month with a four-digit year in free text ("Performance to December 2021": 2021), or null. */
export function monthFinancialYear(text: string): number | null {
  if (!/\d/.test(text)) return null;
  const dated = DATED_RE.exec(` ${text.toLowerCase().replace(/[–—]/g, '-')} `);
  if (!dated) return null;
  const fy = financialYearOfMonth(Number(dated[2]), monthNumber(dated[1]));
  return plausible(fy) ? fy : null;
}

/**
 * The financial year named anywhere in free text such as a title ("Children's scorecard –
 * Q3 2021/22", "Performance to December 2021"): a "2021/22"-style year, else a month with a
 * four-digit year. Returns the year's start (2021), or null.
 */
export function findFinancialYear(text: string): number | null {
  return namedFinancialYear(text) ?? monthFinancialYear(text);
}
