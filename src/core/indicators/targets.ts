import { toA1 } from '../address';
import { isPercentFormat } from '../values/numberFormat';
import type { IndicatorConfig, ScorecardConfig, Tolerance } from '../config/types';
import type {
  Benchmark,
  Floor,
  Indicator,
  Measure,
  Target,
  TargetDue,
  ToleranceUnitQuestion,
  UnusableTarget,
} from './types';
import type { ColumnInfo } from '../tables/types';
import type { SheetGrid, Unit } from '../values/types';
import type { Issue } from '../warnings';
import { warning } from '../warningMessages';
import { parseBandTarget, parseWordedTarget, polarityBracket } from '../values/polarity';
import { durationNumber, durationSeconds, parseNumber, SECONDS_PER_DAY } from '../values/parseNumber';
import { financialYearOfMonth, monthPeriod } from '../periods/makePeriod';
import { periodInText } from '../periods/parsePeriod';
import type { Period } from '../periods/types';
import { splitTargetUnit } from '../values/units';
import { clean, readCell, textAt, type CellReading } from './measures';
import {
  isBoundaryHeader,
  readAmberFigures,
  readToleranceCell,
  toleranceUnitInHeader,
  type AmberFigures,
  type ToleranceUnit,
} from '../values/tolerance';

export interface TargetInput {
  readonly sheet: string;
  readonly row: number;
  readonly name: string;
  readonly own: IndicatorConfig;
  /** Readings of the target, lower-target and upper-target columns (null where the table has none). */
  readonly readings: readonly (CellReading | null)[];
  readonly measure: (r: CellReading) => Measure;
  readonly percentage: boolean;
  /** The row's unit, for the warning when a target written as a percentage meets figures that are not. */
  readonly unit?: Unit;
  readonly fractions: boolean;
  readonly warnings: Issue[];
  /** Told when the target cell holds something that cannot be a target (a date, a percentage beside a count). */
  readonly unusable?: (u: UnusableTarget) => void;
  /** Readings of a row of times that are plain numbers, unread: `figure-not-time` has said why. */
  readonly untimed?: readonly CellReading[];
  /** The row's benchmarks, for a target set by one ("Better than England"). */
  readonly benchmarks?: readonly Benchmark[];
  /**
   * The row is a milestone, its progress reported in words and never as a figure: a date or words in
   * its target column ("Dec 2024", "Complete") are what it aims at, noted, not a target to mend.
   */
  readonly milestone?: boolean;
}

/** "Better than England", "Better than the regional average", "Better than statistical neighbours". */
const BETTER_THAN =
  /^\s*(?:to be\s+)?better than\s+(?:the\s+)?(england|english|national|regional|region|statistical neighbours?|stat neighbours?|nearest neighbours?|sns?|wales|welsh|scotland|scottish)(?:\s+(?:average|figure|mean|median|rate|value))?\s*$/i;
const BETTER_KINDS: Readonly<Record<string, Benchmark['kind']>> = {
  england: 'england',
  english: 'england',
  national: 'national',
  scotland: 'national',
  scottish: 'national',
  regional: 'regional',
  region: 'regional',
  wales: 'wales',
  welsh: 'wales',
};

/**
 * The figure of the benchmark a target's words name ("Better than England" beside an England column),
 * from its cell; null where the words name none, or the row has no figure for it.
 */
function benchmarkNamed(words: string, benchmarks: readonly Benchmark[]): Measure | null {
  const m = BETTER_THAN.exec(words);
  if (!m) return null;
  const kind = BETTER_KINDS[m[1].toLowerCase()] ?? 'statisticalNeighbours';
  return benchmarks.find((b) => b.kind === kind && b.measure.value !== null)?.measure ?? null;
}

/** The row's unit in the words of {@link readTarget}'s warning. */
const UNIT_WORDS: Readonly<Record<Unit, string>> = {
  percentage: 'a percentage',
  count: 'a count',
  days: 'days',
  rate: 'a rate',
  money: 'money',
  ratio: 'a ratio',
  number: 'plain numbers',
  duration: 'lengths of time',
};

/** Words officers put in a target cell to say a measure has no target. */
const NO_TARGET_WORDS =
  /^\s*(context(ual)?|none|no (target|tgt)( set| required)?|not (set|targeted)|monitor(ing)?( only)?|baseline( year)?|tbd|n\/?a|not applicable|((measure|indicator|data|context(ual)?)\s+)?(for )?info(rmation)?( only)?|benchmark(ing)? only|data only)\s*$/i;
/** "N/A – contextual", "n/a (monitoring only)": two such words together say it as well. */
const NO_TARGET_PAIR =
  /^\s*(?:n\/?a|none|no target)\s*(?:[-–—:,]\s*|\(\s*)(context(?:ual)?|monitor(?:ing)?(?: only)?|(?:for )?info(?:rmation)?(?: only)?|data only|not applicable)\s*\)?\s*$/i;

/**
 * A target cell that gives only a direction to move in ("Reduce", "Increase", "Improve"), which the
 * polarity says: no target, a context measure whose trend is judged by it. With a date ("Improve by
 * March 2024") it is words to check, as a commitment the officer may want rated.
 */
const DIRECTION_ONLY = /^\s*(?:to\s+)?(?:reduce|increase|decrease|improve|maximi[sz]e|minimi[sz]e)\s*$/i;

/** True when the sheet gives the indicator a target, for the year or for its periods ("Q3 target"). */
export function hasTarget(ind: Pick<Indicator, 'target' | 'periodTargets'>): boolean {
  return ind.target !== null || ind.periodTargets !== undefined;
}

/**
 * The way a direction-only target says is better: "Reduce", "Decrease", "Minimise" → lower;
 * "Increase", "Maximise" → higher; "Improve", which says no way, and anything else → null.
 */
export function directionOfTarget(raw: unknown): 'higher' | 'lower' | null {
  if (typeof raw !== 'string' || !DIRECTION_ONLY.test(raw)) return null;
  if (/reduce|decrease|minimi/i.test(raw)) return 'lower';
  return /increase|maximi/i.test(raw) ? 'higher' : null;
}

/** A change on a baseline, verb first: "Reduce by 5%", "Increase by 10% on 2023/24", "Cut by 2 days". */
const CHANGE_BY =
  /^\s*(?:to\s+)?(reduce|decrease|cut|lower|increase|raise|grow)\s+(?:by\s+)?\d[\d,]*(?:\.\d+)?\s*(?:%|per\s*cent\b|percent\b)?/i;
/** A change on a baseline, figure first: "5% reduction on 2023/24", "10% increase". */
const CHANGE_OF = /^\s*\d[\d,]*(?:\.\d+)?\s*(?:%|per\s*cent\b|percent\b)\s+(reduction|decrease|cut|increase|rise)\b/i;
/** What may follow: words, and years ("on 2023/24 baseline", "days per FTE"), but no other figure. */
const CHANGE_REST = /^(?:[^\d]|\b\d{4}(?:\s*[/-]\s*\d{2,4})?\b|\b\d{2}\s*\/\s*\d{2}\b)*$/;

/**
 * The way a target set as a change on a baseline says is better ("Reduce by 5%" → lower, "10%
 * increase on 2023/24" → higher): the figure it comes to is not worked out, the baseline being not
 * always on the sheet, and 5 % of a percentage points or a share of it. "Improve by 5%", which says no
 * way, and anything else → null.
 */
function relativeChange(raw: unknown): 'higher' | 'lower' | null {
  if (typeof raw !== 'string') return null;
  const m = CHANGE_BY.exec(raw) ?? CHANGE_OF.exec(raw);
  if (!m || !CHANGE_REST.test(raw.slice(m[0].length))) return null;
  const verb = m[1].toLowerCase();
  return verb === 'increase' || verb === 'raise' || verb === 'grow' || verb === 'rise' ? 'higher' : 'lower';
}

/**
 * A target with all its fields, in one order. Not `{ ...template, ...fields }`: an object spread and
 * then given another field comes out with a hidden class of its own, and the rating and narrative
 * code, which reads every indicator's target, slows down on thousands of targets of different classes.
 */
function makeTarget(fields: Partial<Target> & Pick<Target, 'source'>): Target {
  return {
    value: fields.value ?? null,
    lower: fields.lower ?? null,
    upper: fields.upper ?? null,
    measure: fields.measure ?? null,
    lowerMeasure: fields.lowerMeasure ?? null,
    upperMeasure: fields.upperMeasure ?? null,
    source: fields.source,
    ...(fields.strict && { strict: fields.strict }),
  };
}

/** A year as a deadline gives it: "2024", "2025/26", "24/25". */
const DEADLINE_YEAR = String.raw`(?:\d{4}(?:\s*[/-]\s*\d{2,4})?|\d{2}\s*[/-]\s*\d{2})`;
/** A quarter or a month as a deadline gives it: "Q2", "quarter 2", "March", "Sept". */
const DEADLINE_PART = String.raw`(?:q[1-4]|quarter\s+[1-4]|(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?)`;

/** A day before a month ("31 March", "1st April"), or a date in figures ("31/03/2025"). */
const DEADLINE_DAY = String.raw`\d{1,2}(?:st|nd|rd|th)?\s+`;
const DEADLINE_DATE = String.raw`\d{1,2}[/.]\d{1,2}[/.](?:\d{4}|\d{2})`;

/**
 * A date a target is to be met by, at the end of its text or in a bracket there: "by March 2024",
 * "by the end of 2025/26", "by Q4 2024/25", "by 31 March 2025", "by 31/03/2025", "(by end of Q4)",
 * or a quarter or month of the target's year, "by Q2", "by September", or its end, "by year end".
 */
const DEADLINE_WORDS = String.raw`by\s+(?:the\s+)?(?:end\s+(?:of\s+)?)?(?:(?:${DEADLINE_DAY})?${DEADLINE_PART}(?:[\s-]+(?:${DEADLINE_YEAR}|\d{2}))?|${DEADLINE_YEAR}|${DEADLINE_DATE}|year[\s-]?end|(?:the\s+)?year)`;
const DEADLINE = new RegExp(String.raw`^(.+?)\s*(?:\((${DEADLINE_WORDS})\)|\s(${DEADLINE_WORDS}))$`, 'i');

/**
 * A target cell read without the date it is to be met by ("5% by March 2024", as an annual appendix
 * writes it) or a note in brackets after it ("10% (England average 21/22)", Devon's): the figure is
 * the target. The cell as it was when it says no such thing.
 */
function withoutDeadline(r: CellReading): CellReading & { deadline?: string } {
  if (typeof r.raw !== 'string' || r.parsed.value !== null) return r;
  const trimmed = r.raw.trim();
  // "4 minutes (Quarterly target)": a note in words after the target, which says nothing of its polarity.
  const worded = WORDED_NOTE.exec(trimmed);
  if (worded && !polarityBracket(trimmed)) return withoutDeadline(reread(r, worded[1]));
  // "Maintain 95%", "Maintain 9% or above": the figure to hold to.
  const kept = MAINTAIN.exec(trimmed);
  if (kept) return withoutDeadline(reread(r, kept[1]));
  // "95% within 20 working days": the share to be done, within the timescale the name gives.
  const timed = WITHIN_TIMESCALE.exec(trimmed);
  if (timed) return withoutDeadline(reread(r, timed[1]));
  const m = DEADLINE.exec(trimmed);
  // Only where a figure comes before the date: "Deliver by Q3" is no target of 'Deliver'.
  if (m && /\d/.test(m[1])) return { ...r, raw: m[1], parsed: parseNumber(m[1], r.format), deadline: m[2] ?? m[3] };
  // "10% (England average 21/22)": a figure, and in a bracket where it comes from. A bracket that
  // states the polarity ("58.0% (aim to maximise)") is read with it, as a target in words.
  return polarityBracket(r.raw) ? r : withoutNote(r);
}

/**
 * A cell read without a note in brackets after its figure ("628.2 (England 16/17)", as a benchmark
 * column gives where its figure comes from), with the period the note names, if it names one. The
 * cell as it was, and no period, when it holds no such thing.
 */
export function withoutNote(r: CellReading): CellReading & { notePeriod?: Period } {
  if (typeof r.raw !== 'string' || r.parsed.value !== null) return r;
  const noted = NOTED.exec(r.raw.trim());
  if (!noted) return r;
  const parsed = parseNumber(noted[1], r.format);
  if (parsed.value === null) return r;
  const notePeriod = periodInText(noted[2]);
  return { ...r, raw: noted[1], parsed, ...(notePeriod && notePeriod.kind !== 'ytd' && { notePeriod }) };
}

/** A cell read again as `raw`. */
function reread(r: CellReading, raw: string): CellReading {
  return { ...r, raw, parsed: parseNumber(raw, r.format) };
}

/** A target followed by a note in words alone in brackets: "4 minutes (Quarterly target)", "95% (annual)". */
const WORDED_NOTE = /^(.*\d.*?)\s*\(([^()\d]{1,40})\)$/;
/** A share with the timescale it is to be done within: "95% within 20 working days", "90% in 10 days". */
const WITHIN_TIMESCALE =
  /^(\d[\d,]*(?:\.\d+)?\s?%)\s+(?:within|in)\s+\d+\s+(?:working\s+|calendar\s+|clear\s+)?(?:days?|weeks?|months?|hours?|minutes?)$/i;

/** A target written as a level to keep: "Maintain 95%", "Maintain at 9% or above", "To maintain 4 days". */
const MAINTAIN = /^(?:to\s+)?(?:maintain|sustain)(?:\s+at)?\s+(.*\d.*)$/i;

/** A figure followed by a note in brackets: "10% (England average 21/22)", "0.45 (academic year 21/22)". */
const NOTED = /^([-+\u2212]?[£$€]?\d[\d,]*(?:\.\d+)?\s*%?)\s*\(([^()]{1,60})\)$/;

/**
 * An indicator's target: configuration first (numbers in points for percentages), then lower and
 * upper target columns (a band), then the target cell — a number, text giving a band ("10–15%"), or
 * a number in words that also state the polarity ("less than 3%", "at least 95%"), or a number
 * with its unit ("2 days").
 * A blank or "n/a" target means no target; other text is reported, and the indicator is not rated
 * until it is checked (`unusable`).
 */
export function readTarget(input: TargetInput): Target | null {
  const target = readTargetAsWritten(input);
  // A date the target is to be met by ("57.5% by Q2"): kept with it, and said. Where the date names
  // no month, quarter or financial year ("by 2025"), the figure is rated against it as it stands.
  const written = input.readings[0];
  const m = target?.source === 'cell' ? target.measure : null;
  if (!target || !written || !m || m.row !== written.row || m.col !== written.col) return target;
  const deadline = withoutDeadline(written).deadline;
  if (!deadline) return target;
  const shown = String(written.raw).trim();
  const due = dueBy(deadline, shown);
  const placed = due.period !== null || due.quarter !== null || due.month !== null || due.yearEnd === true;
  const at = { sheet: input.sheet, cell: toA1(written.row, written.col) };
  const args = { ...at, name: input.name, shown, deadline, ...(placed && { placed }) };
  input.warnings.push(warning('target-deadline', args, at));
  return placed ? { ...target, due } : target;
}

/** A financial year, or a quarter or month of one: not a calendar, academic, rolling or pooled year, nor a year to date. */
function financial(p: Period): boolean {
  if (p.kind !== 'year' && p.kind !== 'quarter' && p.kind !== 'month') return false;
  return !p.calendar && !p.academic && !p.rolling && !p.pooled;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * The date in a target's words ("by Q2", "by the end of 2025/26", "by March 2025"): the period it
 * names, or without a year the quarter or month. Nothing placed for a bare year ("by 2025"), which
 * may be a calendar or a financial year's.
 */
function dueBy(words: string, written: string): TargetDue {
  const when = words
    .replace(/^by\s+(?:the\s+)?(?:end\s+(?:of\s+)?)?/i, '')
    .replace(/^\d{1,2}(?:st|nd|rd|th)?\s+/i, '')
    .trim();
  const due = { words, written, period: null, quarter: null, month: null };
  if (/^(?:year[\s-]?end|(?:the\s+)?year)$/i.test(when)) return { ...due, yearEnd: true };
  // A date in figures: "31/03/2025" is March 2025.
  const dated = /^\d{1,2}[/.](\d{1,2})[/.](\d{4}|\d{2})$/.exec(when);
  if (dated) {
    const month = Number(dated[1]);
    if (month < 1 || month > 12) return due;
    return { ...due, period: monthPeriod(financialYearOfMonth(fullYear(dated[2]), month), month) };
  }
  const period = periodInText(when);
  if (period) return financial(period) ? { ...due, period } : due;
  const quarter = /^(?:q|quarter\s+)([1-4])$/i.exec(when);
  if (quarter) return { ...due, quarter: Number(quarter[1]) };
  const month = MONTHS.indexOf(when.slice(0, 3).toLowerCase());
  return month >= 0 ? { ...due, month: month + 1 } : due;
}

/** A year written with two figures or four: "25" is 2025. */
function fullYear(text: string): number {
  return text.length === 2 ? 2000 + Number(text) : Number(text);
}

function readTargetAsWritten(input: TargetInput): Target | null {
  const { sheet, row, name, own, readings, measure, percentage, fractions, warnings } = input;
  // A target written as a percentage ("85%", "10-15%", a % format) for figures the sheet says are
  // something else (a unit column saying "Rate") has no one scale to compare them on: not rated.
  const percentOnly = (r: CellReading): boolean => {
    if (percentage || input.unit === undefined) return false;
    // Nothing is nothing in any unit: a 0 in a column formatted as per cent throughout is £0 too.
    if (r.parsed.value === 0) return false;
    if (!r.parsed.percentFormat && parseBandTarget(r.raw, r.format)?.percentFormat !== true) return false;
    const cell = toA1(r.row, r.col);
    const shown = typeof r.raw === 'string' ? r.raw.trim() : String(r.raw);
    const unit = UNIT_WORDS[input.unit];
    warnings.push(warning('target-percent-unit', { sheet, cell, name, shown, unit }, { sheet, cell }));
    input.unusable?.({ cell, shown, why: { kind: 'percent-unit', unit } });
    return true;
  };
  if (typeof own.target === 'number') return makeTarget({ value: own.target, source: 'config' });
  if (own.target) return makeTarget({ lower: own.target.lower, upper: own.target.upper, source: 'config' });
  const [written, lowR, highR] = readings;
  if (lowR && highR && lowR.parsed.value !== null && highR.parsed.value !== null) {
    const lo = measure(lowR);
    const hi = measure(highR);
    return makeTarget({ lower: lo.value, upper: hi.value, lowerMeasure: lo, upperMeasure: hi, source: 'cell' });
  }
  if (!written) return null;
  if (typeof written.raw === 'string' && DIRECTION_ONLY.test(written.raw)) return null;
  const single = withoutDeadline(written);
  if (percentOnly(single)) return null;
  if (single.parsed.value !== null) {
    const m = measure(single);
    return makeTarget({ value: m.value, measure: m, source: 'cell' });
  }
  const reason = single.parsed.noData?.reason;
  if (reason === 'blank' || reason === 'not-available' || reason === 'to-be-confirmed' || reason === 'not-due')
    return null;
  const said = single.parsed.noData?.shown ?? '';
  if (NO_TARGET_WORDS.test(said) || NO_TARGET_PAIR.test(said)) return null;
  // "N/A (aim to maximise)": no target, whatever its bracket says of polarity.
  const bracketed = polarityBracket(single.raw);
  if (bracketed) {
    const before = parseNumber(bracketed.rest, single.format).noData?.reason;
    if (before === 'not-available' || before === 'to-be-confirmed' || before === 'not-due') return null;
    if (NO_TARGET_WORDS.test(bracketed.rest)) return null;
  }
  const cell = toA1(single.row, single.col);
  if (reason === 'date') {
    const args = {
      sheet,
      cell,
      name,
      what: 'target' as const,
      shown: single.parsed.noData!.shown,
      serial: Number(single.raw),
    };
    warnings.push(
      input.milestone
        ? warning('milestone-target', { sheet, cell, row, name, shown: args.shown }, { sheet, cell })
        : warning('date-not-figure', args, { sheet, cell }),
    );
    input.unusable?.({ cell, shown: args.shown, why: { kind: 'date' } });
    return null;
  }
  const band = parseBandTarget(single.raw, single.format);
  if (band) {
    const scale = percentage && (band.percentFormat || (fractions && Math.abs(band.upper) <= 1.5)) ? 100 : 1;
    return makeTarget({
      lower: clean(band.lower * scale),
      upper: clean(band.upper * scale),
      measure: measure(single),
      source: 'cell',
    });
  }
  // "less than 3%", "at least 95%": the number is the target; its words give the polarity (see readPolarity).
  // "2 days", "30 seconds": the number is the target; its unit word gives the row's unit (see readRow).
  const worded = parseWordedTarget(single.raw);
  const split = worded ? null : splitTargetUnit(single.raw);
  // "7 working days" beside percentages is the timescale the share is counted within, not a figure to
  // compare them with.
  if (split && percentage) {
    const shown = typeof single.raw === 'string' ? single.raw.trim() : String(single.raw);
    warnings.push(warning('target-unit-word', { sheet, cell, name, shown }, { sheet, cell }));
    input.unusable?.({ cell, shown, why: { kind: 'unit-word', word: split.unit } });
    return null;
  }
  // "4 minutes" of "4 minutes (Quarterly target)" or "4 minutes by March 2024", beside times: a length
  // of time in its unit, not the bare number (which, beside times, would be 4 seconds).
  if (split && input.unit === 'duration') {
    const seconds = durationSeconds(String(single.raw), true);
    if (seconds !== null) {
      const m = measure({ ...single, parsed: durationNumber(seconds / SECONDS_PER_DAY, true) });
      return makeTarget({ value: m.value, measure: m, source: 'cell' });
    }
  }
  const numberText = worded?.number ?? split?.number ?? null;
  const wordedNumber = numberText !== null ? parseNumber(numberText, single.format) : null;
  if (wordedNumber && wordedNumber.value !== null) {
    const m = measure({ ...single, raw: numberText, parsed: wordedNumber });
    const strict = worded?.strict ? String(single.raw).trim() : undefined;
    return makeTarget({ value: m.value, measure: m, source: 'cell', strict });
  }
  const shown = single.parsed.noData?.shown ?? '';
  // A plain number beside times is not words: the row's warning has said it, and the narrative says why.
  if (input.untimed?.includes(single)) {
    input.unusable?.({ cell, shown, why: { kind: 'no-time-unit' } });
    return null;
  }
  // "Better than England": the England figure beside it is the target, said so.
  const by = benchmarkNamed(shown, input.benchmarks ?? []);
  if (by) {
    warnings.push(warning('target-from-benchmark', { sheet, cell, name, shown, benchmark: by.cell }, { sheet, cell }));
    return makeTarget({ value: by.value, measure: by, source: 'cell' });
  }
  // "Reduce by 5%": a change on a baseline, which says the way that is better (see `relativeChange`).
  const change = input.milestone ? null : relativeChange(shown);
  warnings.push(
    warning(
      input.milestone ? 'milestone-target' : 'target-unreadable',
      { sheet, cell, row, name, shown, ...(change && { change }) },
      { sheet, cell },
    ),
  );
  // Words where a figure belongs ("To be better than baseline") are a target the officer meant: to check, not a context measure.
  input.unusable?.({ cell, shown, why: { kind: 'text', ...(change && { change }) } });
  return null;
}

/**
 * The margin that amber's figures give, in the indicator's units (points for percentages): an edge
 * ("<75%" beside a target of 85) is that far from the target; a band ("75% - 84.9%") has the target
 * at or just beyond its nearer end, and its farther end is the edge of amber. Null when the figures
 * cannot be amber for this target: a band holding the target, or one far from it (farther than half
 * its width), or an edge farther from the target than the target's own size.
 */
function amberEdge(figures: AmberFigures, target: number | null, percentage: boolean): number | null {
  if (target === null || target === 0) return null;
  // "75%" is 75 points; a percentage written without its sign ("75 - 84.9") is in points too.
  const at = figures.figures.map((f) => (percentage || !figures.percent ? f : f / 100));
  const far = at.reduce((a, b) => (Math.abs(b - target) > Math.abs(a - target) ? b : a));
  if (figures.kind === 'band') {
    const [low, high] = at;
    if (target > low && target < high) return null;
    const near = far === low ? high : low;
    if (Math.abs(near - target) > (high - low) / 2) return null;
  }
  const margin = Math.abs(target - far);
  return margin > 0 && margin <= Math.abs(target) ? clean(margin) : null;
}

export interface ToleranceInput {
  readonly grid: SheetGrid;
  readonly row: number;
  readonly name: string;
  readonly own: IndicatorConfig;
  readonly toleranceCol: ColumnInfo | null;
  readonly config: ScorecardConfig;
  readonly percentage: boolean;
  /** The figures' unit, where known: the warning asks for a margin in it ("2 days"). */
  readonly unit?: Unit;
  /** How the row keeps plain percentages (true: fractions). */
  readonly fractions: boolean;
  /** The row's single target, normalised (points for percentages), when it has one. */
  readonly target: number | null;
  /** The unit a note beside the table states for its tolerances, and the note's cell. */
  readonly note: { readonly unit: ToleranceUnit; readonly cell: string } | null;
  /** The number format of the row's figures, when they share one: a tolerance in it is in their units. */
  readonly valueFormat?: string | null;
  /** Where the table's tolerance column keeps the others in their measures' own units: a bare one is read so (and counted). */
  readonly ownUnits?: { used: number } | null;
  readonly warnings: Issue[];
}

/** "Floor", "Floor standard", "Floor level" in a header: a standard to be met, as Kent's report names it. */
const FLOOR_WORDS = /\bfloor(?: standard| level)?\b/i;

/** A tolerance as read, and the other reading when the sheet does not say which it is. */
export interface ToleranceReading {
  readonly tolerance: Tolerance;
  /** The absolute reading of a plain number whose unit nothing states (`tolerance` is then the relative one). */
  readonly alternative: Tolerance | null;
  /** A floor standard the tolerance was read from (its column headed "Floor"): said as met where amber. */
  readonly floor?: Floor;
  /** The cell of a tolerance whose unit is open to question. */
  readonly question?: ToleranceUnitQuestion;
}

/** A plain number read as a share of the target: up to 0.3 a fraction (0.05 = 5 %), above it a number of per cent (5 = 5 %). */
function asShare(value: number): number {
  return value <= 0.3 ? value : clean(value / 100);
}

/**
 * The amber tolerance: the indicator's configuration, else its tolerance cell, else the
 * workbook-wide tolerance. A cell's unit comes from its own text or format ("5%", a % format →
 * a share of the target; "2pp", "2 points", "±2" → an amount in the indicator's units, points for
 * percentages), else the column's header ("Tolerance (%)", "Tolerance (pp)"), else a note beside
 * the table. A plain number with no unit stated anywhere is ambiguous: both readings are kept (the
 * rating compares them) and a warning names the cell. A cell that cannot be read is warned about
 * and the workbook-wide tolerance used.
 */
export function readTolerance(input: ToleranceInput): ToleranceReading {
  const { grid, row, name, own, toleranceCol, config, percentage, note, warnings } = input;
  const plain = { tolerance: own.tolerance ?? config.tolerance, alternative: null };
  if (own.tolerance || !toleranceCol) return plain;
  const r = readCell(grid, row, toleranceCol.col);
  const figures = readAmberFigures(r.raw);
  const read = figures ? undefined : readToleranceCell(r.raw, r.format);
  if (read === null) return plain;
  const sheet = grid.name;
  const cell = toA1(row, toleranceCol.col);
  const shown = textAt(grid, row, toleranceCol.col);
  if (figures) {
    const edge = amberEdge(figures, input.target, percentage);
    if (edge !== null) return { tolerance: { type: 'absolute', value: edge }, alternative: null };
  }
  if (read === undefined) {
    warnings.push(warning('tolerance-unreadable', { sheet, cell, shown, name }, { sheet, cell }));
    return plain;
  }
  // A figure on the edge of amber ("Amber value 85" against 90): the margin is the distance to the target.
  const edge = percentage && (read.fraction || input.fractions) ? clean(read.value * 100) : read.value;
  const t = input.target;
  const nearTarget = t !== null && t !== 0 && Math.abs(t - edge) <= 0.5 * Math.abs(t);
  // Under a header that gives the edge ("Floor", "Amber value"), a per cent sign or format says only
  // that the edge is a percentage: Kent's floor of 80 % against a target of 90 % is 10 points of amber.
  const edgeInPercent = percentage && read.fraction;
  // A header that says it is the edge ("Threshold" beside "Target") holds it farther off where it lies
  // above the target, as no margin does: a contract's threshold of 8 missed collections beside a
  // target of 5. A small figure below the target ("Amber trigger" 5 beside 90 %) is still a margin.
  const nearAsEdge = nearTarget || (t !== null && t > 0 && edge > t && edge - t < t);
  if (t !== null && nearAsEdge && (read.unit === null || edgeInPercent) && isBoundaryHeader(toleranceCol.header)) {
    const tolerance: Tolerance = { type: 'absolute', value: clean(Math.abs(t - edge)) };
    const word = FLOOR_WORDS.exec(toleranceCol.header)?.[0].toLowerCase();
    return { tolerance, alternative: null, ...(word && { floor: { cell, value: clean(edge), word } }) };
  }
  // A percentage's tolerance kept in the figures' own percentage format ("0.50%" beside "2.88%", as
  // Cheshire West's housing indicators keep it) is in their units: percentage points, as the figures are.
  if (percentage && typeof r.raw === 'number' && isPercentFormat(r.format) && r.format === input.valueFormat)
    return { tolerance: { type: 'absolute', value: clean(read.value * 100) }, alternative: null };
  const unit = read.unit ?? toleranceUnitInHeader(toleranceCol.header) ?? note?.unit ?? null;
  if (unit === null && t !== null && nearTarget && asShare(read.value) > 0.3) {
    const tolerance: Tolerance = { type: 'absolute', value: clean(Math.abs(t - edge)) };
    warnings.push(warning('tolerance-as-boundary', { sheet, cell, shown, name, target: t }, { sheet, cell }));
    return { tolerance, alternative: null };
  }
  const relative: Tolerance = {
    type: 'relative',
    value: read.fraction ? read.value : unit === 'relative' ? clean(read.value / 100) : asShare(read.value),
  };
  const absolute: Tolerance = {
    type: 'absolute',
    value: percentage && read.fraction ? clean(read.value * 100) : read.value,
  };
  // A percentage's "1%": a share of the target as written; the sheet's own RAG may show it means points.
  if (unit === 'relative' && percentage && read.unit === 'relative') {
    // As the cell shows it: a percentage-formatted 0.01 is '1%'.
    const written = typeof r.raw === 'number' ? `${clean(r.raw * 100)}%` : shown;
    return { tolerance: relative, alternative: null, question: { cell, shown: written, points: absolute } };
  }
  if (unit === 'relative') return { tolerance: relative, alternative: null };
  if (unit === 'absolute') return { tolerance: absolute, alternative: null };
  if (input.ownUnits) {
    input.ownUnits.used++;
    return { tolerance: absolute, alternative: null };
  }
  const args = {
    sheet,
    cell,
    shown,
    name,
    relative: relative.value,
    absolute: absolute.value,
    percentage,
    days: input.unit === 'days',
  };
  warnings.push(warning('tolerance-unit-unclear', args, { sheet, cell }));
  return { tolerance: relative, alternative: absolute, question: { cell, shown } };
}
