import { toA1 } from '../address';
import { findPeriod } from '../periods/periodOrder';
import type { Indicator, PeriodTarget, PeriodValue } from '../indicators/types';
import type { Period } from '../periods/types';
import { isBoundText, measureInWords } from '../values/noDataCodes';
import { offQuarter } from '../rating/rateIndicator';
import { isToDateTargetHeader } from '../tables/profiledTargets';
import { hasTarget } from '../indicators/targets';
import type { DetectedTable } from '../tables/types';
import type { Issue } from '../warnings';
import { warning } from '../warningMessages';

/** At the same last month, a quarter is preferred to a month, and either to a whole year. */
export const KIND_PREFERENCE = { quarter: 0, month: 1, year: 2, ytd: 3, term: 4 } as const;

/** The reporting period, and what the engine says about how it chose it. */
export interface PeriodChoice {
  readonly period: Period | null;
  readonly issues: readonly Issue[];
}

/**
 * How many of the counted indicators have a column for a period, which of those hold a value, and
 * how many are filled in: a value, a code that answers for the period ("n/a", "TBC", a
 * suppression code, an error), or progress in words.
 */
interface Coverage {
  readonly period: Period;
  readonly withColumn: number;
  readonly filled: readonly PeriodValue[];
  readonly answered: number;
}

const sameSlot = (a: Period, b: Period) =>
  a.kind === b.kind && a.sortKey === b.sortKey && a.quarter === b.quarter && a.month === b.month;

/**
 * True when an indicator's value for the period is not expected: an annual indicator's quarter or
 * month, a quarterly one's month between quarter ends, or a cell that says the measure is reported annually or is not due ("Measured twice per year").
 */
function notExpected(ind: Indicator, v: PeriodValue): boolean {
  const reason = v.measure.noData?.reason;
  if (reason === 'reported-annually' || reason === 'not-due') return true;
  if (v.measure.value !== null) return false;
  return (ind.frequency === 'annual' && v.period.kind !== 'year') || offQuarter(ind, v.period);
}

/**
 * Whether a cell answers for its period: a value, a code such as "n/a", "TBC" or "c", or a milestone's
 * progress in words ("Complete", "Delayed"); not a blank, a date or other text.
 */
function answers(v: PeriodValue): boolean {
  const noData = v.measure.noData;
  if (v.measure.value !== null || !noData) return true;
  // Progress in words, or a bound ("<5") where a small number is kept back, answers for the period.
  if (noData.reason === 'text') return measureInWords(v.measure) || isBoundText(noData.shown);
  return noData.reason !== 'blank' && noData.reason !== 'date';
}

/** A number for a period's slot: its last month, its kind, and whether a year to date names its end. */
const slotKey = (p: Period) =>
  p.sortKey * 16 + KIND_PREFERENCE[p.kind] * 2 + (p.quarter === null && p.month === null ? 1 : 0);

/** The coverage of every period at once, in one pass over the indicators' values. */
function coverages(indicators: readonly Indicator[], periods: readonly Period[]): Coverage[] {
  const byKey = new Map(
    periods.map((p) => [slotKey(p), { period: p, withColumn: 0, filled: [] as PeriodValue[], answered: 0 }]),
  );
  for (const ind of indicators) {
    for (const v of ind.values) {
      const c = byKey.get(slotKey(v.period));
      if (!c || notExpected(ind, v)) continue;
      c.withColumn++;
      if (v.measure.value !== null) c.filled.push(v);
      if (answers(v)) c.answered++;
    }
  }
  return [...byKey.values()];
}

function coverage(indicators: readonly Indicator[], period: Period): Coverage {
  return coverages(indicators, [period])[0];
}

/**
 * The periods whose every figure, for every indicator (with a target or not), is 0, in two cells or
 * more, later than a period with a figure other than 0: by their slot, with the zeros. A template
 * whose formulas pick up next quarter's figures shows 0 until they are in (`=Data!F5` of a blank
 * cell), often in columns the officer has hidden; reported on, every indicator would stand at 0.
 */
function zeroOnlyPeriods(indicators: readonly Indicator[], periods: readonly Period[]): Map<number, PeriodValue[]> {
  const zeros = new Map<number, PeriodValue[]>();
  const other = new Set<number>();
  for (const ind of indicators) {
    for (const v of ind.values) {
      if (v.measure.value === null) continue;
      const key = slotKey(v.period);
      if (v.measure.value !== 0) other.add(key);
      else {
        const list = zeros.get(key);
        if (list) list.push(v);
        else zeros.set(key, [v]);
      }
    }
  }
  const found = new Map<number, PeriodValue[]>();
  for (const p of periods) {
    const key = slotKey(p);
    const list = zeros.get(key);
    if (!list || list.length < 2 || other.has(key)) continue;
    if (periods.some((q) => other.has(slotKey(q)) && later(p, q))) found.set(key, list);
  }
  return found;
}

/** At least half of the indicators counted that have a column for the period are filled in, and one holds a value. */
const qualifies = (c: Coverage) => c.filled.length > 0 && c.answered * 2 >= c.withColumn;
/** Below two thirds, the choice is close. */
const isClose = (c: Coverage) => c.answered * 3 < c.withColumn * 2;

function later(a: Period, b: Period): boolean {
  return a.sortKey > b.sortKey || (a.sortKey === b.sortKey && KIND_PREFERENCE[a.kind] < KIND_PREFERENCE[b.kind]);
}

/**
 * An indicator's target for the year to date ("YTD target", "Target to date", "Q3 YTD target"), when
 * that is its only target; null otherwise, or when the configuration sets its target.
 */
function toDateTarget(ind: Indicator): PeriodTarget | null {
  const targets = ind.periodTargets;
  if (!targets || targets.length !== 1 || ind.byPeriod || ind.target?.source === 'config') return null;
  const t = targets[0];
  if (!(t.period ? t.period.kind === 'ytd' : isToDateTargetHeader(t.header))) return null;
  const cellOf = (x: PeriodTarget['target']) => (x.measure ?? x.lowerMeasure)?.cell;
  return ind.target && cellOf(ind.target) !== cellOf(t.target) ? null : t;
}

/** True for the first quarter or month of a financial year, whose figure is the year to date. */
const opensYear = (p: Period) => (p.kind === 'quarter' ? p.quarter === 1 : p.sortKey % 12 === 0);

/**
 * The year to date at `chosen` (a quarter or month after the year's first), where every indicator
 * with a target — but those that are cumulative, whose figures are the year so far already — has
 * only a target for the year to date, and at least half of them are filled in for it. Such a
 * target is not for the quarter's own figure: a fire authority's "Q3 | YTD 2023/24 | YTD target"
 * rates 273 dwelling fires so far against 272, not the quarter's 95. A year-to-date column that
 * names no quarter ("YTD 2023/24") stands at `chosen` only when no later period of its kind has a
 * figure. Returns the year to date's coverage and the target's header.
 */
function yearToDateInstead(
  pool: readonly Indicator[],
  periods: readonly Period[],
  chosen: Coverage,
  covers: readonly Coverage[],
): { coverage: Coverage; header: string } | null {
  const p = chosen.period;
  if ((p.kind !== 'quarter' && p.kind !== 'month') || opensYear(p)) return null;
  const own = pool.filter((i) => !i.cumulative);
  let header: string | null = null;
  for (const ind of own) {
    const t = toDateTarget(ind);
    if (!t) return null;
    header ??= t.header;
  }
  if (header === null) return null;
  const laterFigures = covers.some((c) => c.period.kind === p.kind && later(c.period, p) && c.filled.length > 0);
  const exact = periods.filter((q) => q.kind === 'ytd' && q.fyStart === p.fyStart && q.sortKey === p.sortKey);
  const open = laterFigures
    ? []
    : periods.filter((q) => q.kind === 'ytd' && q.fyStart === p.fyStart && q.quarter === null && q.month === null);
  for (const q of [...exact, ...open]) {
    const c = coverage(own, q);
    if (qualifies(c)) return { coverage: c, header };
  }
  return null;
}

/**
 * The one period the tables' titles or sheets' names give, with where the first gives it; null when
 * none gives one or they give different periods.
 */
function namedPeriod(
  tables: readonly DetectedTable[],
): { period: Period; sheet: string; cell: string | null; text: string } | null {
  let found: { period: Period; sheet: string; cell: string | null; text: string } | null = null;
  for (const t of tables) {
    if (!t.named) continue;
    if (found && !sameSlot(found.period, t.named.period)) return null;
    found ??= { ...t.named, sheet: t.sheet };
  }
  return found;
}

/** The sheet and header cell of the first period column for `period`, for a message and a link. */
function headerCell(tables: readonly DetectedTable[], period: Period): { sheet: string; cell: string } | null {
  for (const t of tables) {
    const c = t.columns.find((col) => col.role === 'period' && col.period && sameSlot(col.period, period));
    if (c) return { sheet: t.sheet, cell: toA1(t.headerRow, c.col) };
  }
  return null;
}

type HeaderCell = { sheet: string; cell: string } | null;

/** What the period messages say about a period's coverage. */
function covered(p: Period, h: HeaderCell, c: Coverage, targeted: boolean) {
  return {
    period: p.label,
    at: h ? `${h.sheet}!${h.cell}` : null,
    answered: c.answered,
    withColumn: c.withColumn,
    withValue: c.filled.length,
    targeted,
  };
}

/** The issues about the choice of period (worded in the warnings catalogue), each at the period's header cell. */
const periodMessages = {
  chosen: (p: Period, h: HeaderCell, c: Coverage, targeted: boolean): Issue =>
    warning('period-chosen', covered(p, h, c, targeted), h ?? {}),
  fallback: (p: Period, h: HeaderCell, c: Coverage, targeted: boolean): Issue =>
    warning('period-chosen-sparse', covered(p, h, c, targeted), h ?? {}),
  yearToDate: (p: Period, h: HeaderCell, c: Coverage, targeted: boolean): Issue =>
    warning('period-year-to-date', covered(p, h, c, targeted), h ?? {}),
  close: (p: Period, h: HeaderCell, c: Coverage, targeted: boolean): Issue =>
    warning('period-choice-close', covered(p, h, c, targeted), h ?? {}),
  laterValues: (chosen: Period, c: Coverage, h: HeaderCell, targeted: boolean): Issue =>
    warning(
      'period-later-values',
      {
        ...covered(c.period, h, c, targeted),
        cells: c.filled.map((v) => `${v.measure.sheet}!${v.measure.cell}`),
        chosen: chosen.label,
      },
      { sheet: c.filled[0].measure.sheet, cell: c.filled[0].measure.cell },
    ),
};

/**
 * The period to report on. The one the configuration (or `--period`) names wins. Otherwise: the
 * latest period (a quarter, month or year; never a year-to-date column) in which **at least half
 * of the indicators with a target that have a column for it are filled in** — with a value, or a
 * code that answers for the period ("n/a", "TBC", "c", an error), not a blank — and at least one
 * holds a value. An annual indicator's quarter, and a cell that says "reported annually", are not
 * counted. Without any indicator with a
 * target, every indicator counts. When no period reaches half, the latest period with any value.
 *
 * A later period of nothing but zeros after one of other figures is not yet reported, and is said
 * so (`period-only-zeros`, naming the zeros).
 *
 * Says which and why (`period-chosen`, info), and warns when the choice is close (below two
 * thirds: `period-choice-close`), when a later period already holds a few values
 * (`period-later-values`, naming their cells), and when no period reached half
 * (`period-chosen-sparse`), or said where only a year to date has figures (`period-year-to-date`).
 */
export function choosePeriod(
  indicators: readonly Indicator[],
  periods: readonly Period[],
  wanted: string | undefined,
  tables: readonly DetectedTable[] = [],
): PeriodChoice {
  if (wanted) return { period: findPeriod(periods, wanted), issues: [] };
  // A target for a period ("Q3 target", "Milestone 5 – Nov 24") makes an indicator one with a target too.
  const withTarget = indicators.filter((i) => hasTarget(i) && i.polarity !== 'none');
  const targeted = withTarget.length > 0;
  const pool = targeted ? withTarget : indicators;
  const candidates = periods.filter((p) => p.kind !== 'ytd');
  // A period of nothing but zeros after one of other figures is not yet reported (see zeroOnlyPeriods).
  const zeroOnly = zeroOnlyPeriods(indicators, candidates);
  const covers = coverages(pool, candidates);
  const usable = (c: Coverage) => qualifies(c) && !zeroOnly.has(slotKey(c.period));
  let best: Coverage | null = null;
  for (const c of covers) if (usable(c) && (!best || later(c.period, best.period))) best = c;
  // The period the titles or the sheets' names give, where it is filled in, is the one the report is for.
  const named = namedPeriod(tables);
  const byName = named ? covers.find((c) => sameSlot(c.period, named.period) && usable(c)) : undefined;
  const nameChose = byName !== undefined && best !== null && !sameSlot(byName.period, best.period);
  if (byName) best = byName;
  const issues: Issue[] = [];
  const toDate = best ? yearToDateInstead(pool, periods, best, covers) : null;
  if (best && toDate) {
    const ytd = toDate.coverage;
    const h = headerCell(tables, ytd.period);
    const args = {
      ...covered(ytd.period, h, ytd, targeted),
      header: toDate.header,
      instead: best.period.label,
    };
    issues.push(warning('period-targets-to-date', args, h ?? {}));
    return { period: ytd.period, issues };
  }
  if (best) {
    const chosen = best;
    const h = headerCell(tables, chosen.period);
    issues.push(
      nameChose && named
        ? warning('period-named', { ...covered(chosen.period, h, chosen, targeted), title: named }, h ?? {})
        : periodMessages.chosen(chosen.period, h, chosen, targeted),
    );
    if (isClose(chosen)) issues.push(periodMessages.close(chosen.period, h, chosen, targeted));
    for (const c of covers) {
      if (zeroOnly.has(slotKey(c.period))) continue;
      if (c.filled.length > 0 && c.period.kind === chosen.period.kind && later(c.period, chosen.period)) {
        issues.push(periodMessages.laterValues(chosen.period, c, headerCell(tables, c.period), targeted));
      }
    }
    zeroMessages(issues, zeroOnly, covers, chosen.period, tables, targeted);
    return { period: chosen.period, issues };
  }
  // No period reaches half: the latest with any value at all (a year to date only when nothing else has one).
  let fallback: Period | null = null;
  for (const ind of indicators) {
    for (const v of ind.values) {
      if (v.measure.value === null || zeroOnly.has(slotKey(v.period))) continue;
      const p = v.period;
      if (fallback && p.kind === 'ytd' && fallback.kind !== 'ytd') continue;
      if (!fallback || (fallback.kind === 'ytd' && p.kind !== 'ytd') || later(p, fallback)) fallback = p;
    }
  }
  if (fallback) {
    const c = coverage(pool, fallback);
    // A year to date is reported on only where no quarter, month or year has a figure: said so, not as a sparse choice.
    if (fallback.kind === 'ytd')
      issues.push(periodMessages.yearToDate(fallback, headerCell(tables, fallback), c, targeted));
    else if (c.withColumn > 0)
      issues.push(periodMessages.fallback(fallback, headerCell(tables, fallback), c, targeted));
  }
  zeroMessages(issues, zeroOnly, covers, fallback, tables, targeted);
  return { period: fallback, issues };
}

/** Adds to `issues` a `period-only-zeros` warning for each period of nothing but zeros later than the one reported on. */
function zeroMessages(
  issues: Issue[],
  zeroOnly: ReadonlyMap<number, readonly PeriodValue[]>,
  covers: readonly Coverage[],
  chosen: Period | null,
  tables: readonly DetectedTable[],
  targeted: boolean,
): void {
  for (const c of covers) {
    const zeros = zeroOnly.get(slotKey(c.period));
    if (!zeros || (chosen && !later(c.period, chosen))) continue;
    const h = headerCell(tables, c.period);
    const cells = zeros.map((v) => `${v.measure.sheet}!${v.measure.cell}`);
    issues.push(
      warning(
        'period-only-zeros',
        { ...covered(c.period, h, c, targeted), cells, chosen: chosen?.label ?? null },
        h ?? { sheet: zeros[0].measure.sheet, cell: zeros[0].measure.cell },
      ),
    );
  }
}
