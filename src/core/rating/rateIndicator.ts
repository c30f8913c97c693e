import type { Tolerance } from '../config/types';
import type { Indicator, PeriodValue, UnusableTarget } from '../indicators/types';
import type { Period } from '../periods/types';
import type { AmberRule, Rating } from './types';
import { standing } from './compare';
import { directionBetween, movements } from './direction';
import { measureInWords, readBound } from '../values/noDataCodes';

export interface RateOptions {
  readonly amberRule: AmberRule;
  /** Decimal places at which two values count as the same (the printed precision). */
  readonly decimals: (value: PeriodValue) => number;
}

/** How the tolerance reads in a reason: "5%" (of the target), "2 percentage points", "3" (units). */
export function describeTolerance(t: Tolerance, unit: Indicator['unit']): string {
  if (t.type === 'relative') return `${trim(t.value * 100)}%`;
  if (unit === 'percentage') return `${trim(t.value)} percentage point${t.value === 1 ? '' : 's'}`;
  // A margin of days is said in days ("2 days"), as the sheet's "+2 days" has it.
  if (unit === 'days') return `${trim(t.value)} day${t.value === 1 ? '' : 's'}`;
  return trim(t.value);
}

function trim(x: number): string {
  return String(Math.round(x * 1000) / 1000);
}

/**
 * The value of the indicator for `period` (matched on the period's end month, any header form); for
 * a measure whose row gives an earlier period for its latest result (`latestOwn`), that figure. A
 * measure reported annually ("Annual" in its quarters' cells, or an annual frequency) has, at the
 * year's end, the year's own figure for Q4's or March's: a year-end report on Q4 2023/24 rates the
 * council's emissions for 2023/24, not last year's.
 */
export function valueFor(indicator: Indicator, period: Period): PeriodValue | null {
  const on = indicator.ratedOn;
  const inPlaceOf = indicator.ratedInPlaceOf;
  const here = inPlaceOf
    ? inPlaceOf.sortKey === period.sortKey && inPlaceOf.kind === period.kind
    : on?.sortKey === period.sortKey;
  if (on && here) {
    const v = indicator.values.find((x) => x.period === on);
    if (v) return v;
    if (indicator.summedToDate?.period === on) return indicator.summedToDate;
  }
  let sameEnd: PeriodValue | null = null;
  let exact: PeriodValue | null = null;
  let year: PeriodValue | null = null;
  for (const v of indicator.values) {
    if (v.period.sortKey !== period.sortKey) continue;
    if (v.period.kind === period.kind) {
      if (v.measure.value !== null) return v;
      exact ??= v;
      continue;
    }
    if (sameEnd === null && v.period.kind !== 'ytd') sameEnd = v;
    if (year === null && v.period.kind === 'year' && !v.period.rolling) year = v;
  }
  if (exact) {
    const annually = exact.measure.noData?.reason === 'reported-annually' || indicator.frequency === 'annual';
    return annually && year && year.measure.value !== null ? year : exact;
  }
  // A measure whose latest result is for an earlier period than the report's, as its row says.
  const own = indicator.latestOwn;
  if (sameEnd === null && own && own.sortKey < period.sortKey)
    return indicator.values.find((v) => v.period === own) ?? null;
  return sameEnd;
}

/** The reasons an off-target rating gives, which depend only on the tolerance and the unit. */
interface OffTargetReasons {
  readonly within: string;
  readonly improving: string;
  readonly beyond: string;
}

/**
 * Reasons worked out once per tolerance and unit: a scorecard shares one or two tolerances among
 * thousands of indicators, and each rated one would otherwise build the same sentences again.
 */
const REASONS = new WeakMap<Tolerance, Map<Indicator['unit'], OffTargetReasons>>();

function offTargetReasons(t: Tolerance, unit: Indicator['unit']): OffTargetReasons {
  let byUnit = REASONS.get(t);
  if (!byUnit) REASONS.set(t, (byUnit = new Map()));
  let reasons = byUnit.get(unit);
  if (!reasons) {
    const tol = describeTolerance(t, unit);
    reasons = {
      within: `off target, within ${tol} of it`,
      improving: `more than ${tol} from the target, but improving`,
      beyond: `more than ${tol} from the target`,
    };
    byUnit.set(unit, reasons);
  }
  return reasons;
}

function verdict(
  rag: Rating['rag'],
  status: Rating['status'],
  reason: string,
  current: PeriodValue,
  moves: ReturnType<typeof movements>,
  withinTolerance = false,
): Rating {
  const rating: Rating = {
    rag,
    status,
    reason,
    current,
    withinTolerance,
    reportedAnnually: false,
    shortTerm: moves.shortTerm,
    longTerm: moves.longTerm,
  };
  return moves.yearTotal || moves.ownMove
    ? {
        ...rating,
        ...(moves.yearTotal && { yearTotal: moves.yearTotal }),
        ...(moves.ownMove && { ownMove: moves.ownMove }),
      }
    : rating;
}

/**
 * Rates one indicator for a period: green on or better than target, amber within the tolerance
 * (or, under the `tolerance-or-improving` rule, beyond it but improving on the previous period),
 * red beyond it; `none` with status `no-target` when there is no target or no polarity, and
 * `no-data` when the period has no value (an annual indicator with an empty quarter is
 * "reported annually").
 */
export function rateIndicator(indicator: Indicator, period: Period, options: RateOptions): Rating {
  const rating = rateByTolerance(indicator, period, options);
  const ytd = yearToDateFor(indicator, period);
  return ytd ? { ...rating, yearToDate: ytd } : rating;
}

/**
 * The year-to-date figure for a quarter or month: a column for the year to date at that period
 * ("Q3 2022/23 YTD"), else one for the year's to-date figure ("YTD", "Cumulative 2022/23") when no
 * later period of the same kind has a value (the column then stands at the reporting period).
 * Null when there is none, or it holds no value.
 */
export function yearToDateFor(indicator: Indicator, period: Period): PeriodValue | null {
  // A term is part of an academic year, not of the financial year a year-to-date column adds up.
  if (period.kind === 'ytd' || period.kind === 'year' || period.kind === 'term') return null;
  let open: PeriodValue | null = null;
  let laterValue = false;
  for (const v of indicator.values) {
    const p = v.period;
    if (p.kind === period.kind && p.sortKey > period.sortKey && v.measure.value !== null) laterValue = true;
    if (p.kind !== 'ytd' || p.fyStart !== period.fyStart || v.measure.value === null) continue;
    if (p.quarter === null && p.month === null) open = v;
    else if (p.sortKey === period.sortKey) return v;
  }
  return laterValue ? null : open;
}

/** The rating, and where the tolerance's unit is unclear, only what both readings of it agree on. */
function rateByTolerance(indicator: Indicator, period: Period, options: RateOptions): Rating {
  const alternative = indicator.toleranceAlternative;
  if (alternative === undefined) return rateWith(indicator, period, options);
  // A tolerance whose unit the sheet does not state: rate by both readings, and trust only what they agree on.
  const first = rateWith(indicator, period, options);
  const second = rateWith({ ...indicator, tolerance: alternative }, period, options);
  if (first.rag === second.rag) return first;
  const reason = `not rated: the tolerance could be ${describeTolerance(indicator.tolerance, indicator.unit)} of the target (${first.rag}) or ${describeTolerance(alternative, indicator.unit)} (${second.rag}); please check its unit`;
  const toleranceReadings = { relative: first.rag, absolute: second.rag };
  return {
    ...first,
    rag: 'none',
    status: 'no-target',
    reason,
    withinTolerance: false,
    toleranceUnclear: true,
    toleranceReadings,
  };
}

/**
 * True when the indicator's table gives it whole years only (a table of annual indicators, "2016 to
 * 2017 | 2017 to 2018 | 2018 to 2019", beneath the quarters), with a figure for one, and the report
 * is on a quarter, month or school term: it is reported annually, not missing.
 */
function yearsOnly(indicator: Indicator, period: Period): boolean {
  if (period.kind !== 'quarter' && period.kind !== 'month' && period.kind !== 'term') return false;
  let figure = false;
  for (const v of indicator.values) {
    if (v.period.kind !== 'year' && v.period.kind !== 'ytd') return false;
    if (v.period.kind === 'year' && v.measure.value !== null) figure = true;
  }
  return figure;
}

function rateWith(indicator: Indicator, period: Period, options: RateOptions): Rating {
  const current = valueFor(indicator, period);
  const bounded = current && current.measure.value === null ? boundRating(indicator, current, options) : null;
  if (bounded) return bounded;
  if (!current || current.measure.value === null) {
    const said = current?.measure.noData?.reason === 'reported-annually';
    const annual =
      said ||
      (indicator.frequency === 'annual' && (!current || current.measure.noData?.reason === 'blank')) ||
      (!current && yearsOnly(indicator, period));
    const quarterly =
      !annual && offQuarter(indicator, period) && (!current || current.measure.noData?.reason === 'blank');
    const reason = annual
      ? 'reported annually'
      : quarterly
        ? `reported quarterly: not due in ${period.label}`
        : current?.measure.noData && measureInWords(current.measure)
          ? `reported in words for ${period.label} ('${current.measure.noData.shown}')`
          : current?.measure.noData
            ? `no data for ${period.label} (${current.measure.noData.shown ? `'${current.measure.noData.shown}'` : 'blank'})`
            : `no column for ${period.label}`;
    return {
      rag: 'none',
      status: 'no-data',
      reason,
      current,
      withinTolerance: false,
      reportedAnnually: annual,
      ...(quarterly && { reportedQuarterly: true }),
      shortTerm: null,
      longTerm: null,
    };
  }
  const moves = movements(indicator, current, options.decimals);
  // A target cell that cannot be a target is to be checked whatever the polarity: with no polarity
  // stated, none is guessed for a target that is not read, but the indicator is no context measure.
  const unusable = indicator.targetUnusable;
  if (!indicator.target && unusable)
    return { ...verdict('none', 'no-target', unusableReason(unusable), current, moves), targetUnusable: unusable };
  // A polarity in words that are not read: not rated until they are checked, and no context measure either.
  const unread = indicator.polarityUnread;
  if (unread && indicator.polarity === 'none' && indicator.target)
    return {
      ...verdict(
        'none',
        'no-target',
        `not rated: its polarity ('${unread.shown}' in ${unread.cell}) is not one this report reads; please check it`,
        current,
        moves,
      ),
      polarityUnread: unread,
    };
  if (indicator.polarity === 'none')
    return verdict('none', 'no-target', 'no polarity: reported for context', current, moves);
  if (!indicator.target) return verdict('none', 'no-target', 'no target set', current, moves);
  const where = standing(
    current.measure.value,
    indicator.polarity,
    indicator.target,
    indicator.tolerance,
    current.measure.scale,
  );
  if (where === null) return verdict('none', 'no-target', 'no usable target', current, moves);
  if (where === 'on-target') return verdict('green', 'rated', 'on or better than target', current, moves);
  const byKey = indicator.keyScheme && rateByKey(indicator, indicator.keyScheme, current, moves, options);
  if (byKey) return byKey;
  const reasons = offTargetReasons(indicator.tolerance, indicator.unit);
  if (where === 'within-tolerance') return verdict('amber', 'rated', reasons.within, current, moves, true);
  if (options.amberRule === 'tolerance-or-improving' && improvingOnPrevious(indicator, current, options)) {
    return verdict('amber', 'rated', reasons.improving, current, moves);
  }
  return verdict('red', 'rated', reasons.beyond, current, moves);
}

/**
 * The rating by a key's scheme of its own, for a figure off its target: green within the key's
 * margin; past it by the scheme's direction, amber where the figure improved on or matched the one
 * the key names and red where it did not, or where the row has no such figure (said in
 * `key-scheme-uncompared`). Null for a scheme that rates past green by its tolerance, as usual.
 */
function rateByKey(
  indicator: Indicator,
  scheme: NonNullable<Indicator['keyScheme']>,
  current: PeriodValue,
  moves: ReturnType<typeof movements>,
  options: RateOptions,
): Rating | null {
  const value = current.measure.value!;
  const margin = describeTolerance(scheme.green, indicator.unit);
  const where = standing(value, indicator.polarity, indicator.target!, scheme.green, current.measure.scale);
  if (where === 'within-tolerance')
    return {
      ...verdict(
        'green',
        'rated',
        `within ${margin} of target, which the key (${scheme.cell}) rates green`,
        current,
        moves,
        true,
      ),
      byKey: 'green-margin',
    };
  if (scheme.beyond.by !== 'direction') return null;
  const before = earlierValue(indicator, current, scheme.beyond.against);
  if (!before || before.measure.value === null) {
    const reason = `more than ${margin} from target, with no figure ${before ? `for ${before.period.label} (${before.measure.cell})` : 'to compare it with'} to show it improved, as the key (${scheme.cell}) asks; red`;
    return { ...verdict('red', 'rated', reason, current, moves), byKey: 'uncompared' };
  }
  const d = directionBetween(indicator, value, before.measure.value, options.decimals(current));
  const kept = d === 'improving' || d === 'unchanged';
  const reason = kept
    ? `more than ${margin} from target, but improved on or matched ${before.period.label}, which the key (${scheme.cell}) rates amber`
    : `more than ${margin} from target and not improved on ${before.period.label}, which the key (${scheme.cell}) rates red`;
  return { ...verdict(kept ? 'amber' : 'red', 'rated', reason, current, moves), byKey: 'compared' };
}

/**
 * The earlier figure a figure is compared with, of the same kind of period: a year earlier, the one
 * just before (as the "or improving" rule and a key's scheme take it), or one a key names; null
 * where the row has no column for it.
 */
export function earlierValue(
  indicator: Indicator,
  current: PeriodValue,
  against: 'last-year' | 'previous' | Period,
): PeriodValue | null {
  const p = current.period;
  if (typeof against !== 'string' && against.kind !== p.kind) return null;
  const sortKey = against === 'last-year' ? p.sortKey - 12 : against === 'previous' ? null : against.sortKey;
  let last: PeriodValue | null = null;
  for (const v of indicator.values) {
    if (v.period.kind !== p.kind || v.period.sortKey >= p.sortKey) continue;
    if (sortKey === null) last = v;
    else if (v.period.sortKey === sortKey) return v;
  }
  return last;
}

/** True when the period's cell reports progress in words rather than a figure ("Complete", "On track", "Delayed"). */
export function isInWords(rating: Rating): boolean {
  return rating.status === 'no-data' && !!rating.current && measureInWords(rating.current.measure);
}

/**
 * True when the indicator is not rated until the officer checks a cell: its target's (a date, a
 * target for another period), its tolerance's unit or its polarity's words. It has a target, so it is
 * no context measure.
 */
export function awaitsCheck(rating: Rating): boolean {
  return rating.toleranceUnclear === true || rating.targetUnusable !== undefined || rating.polarityUnread !== undefined;
}

/**
 * True when no figure is due for the period: its cell says so ("Not due", "Measured twice per year"),
 * or the indicator is reported quarterly and the period is a month that ends no quarter.
 */
export function isNotDue(rating: Rating): boolean {
  return (
    rating.status === 'no-data' &&
    (rating.reportedQuarterly === true || rating.current?.measure.noData?.reason === 'not-due')
  );
}

/**
 * True for a quarterly indicator (its frequency column or configuration says so) and a month that
 * ends no quarter (April, May, July, …): its figure is due at the quarter's end, not then.
 */
export function offQuarter(indicator: Indicator, period: Period): boolean {
  // Months are numbered from April (0), so June, September, December and March end the quarters.
  return indicator.frequency === 'quarterly' && period.kind === 'month' && period.sortKey % 3 !== 2;
}

/** Why an indicator whose target cell cannot be a target is not rated. */
function unusableReason(u: UnusableTarget): string {
  if (u.why.kind === 'other-year')
    return `not rated: the target in ${u.cell} is for ${u.why.year}, not ${u.why.reported}; please check it`;
  if (u.why.kind === 'to-date')
    return `not rated: the target in ${u.cell} is for the year to date ('${u.why.header}'), but the period's figure is its own${u.why.yearToDate ? ` (the year to date is in ${u.why.yearToDate})` : ''}; please check it`;
  if (u.why.kind === 'due-later')
    return `not rated: the target in ${u.cell} ('${u.shown}') is to be met by ${u.why.due}, after ${u.why.reported}, and the figure does not meet it yet; please check its progress`;
  if (u.why.kind === 'for-the-year')
    return `not rated: the target in ${u.cell} is for the whole year ('${u.why.header}'), but ${u.why.byTarget ? `it is many times each period's figure, which add up over the year, so the period's figure is only` : u.why.soFar ? `the figure in ${u.why.yearToDate} is for the year so far, only` : u.why.priorYear ? `the figures add up over a year (to ${u.why.yearToDate} in ${u.why.priorYear}), so the period's figure is only` : `the figures add up over the year to ${u.why.yearToDate}, so the period's figure is only`} a part of it; please check it`;
  const what =
    u.why.kind === 'date'
      ? `holds a date ('${u.shown}'), not a figure`
      : u.why.kind === 'text'
        ? u.why.change
          ? `is a change on a baseline ('${u.shown}'), not the figure it comes to`
          : `is words ('${u.shown}'), not a figure`
        : u.why.kind === 'no-time-unit'
          ? `is a number without a unit ('${u.shown}'), but the figures are lengths of time`
          : u.why.kind === 'unit-word'
            ? `is in ${u.why.word} ('${u.shown}'), but the figures are percentages`
            : `is written as a percentage, but the figures are read as ${u.why.unit}`;
  return `not rated: the target in ${u.cell} ${what}; please check it`;
}

/**
 * The "or improving" amber rule looks at the period immediately before (as the live formula does),
 * at printed precision; band indicators are judged on the tolerance alone.
 */
function improvingOnPrevious(indicator: Indicator, current: PeriodValue, options: RateOptions): boolean {
  if (indicator.polarity !== 'higher' && indicator.polarity !== 'lower') return false;
  const prev = earlierValue(indicator, current, 'previous');
  if (!prev || prev.measure.value === null || current.measure.value === null) return false;
  return (
    directionBetween(indicator, current.measure.value, prev.measure.value, options.decimals(current)) === 'improving'
  );
}

/** Units whose figures are never below nought, so that "<5" runs from 0 to 5: counts, rates, days and percentages. */
const BOUNDED_UNITS: ReadonlySet<Indicator['unit']> = new Set(['count', 'number', 'rate', 'days', 'percentage']);

/** The most a figure above a bound ("> 20") may be, for a unit that has no top: any figure past the target's reach. */
const NO_TOP = 1e12;

/**
 * A bound kept where a figure belongs ("<5", "Fewer than 5", "> 95%") rated where every figure it
 * allows gets the same colour against the target: "<5" children against a target of 10, lower being
 * better, is green whatever the figure. Only for a target above or below which is better, rated by
 * its tolerance; a percentage's bound says "%", any other's does not; a money bound is not read.
 * Colours run in one order along the figures, so the two ends of the bound (taken as reached) settle
 * every figure between. Null where they differ, or under the "or improving" rule, which a bound
 * cannot show, where they are red.
 */
function boundRating(indicator: Indicator, current: PeriodValue, options: RateOptions): Rating | null {
  const noData = current.measure.noData;
  if (noData?.reason !== 'text') return null;
  const bound = readBound(noData.shown);
  const { polarity, target } = indicator;
  if (!bound || bound.currency || !BOUNDED_UNITS.has(indicator.unit)) return null;
  if (bound.percent !== (indicator.unit === 'percentage')) return null;
  // (Nor where the tolerance's unit is unclear: the two readings are for a figure to settle.)
  if ((polarity !== 'higher' && polarity !== 'lower') || !target || target.value === null || indicator.keyScheme)
    return null;
  if (indicator.toleranceAlternative !== undefined) return null;
  const top = indicator.unit === 'percentage' ? 100 : NO_TOP;
  const [from, to] = bound.below ? [0, bound.value] : [bound.value, top];
  if (from > to) return null;
  const first = standing(from, polarity, target, indicator.tolerance, current.measure.scale);
  const last = standing(to, polarity, target, indicator.tolerance, current.measure.scale);
  if (first === null || first !== last) return null;
  const rag = first === 'on-target' ? 'green' : first === 'within-tolerance' ? 'amber' : 'red';
  if (rag === 'red' && options.amberRule === 'tolerance-or-improving') return null;
  return {
    rag,
    status: 'rated',
    reason: `given as '${noData.shown}': every figure it allows is ${rag} against the target`,
    current,
    withinTolerance: rag === 'amber',
    reportedAnnually: false,
    shortTerm: null,
    longTerm: null,
    bound,
  };
}
