import type { Indicator, PeriodValue } from '../indicators/types';
import type { Period } from '../periods/types';
import type { Direction, Movement } from './types';
import { distanceFromBand } from './compare';
import { mayAddUpOverYear } from '../values/units';
import { allButOneAtMost, filledSoFar, periodsAddUpTo, periodsSoFar } from '../indicators/cumulative';

/**
 * Direction of travel between two values of an indicator, judged through its polarity.
 * Values equal as they would be printed (`decimals` places of the normalised figure) are unchanged,
 * so the narrative never calls 92.7 → 92.7 an improvement.
 */
export function directionBetween(indicator: Indicator, current: number, previous: number, decimals: number): Direction {
  const f = 10 ** decimals;
  const a = Math.round(current * f) / f;
  const b = Math.round(previous * f) / f;
  if (a === b) return 'unchanged';
  const up = a > b;
  switch (indicator.polarity) {
    case 'higher':
      return up ? 'improving' : 'declining';
    case 'lower':
      return up ? 'declining' : 'improving';
    case 'band': {
      const t = indicator.target;
      if (t === null || t.lower === null || t.upper === null) return up ? 'increasing' : 'decreasing';
      const now = distanceFromBand(a, t.lower, t.upper);
      const then = distanceFromBand(b, t.lower, t.upper);
      // Both within the band (or as far outside it): no better or worse, but the figure has moved.
      if (now === then) return up ? 'increasing' : 'decreasing';
      return now < then ? 'improving' : 'declining';
    }
    default:
      return up ? 'increasing' : 'decreasing';
  }
}

function movement(
  indicator: Indicator,
  current: PeriodValue,
  from: PeriodValue | undefined,
  decimals: (m: PeriodValue) => number,
): Movement | null {
  if (!from || from.measure.value === null || current.measure.value === null) return null;
  const d = Math.max(decimals(current), decimals(from));
  return {
    direction: directionBetween(indicator, current.measure.value, from.measure.value, d),
    from,
    change: current.measure.value - from.measure.value,
  };
}

/**
 * True when last year's outturn looks like the year's total of a figure counted each quarter or month
 * (612 households helped in the year beside 141 in a quarter; 9.8 suspensions per 100 pupils in a
 * school year beside 4.1 in its autumn term): at least half the year's periods' worth
 * of the current figure, or of each of the year's periods so far but one (a spike). A count that
 * stands at a point in time (households in temporary accommodation) moves by far less than that
 * between one year end and the next quarter.
 */
function looksLikeYearTotal(indicator: Indicator, current: PeriodValue, outturn: PeriodValue): boolean {
  const now = current.measure.value;
  const year = outturn.measure.value;
  if (now === null || year === null || now <= 0 || !mayAddUpOverYear(indicator.unit, indicator.name)) return false;
  // The year's periods so far add up to its year to date: a year's figure is their total, however the seasons fall.
  if (periodsAddUpTo(indicator.values, current.period)) return true;
  // A school year has three terms.
  const perYear = { month: 12, quarter: 4, term: 3 }[current.period.kind as string] ?? 0;
  if (perYear === 0) return false;
  if (year >= (now * perYear) / 2) return true;
  // A spike in the period itself (missed bins of 2,560 in the quarter of industrial action, beside
  // 2,310 last year): the year's other periods so far are each at most that share of it.
  const soFar = filledSoFar(indicator.values, current.period);
  return (
    current.period.kind !== 'term' &&
    soFar.length === periodsSoFar(current.period) &&
    allButOneAtMost(soFar, (year * 2) / perYear) !== null
  );
}

/**
 * Short term: against the latest earlier period of the same kind that has a value (none for a
 * cumulative measure, nor where that period is the same one a year before). Long term: against the same period a year before (same kind, twelve months
 * earlier), when present; else against the previous financial year's outturn column ("2022/23",
 * "Outturn 2022/23") — for a cumulative measure only at the year end, and not where that outturn
 * looks like the year's total of a count made each quarter or month (`yearTotal`: not compared).
 */
export function movements(
  indicator: Indicator,
  current: PeriodValue,
  decimals: (m: PeriodValue) => number,
): {
  shortTerm: Movement | null;
  longTerm: Movement | null;
  yearTotal?: PeriodValue;
  ownMove?: Movement & { to: PeriodValue };
} {
  let previous: PeriodValue | undefined;
  let lastYear: PeriodValue | undefined;
  let outturn: PeriodValue | undefined;
  const { kind, sortKey, fyStart } = current.period;
  for (const v of indicator.values) {
    if (v.measure.value === null) continue;
    if (v.period.kind === 'year' && kind !== 'year' && v.period.fyStart === fyStart - 1) outturn = v;
    if (v.period.kind !== kind || v.period.sortKey >= sortKey) continue;
    if (!previous || v.period.sortKey > previous.period.sortKey) previous = v;
    if (v.period.sortKey === sortKey - 12) lastYear = v;
  }
  // A cumulative figure only grows through the year: it is compared with the same point last year
  // (and with last year's outturn only at the year end), never with the period before.
  // So is a year to date rated in place of a quarter's or month's own figure (see Indicator.ratedInPlaceOf),
  // whose year ends only if that period ends it: 210 homes by Q2 is not "worse" than last year's 380.
  const inPlaceOf = indicator.ratedInPlaceOf;
  const cumulative = (indicator.cumulative === true || inPlaceOf !== undefined) && kind !== 'year';
  const yearEnd = (inPlaceOf?.sortKey ?? sortKey) % 12 === 11;
  const total = !lastYear && outturn && !cumulative && looksLikeYearTotal(indicator, current, outturn);
  const longFrom = lastYear ?? (outturn && (!cumulative || yearEnd) && !total ? outturn : undefined);
  // Where the only earlier quarter or month is the same one a year before (a table of "Q1 2023/24 |
  // Q1 2024/25"), that is the long-term comparison: there is no period before to speak of.
  const yearBeforeOnly = kind !== 'year' && previous !== undefined && previous === lastYear;
  const shortTerm = cumulative || yearBeforeOnly ? null : movement(indicator, current, previous, decimals);
  const longTerm = movement(indicator, current, longFrom, decimals);
  const ownMove = inPlaceOf && !indicator.cumulative ? ownMovement(indicator, inPlaceOf, decimals) : null;
  return {
    shortTerm,
    longTerm,
    ...(total && { yearTotal: outturn }),
    ...(ownMove && { ownMove }),
  };
}

/**
 * The period's own figure against the period before's, where its year to date is what is rated:
 * September's 204 missed bins against August's 231. Null where either has no figure, or the period
 * before is the same one a year earlier.
 */
function ownMovement(
  indicator: Indicator,
  period: Period,
  decimals: (m: PeriodValue) => number,
): (Movement & { to: PeriodValue }) | null {
  let own: PeriodValue | undefined;
  let before: PeriodValue | undefined;
  for (const v of indicator.values) {
    if (v.period.kind !== period.kind || v.measure.value === null) continue;
    if (v.period.sortKey === period.sortKey) own = v;
    else if (v.period.sortKey < period.sortKey && v.period.sortKey > period.sortKey - 12)
      if (!before || v.period.sortKey > before.period.sortKey) before = v;
  }
  const moved = own && movement(indicator, own, before, decimals);
  return moved ? { ...moved, to: own! } : null;
}
