/**
 * A name that says which period its figures are for: "Visits to leisure centres – Q4 & Q1 data
 * (Jan 2023 – June 2023)" in the column for Q2 2023/24, "Average days to process new benefit claims
 * (Q1 data)", "… (reported one quarter in arrears)". Councils report some measures later than they
 * fall, and say so in the name; the column then heads a period the figure is not for. The report
 * still reads the figure as its column's, and says so at the name (`period-in-name`) when the period
 * the name states does not take in the one reported on.
 *
 * Only words set apart from the rest of the name are read (see `periods/nameNotes.ts`): a bracket or
 * a part of it between commas, or what follows a spaced dash, made of nothing but periods and joining words ("Q4 & Q1 data", "April – September", "data for Q3
 * 2023/24", "2022/23 academic year"), or saying the figures come late ("reported one quarter in
 * arrears", "a quarter behind"). A word of any other kind ("since April 2020", "as at 30 September
 * 2023", "rolling 12 months", "baseline 2019/20", "2021 survey") leaves the words unread.
 */
import { firstMonth } from '../periods/makePeriod';
import { isLagNote, notesInName } from '../periods/nameNotes';
import { parsePeriodHeader } from '../periods/parsePeriod';
import type { Period } from '../periods/types';

/** The period a name states for its figures. */
export interface NamePeriod {
  /** The words that state it, as the name has them: "Q4 & Q1 data (Jan 2023 – June 2023)". */
  readonly phrase: string;
  /** The figures come later than the period they are for ("reported one quarter in arrears"). */
  readonly arrears: boolean;
  /** The months it takes in, as periods' sort keys (April 2000 is 0), where it names its years. */
  readonly from: number | null;
  readonly to: number | null;
  /** Where it names no year: the months of the financial year it takes in (April is 0, March 11). */
  readonly months: readonly number[];
}

/** Words that join periods or say they are the figures' ("Q4 & Q1 data", "data for Q3"). */
const JOINING = new Set(['data', 'figures', 'figure', 'for', 'of', 'the', 'and', '&', 'to', '–', '—', '-']);
/** Words that make a run of periods a range ("April – September", "Jan 2023 to June 2023"). */
const RANGE = new Set(['to', '–', '—', '-']);
/** Something like a period in the words, for a cheap first look (most brackets are not periods: "(team 6)"). */
const PERIODISH =
  /\b(?:q[1-4]|quarters?|qtrs?|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|(?:19|20)\d\d|arrears|behind|late|lag)/i;
const QUARTER_ALONE = /^(?:q|qtr|quarter\s*)([1-4])$/i;
const MONTHS = ['apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec', 'jan', 'feb', 'mar'];
const MONTH_ALONE = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?$/i;

/** The period `name` states for its figures, or null when it states none. */
export function periodInName(name: string): NamePeriod | null {
  let best: NamePeriod | null = null;
  for (const words of notesInName(name)) {
    if (best && words.length <= best.phrase.length) continue;
    const read = PERIODISH.test(words) ? readWords(words) : null;
    if (read) best = read;
  }
  return best;
}

/**
 * Whether the period a name states takes in `p`, or is the end of it (a snapshot: "– March 2024"
 * under Q4 2023/24). A period named without its year takes in a quarter or month of its own months,
 * and any year (it says too little to tell); figures reported in arrears are for a period before
 * any column's.
 */
export function coversPeriod(named: NamePeriod, p: Period): boolean {
  if (named.arrears) return false;
  if (named.from !== null && named.to !== null) {
    if (p.kind === 'ytd') return true;
    const start = firstMonth(p);
    return (named.from <= start && p.sortKey <= named.to) || (named.from >= start && named.to === p.sortKey);
  }
  if (p.kind === 'quarter' && p.quarter !== null) {
    const first = (p.quarter - 1) * 3;
    return [first, first + 1, first + 2].every((m) => named.months.includes(m));
  }
  if (p.kind === 'month' && p.month !== null) return named.months.includes((p.month + 8) % 12);
  return true;
}

/** The period some words set apart state, when they are nothing but periods and joining words, or say the figures come late. */
function readWords(text: string): NamePeriod | null {
  if (isLagNote(text)) return { phrase: text, arrears: true, from: null, to: null, months: [] };
  const words = text
    .replace(/[()[\]]/g, ' ')
    .split(/\s+/)
    .filter((w) => w !== '');
  const dated: Period[] = [];
  /** Months of periods named without a year, each run as found. */
  const undated: number[][] = [];
  let range = false;
  let any = false;
  for (let i = 0; i < words.length;) {
    const lower = words[i].toLowerCase();
    if (JOINING.has(lower)) {
      if (RANGE.has(lower) && any) range = true;
      i++;
      continue;
    }
    const found = periodAt(words, i);
    if (!found) return null;
    if (found.period) dated.push(found.period);
    else undated.push(found.months);
    any = true;
    i += found.length;
  }
  if (!any) return null;
  if (dated.length) {
    let from = Infinity;
    let to = -Infinity;
    for (const p of dated) {
      from = Math.min(from, firstMonth(p));
      to = Math.max(to, p.sortKey);
    }
    return { phrase: text, arrears: false, from, to, months: [] };
  }
  const months = new Set<number>();
  if (range) {
    // From the first month named to the last, round the year's end where it must ("January – June").
    const first = undated[0][0];
    const last = undated[undated.length - 1][undated[undated.length - 1].length - 1];
    for (let m = first; ; m = (m + 1) % 12) {
      months.add(m);
      if (m === last) break;
    }
  } else for (const run of undated) for (const m of run) months.add(m);
  return { phrase: text, arrears: false, from: null, to: null, months: Array.from(months).sort((a, b) => a - b) };
}

/** The period the words from `at` begin with (the longest run of up to four that reads as one), and how many words it took. */
function periodAt(
  words: readonly string[],
  at: number,
): { period: Period | null; months: number[]; length: number } | null {
  for (let len = Math.min(4, words.length - at); len >= 1; len--) {
    const text = words.slice(at, at + len).join(' ');
    // A year alone ("2021 survey") may be a calendar year or a financial one: not read.
    if (/^\d{4}$/.test(text)) continue;
    const period = parsePeriodHeader(text);
    if (period && period.kind !== 'ytd') return { period, months: [], length: len };
    const quarter = QUARTER_ALONE.exec(text);
    if (quarter) {
      const first = (Number(quarter[1]) - 1) * 3;
      return { period: null, months: [first, first + 1, first + 2], length: len };
    }
    const month = len === 1 ? MONTH_ALONE.exec(text) : null;
    if (month) return { period: null, months: [MONTHS.indexOf(month[1].toLowerCase())], length: 1 };
  }
  return null;
}
