import { toA1 } from '../address';
import type { IndicatorConfig } from '../config/types';
import type { ColumnInfo } from '../tables/types';
import type { SheetGrid, Unit } from '../values/types';
import type { Measure, PeriodTarget, PeriodValue } from './types';
import type { Period } from '../periods/types';
import type { Issue } from '../warnings';
import { warning } from '../warningMessages';
import { textAt } from './measures';
import { addsUpOverYear } from '../values/units';

/** Words that say a measure counts up through the year. */
const CUMULATIVE_WORDS =
  /\b(?:cumulative|cumulatively|year[\s-]+to[\s-]+date|ytd|fytd|in[\s-]year)\b|(?<!\bup[\s-])\bto[\s-]+date\b/i;

/** Words that say a measure is not cumulative: "Non-cumulative", "not cumulative". */
const NOT_CUMULATIVE = /\b(?:non|not)[\s-]*cumulative\b/gi;

/**
 * True when text says "cumulative", "year to date", "to date" ("Capital programme spend to date"; not
 * "up to date") or "in-year" ("Council Tax collected in-year": so much of the year's due, so far);
 * not where it says "non-cumulative" or "not cumulative".
 */
export function saysCumulative(text: string): boolean {
  return CUMULATIVE_WORDS.test(text) && CUMULATIVE_WORDS.test(text.replace(NOT_CUMULATIVE, ' '));
}

/**
 * What a type column's word ("Data type", "Measure type") says each figure is, where it says how the
 * figures are kept rather than what they count: `own`, the period's own ("In-month", "In quarter",
 * "Discrete", "Non-cumulative"), or `level`, where a figure stands at the period's end ("Snapshot",
 * "Point in time", "As at month end"). Null for any other word.
 */
export function figureKindOf(text: string): 'own' | 'level' | null {
  const t = text.trim();
  if (OWN_FIGURE.test(t)) return 'own';
  if (LEVEL_FIGURE.test(t)) return 'level';
  return null;
}

/** Words that say each figure is the period's own, wherever they stand: "In-month", "Discrete", "Non-cumulative". */
const OWN_WORDS = String.raw`in[\s-]*(?:the[\s-]+)?(?:month|quarter|period)|discrete|(?:non|not)[\s-]*cumulative`;
/** Words that say a figure is a level at the period's end, wherever they stand: "Snapshot", "Point in time". */
const LEVEL_WORDS = String.raw`snap[\s-]?shot|point[\s-]+in[\s-]+time`;

const OWN_FIGURE = new RegExp(String.raw`^(?:${OWN_WORDS}|period[\s-]+only|(?:month|quarter)[\s-]+only)$`, 'i');

const LEVEL_FIGURE = new RegExp(
  String.raw`^(?:${LEVEL_WORDS}|as[\s-]+at(?:[\s-]+(?:month|quarter|period|year)[\s-]+end)?|(?:month|quarter|period)[\s-]+end(?:[\s-]+(?:position|snapshot|figure))?|position[\s-]+at[\s-]+(?:month|quarter|period)[\s-]+end)$`,
  'i',
);

const OWN_IN_WORDS = new RegExp(String.raw`\b(?:${OWN_WORDS})\b`, 'i');
const LEVEL_IN_WORDS = new RegExp(String.raw`\b(?:${LEVEL_WORDS})\b`, 'i');

/**
 * What a key's words say each figure is, where they stand among others ("(D) Outturns reported as
 * discrete figures", "(S) Outturns reported as snapshot"): `own`, `cumulative` or `level`; null for
 * words that say none of these ("Local indicator", "rolling year").
 */
export function figureKindIn(words: string): 'own' | 'cumulative' | 'level' | null {
  if (OWN_IN_WORDS.test(words)) return 'own';
  if (saysCumulative(words)) return 'cumulative';
  if (LEVEL_IN_WORDS.test(words)) return 'level';
  return null;
}

export interface CumulativeInput {
  readonly grid: SheetGrid;
  readonly row: number;
  readonly name: string;
  readonly nameCol: number | null;
  readonly own: IndicatorConfig;
  /** The frequency and unit (type) columns, where the table has them. */
  readonly typeColumns: readonly (ColumnInfo | null)[];
  readonly warnings: Issue[];
  /** The indicator's figures and unit, to see whether they run as a year to date does when nothing says so. */
  readonly values?: readonly PeriodValue[];
  readonly unit?: Unit;
  /** The service's comment on the indicator and its cell, where the sheet gives one. */
  readonly comment?: { readonly text: string; readonly cell: string } | null;
  /** The targets the sheet gives each period ("Target" under "Quarter 2"), to see whether they build up as a year to date's do. */
  readonly periodTargets?: readonly PeriodTarget[];
  /** True when a title or note above the table says its figures are cumulative (said once for the table). */
  readonly tableSaysCumulative?: boolean;
  /** What a type column says each figure is, where it says (see {@link figureKindOf}), or a mark opening the name that a key explains. */
  readonly figureKind?: 'own' | 'level' | null;
  /** True when the name opens with a mark a key beside the table says is cumulative ("(C) Outturns reported cumulatively"; said once, for the table). */
  readonly markedCumulative?: boolean;
  /** The target, where its header says it is the whole year's ("Annual target 2024/25"): two quarters building up towards it are a year to date. */
  readonly yearTarget?: number | null;
}

/**
 * A comment that says the figures are a year to date: "Cumulative year to date; profile to Q2 is
 * 5.15 days", "Cumulative to date", "Figures are cumulative", "Note annual figure is built up
 * cumulatively across quarters", "PDR window closes in October; cumulative". Not a comment that
 * only uses the word ("the cumulative effect of vacancies", "not cumulative").
 */
const COMMENT_CUMULATIVE = new RegExp(
  [
    String.raw`^\s*(?:cumulative|ytd|year[\s-]+to[\s-]+date)\b(?!\s+(?:effect|impact))`,
    String.raw`\bcumulative\s+(?:figures?|totals?|to\s+date|year[\s-]+to[\s-]+date|ytd|position)\b`,
    String.raw`\b(?:figures?|data|measure|indicator|this|it)\s+(?:is|are)\s+(?:a\s+)?cumulative\b`,
    String.raw`\bbuilt\s+up\s+cumulatively\b`,
    String.raw`\byear[\s-]+to[\s-]+date\s+(?:figures?|totals?|position)\b`,
    // A last clause that says only so: "PDR window closes in October; cumulative."
    String.raw`[;,.]\s*(?:cumulative|ytd|year[\s-]+to[\s-]+date)\s*\.?\s*$`,
  ].join('|'),
  'i',
);

/**
 * Whether an indicator is a cumulative (year-to-date) measure: the configuration's `cumulative`
 * first; then a frequency or unit column saying "Cumulative" or "YTD" (stated by the sheet); then
 * the name ("… (cumulative)", "… year to date", "YTD …"), which is a reading of the name and so
 * comes with a warning (`cumulative-from-name`) naming the name cell; then the service's comment
 * ("Cumulative to date"), with a warning naming its cell (`cumulative-from-comment`), unless the
 * year's figures fall; then the figures.
 */
export function readCumulative(input: CumulativeInput): boolean {
  const { grid, row, name, nameCol, own, typeColumns, warnings } = input;
  if (own.cumulative !== undefined) return own.cumulative;
  for (const c of typeColumns) if (c && saysCumulative(textAt(grid, row, c.col))) return true;
  // A type column that says each figure is the period's own, or a level at its end, says it is not cumulative.
  if (input.figureKind) return false;
  if (input.markedCumulative || input.tableSaysCumulative) return true;
  // The sheet's own year to date, the sum of each period's figure, shows they are not years to date.
  const summed = input.values ? ownFiguresSummed(input.values) : null;
  if (summed && saysCumulative(name)) {
    const cell = toA1(row, nameCol ?? 0);
    const args = {
      sheet: grid.name,
      cell,
      name,
      yearToDate: summed.ytd.measure.cell,
      parts: summed.parts.map((p) => p.measure.cell),
    };
    warnings.push(warning('cumulative-name-own-figures', args, { sheet: grid.name, cell }));
    return false;
  }
  if (saysCumulative(name)) {
    const cell = toA1(row, nameCol ?? 0);
    warnings.push(warning('cumulative-from-name', { sheet: grid.name, cell, name }, { sheet: grid.name, cell }));
    return true;
  }
  const comment = input.comment;
  // Not where the year's figures fall: a year to date never does, so the comment speaks of something else.
  if (comment && COMMENT_CUMULATIVE.test(comment.text) && !fallsInYear(input.values ?? [])) {
    const args = { sheet: grid.name, cell: comment.cell, name, comment: comment.text };
    warnings.push(warning('cumulative-from-comment', args, { sheet: grid.name, cell: comment.cell }));
    return true;
  }
  const built = input.values && input.periodTargets ? targetsToDate(input.periodTargets, input.values) : null;
  if (built !== null) {
    const first = built[0];
    const last = built[built.length - 1];
    const args = {
      sheet: grid.name,
      cell: `${first.target.measure!.cell}:${last.target.measure!.cell}`,
      name,
      targets: built.map((t) => String(Math.round(t.target.value! * 100) / 100)),
      from: first.period!.label,
      to: last.period!.label,
    };
    warnings.push(warning('cumulative-from-targets', args, { sheet: grid.name, cell: first.target.measure!.cell }));
    return true;
  }
  const run = input.values && input.unit ? yearToDateRun(input.values, input.unit, name, input.yearTarget) : null;
  if (run === null) return false;
  const first = run[0];
  const last = run[run.length - 1];
  const args = {
    sheet: grid.name,
    cell: `${first.measure.cell}:${last.measure.cell}`,
    name,
    from: first.period.label,
    to: last.period.label,
    times: Math.floor(((last.measure.value ?? 0) / (first.measure.value ?? 1)) * 10) / 10,
    // Two quarters are a year to date only on their way to the year's target, which the warning names.
    ...(run.length === 2 &&
      input.yearTarget != null &&
      !isCollectionRate(input.unit!, name) && { yearTarget: String(Math.round(input.yearTarget * 100) / 100) }),
  };
  warnings.push(warning('cumulative-from-figures', args, { sheet: grid.name, cell: first.measure.cell }));
  return true;
}

/** Whether the latest year's quarters or months with figures fall anywhere from one to the next. */
function fallsInYear(values: readonly PeriodValue[]): boolean {
  const { fyStart, kind } = latestYear(values);
  let last: number | null = null;
  for (const v of values.filter((x) => x.period.kind === kind).sort((a, b) => a.period.sortKey - b.period.sortKey)) {
    const p = v.period;
    if (p.fyStart !== fyStart || v.measure.value === null) continue;
    if (last !== null && v.measure.value < last) return true;
    last = v.measure.value;
  }
  return false;
}

/**
 * The latest financial year with a figure for a quarter or month, the kind of its periods (quarters
 * where the table has any), and how many of that year's periods of that kind have one; `fyStart` -1
 * where there are none.
 */
function latestYear(values: readonly PeriodValue[]): { fyStart: number; kind: 'quarter' | 'month'; figures: number } {
  let fyStart = -1;
  let kind: 'quarter' | 'month' = 'month';
  for (const v of values)
    if ((v.period.kind === 'quarter' || v.period.kind === 'month') && v.measure.value !== null) {
      fyStart = Math.max(fyStart, v.period.fyStart);
      if (v.period.kind === 'quarter') kind = 'quarter';
    }
  let figures = 0;
  for (const v of values)
    if (v.period.kind === kind && v.period.fyStart === fyStart && v.measure.value !== null) figures++;
  return { fyStart, kind, figures };
}

/**
 * The targets of a year that build up as a year to date's do, where nothing says the measure is one
 * (Carmarthenshire's high-risk trading standards inspections: 25, 50 and 75 % at Q1 to Q3, 100 % by
 * the year's end): quarters from Q1 (at least three) or months from April (at least four), each the
 * first's times its number, within 5 %, in the latest year with figures, whose figures never fall.
 * A target for a period at a time does not grow so. Null when they do not.
 */
export function targetsToDate(targets: readonly PeriodTarget[], values: readonly PeriodValue[]): PeriodTarget[] | null {
  const { fyStart: year, kind, figures } = latestYear(values);
  if (year < 0 || figures < 2 || fallsInYear(values)) return null;
  const step = kind === 'quarter' ? 3 : 1;
  const start = kind === 'quarter' ? 2 : 0;
  const run = targets
    .filter((t) => t.period?.kind === kind && t.period.fyStart === year && t.target.value !== null && t.target.measure)
    .sort((a, b) => a.period!.sortKey - b.period!.sortKey);
  if (run.length < (kind === 'quarter' ? 3 : 4) || run[0].period!.sortKey % 12 !== start) return null;
  const first = run[0].target.value!;
  if (!(first > 0)) return null;
  for (let i = 0; i < run.length; i++) {
    const t = run[i];
    if (t.period!.sortKey !== run[0].period!.sortKey + i * step) return null;
    if (Math.abs(t.target.value! - first * (i + 1)) > 0.05 * first * (i + 1)) return null;
  }
  return run;
}

/**
 * The figures of a year that run as a year to date does, where nothing says they are one (Anglia
 * Revenues Partnership's "Business Rates Collection": £62m, £124m, £204m, £245m): quarters from Q1
 * (at least three) or months from April (at least four), each at least the one before, the last at
 * least three quarters of their number times the first (3 times over four quarters; a year's even
 * flow gives four), and each adding, as its own figure, from a quarter of the first to four times it
 * (missed bins of 610, 640 and 2,560 are a spike in Q3, not a year to date). A count at a point in
 * time does not grow so far in a year. Only for counts and
 * amounts, and for collection rates (`name`: "Council Tax collection rates", 35.88 %, 57.87 %, 86 %,
 * 97.5 %), whose first is at most 50 % and last at least 1.8 times it (or, where there are only two
 * quarters, which are then enough, 1.5 times: 35.88 %, 57.87 %); null when the latest year's
 * figures do not run so, or an earlier year's go down.
 *
 * Two quarters of a count are enough beside a target the header gives the whole year (`yearTarget`),
 * where they build up towards it as a year to date does: the first at most half the year's target,
 * the second at least half as much again (140 then 281 new homes against 560 for the year). A level
 * near its target (96 then 104 households against 120) or a quarter's own figures (140 then 150
 * against 600) do not.
 */
export function yearToDateRun(
  values: readonly PeriodValue[],
  unit: Unit,
  name = '',
  yearTarget: number | null = null,
): PeriodValue[] | null {
  const collected = isCollectionRate(unit, name);
  if (!addsUpOverYear(unit) && !collected) return null;
  const years = new Map<string, PeriodValue[]>();
  for (const v of values) {
    const p = v.period;
    if ((p.kind !== 'quarter' && p.kind !== 'month') || v.measure.value === null) continue;
    const key = `${p.kind}:${p.fyStart}`;
    const list = years.get(key);
    if (list) list.push(v);
    else years.set(key, [v]);
  }
  let latest: PeriodValue[] | null = null;
  for (const list of years.values()) {
    list.sort((a, b) => a.period.sortKey - b.period.sortKey);
    // A year whose figures fall is not a year to date: nor, then, are the others.
    for (let i = 1; i < list.length; i++) if (list[i].measure.value! < list[i - 1].measure.value!) return null;
    if (!latest || list[0].period.sortKey > latest[0].period.sortKey) latest = list;
  }
  if (!latest) return null;
  const quarters = latest[0].period.kind === 'quarter';
  const n = latest.length;
  // A collection rate that more than doubles from a first quarter of at most half says so by Q2, and
  // so does a count on its way to the year's target.
  const towardsYear = quarters && n === 2 && !collected && yearTarget !== null && yearTarget > 0;
  if (n < (quarters ? (collected || towardsYear ? 2 : 3) : 4)) return null;
  // From the year's first period, one after another.
  const step = quarters ? 3 : 1;
  const start = quarters ? 2 : 0;
  const base = latest[0].period.sortKey - (latest[0].period.sortKey % 12);
  for (let i = 0; i < n; i++) if (latest[i].period.sortKey !== base + start + i * step) return null;
  const first = latest[0].measure.value!;
  const last = latest[n - 1].measure.value!;
  // A share of the year's due collected so far cannot pass 100 %: it starts low and ends near it.
  if (collected) return first > 0 && first <= 50 && last >= first * (n === 2 ? 1.5 : 1.8) ? latest : null;
  if (towardsYear && !(first > 0 && first <= yearTarget / 2 && last >= first * 1.5)) return null;
  if (!towardsYear && !(first > 0 && last >= first * n * 0.75)) return null;
  // As a year to date, each period adds its own figure: one that adds next to nothing (610 then 640)
  // or a spike of several times the first (then 2,560) runs as each period's own figures do.
  for (let i = 1; i < n; i++) {
    const own = latest[i].measure.value! - latest[i - 1].measure.value!;
    if (own < first * OWN_SHARE_LEAST || own > first * OWN_TIMES_MOST) return null;
  }
  return latest;
}

/** Each period's own figure, read from a year to date guessed from its figures, at least this share of the first period's… */
const OWN_SHARE_LEAST = 0.25;
/** … and at most this many times it. */
const OWN_TIMES_MOST = 4;

/**
 * A collection rate: the share of the year's Council Tax, business rates or rent collected so far,
 * which councils report as it stands at each quarter's end (Q1 about a quarter of the year's due,
 * Q4 nearly all of it). Read as a year to date when its figures run so.
 */
const COLLECTION = /\bcollect(?:ed|ion)\b/i;

/** A share of the year's due collected so far ("Council Tax collection rates"), when it is read as cumulative. */
export function isCollectionRate(unit: Unit, name: string): boolean {
  return unit === 'percentage' && COLLECTION.test(name);
}

/**
 * The periods of `period`'s year up to it, every one filled in and at least two, where they add up
 * to the sheet's year to date for it (a column for the year to date at the period, or one for the
 * year standing open), to the precision the year to date shows; null otherwise. The figures are then
 * each the period's own, and the year to date their sum (agency spend of £180,000 then £540,000,
 * £720,000 to date).
 */
export function periodsAddUpTo(
  values: readonly PeriodValue[],
  period: Period,
): { parts: PeriodValue[]; ytd: PeriodValue } | null {
  if (period.kind !== 'quarter' && period.kind !== 'month') return null;
  const expected = periodsSoFar(period);
  const parts: PeriodValue[] = [];
  let ytd: PeriodValue | undefined;
  let sum = 0;
  for (const v of values) {
    const q = v.period;
    if (q.fyStart !== period.fyStart) continue;
    if (q.kind === 'ytd' && (q.sortKey === period.sortKey || (q.quarter === null && q.month === null))) ytd ??= v;
    if (q.kind !== period.kind || q.sortKey > period.sortKey) continue;
    if (v.measure.value === null) return null;
    parts.push(v);
    sum += v.measure.value;
  }
  if (!ytd || parts.length < 2 || parts.length !== expected) return null;
  return sumIsYearToDate(sum, ytd.measure, parts.length) ? { parts, ytd } : null;
}

/** The figures of `period`'s year up to it, of its kind, that are filled in. */
export function filledSoFar(values: readonly PeriodValue[], period: Period): PeriodValue[] {
  return values.filter(
    (v) =>
      v.period.kind === period.kind &&
      v.period.fyStart === period.fyStart &&
      v.period.sortKey <= period.sortKey &&
      v.measure.value !== null,
  );
}

/**
 * The parts, at least three, none below nought, of which all but one are above nought and at most
 * `limit`: a year's periods with a spike in one (missed bins of 610 and 640, then 2,560), the rest
 * each a small share of the year's total. Those parts, or null.
 */
export function allButOneAtMost(parts: readonly PeriodValue[], limit: number): PeriodValue[] | null {
  if (parts.length < 3 || parts.some((p) => (p.measure.value ?? 0) < 0)) return null;
  const under = parts.filter((p) => (p.measure.value ?? 0) > 0 && p.measure.value! <= limit);
  return under.length >= parts.length - 1 ? under : null;
}

/** How many of its kind of period a year has had by the end of `period`: 3 at Q3, 6 at September. */
export function periodsSoFar(period: Period): number {
  return period.kind === 'quarter' ? (period.quarter ?? 0) : (period.sortKey % 12) + 1;
}

/**
 * True when `sum`, of `count` figures, is the year to date `ytd` gives, to the precision it shows:
 * each figure and the total may be rounded to the decimals shown, half a unit of the last each (to
 * half a per cent of it where it shows none). Not a year to date of nought.
 */
export function sumIsYearToDate(sum: number, ytd: Measure, count: number): boolean {
  const total = ytd.value;
  if (total === null || total === 0) return false;
  const decimals = ytd.formatDecimals;
  const slack = decimals === null ? Math.abs(total) * 0.005 : 0.5 * 10 ** -decimals * (count + 1);
  return Math.abs(sum - total) <= slack;
}

/**
 * The latest year's periods so far and its year to date, where they add up to it and the last
 * period's figure is not the year to date itself: figures that are each the period's own.
 */
function ownFiguresSummed(values: readonly PeriodValue[]): { parts: PeriodValue[]; ytd: PeriodValue } | null {
  let latest: PeriodValue | null = null;
  let ytd = false;
  for (const v of values) {
    if (v.period.kind === 'ytd') ytd = true;
    if ((v.period.kind !== 'quarter' && v.period.kind !== 'month') || v.measure.value === null) continue;
    if (!latest || v.period.sortKey > latest.period.sortKey) latest = v;
  }
  // (Most rows have no year-to-date column: nothing to add up.)
  if (!latest || !ytd) return null;
  const summed = periodsAddUpTo(values, latest.period);
  return summed && summed.ytd.measure.value !== latest.measure.value ? summed : null;
}
