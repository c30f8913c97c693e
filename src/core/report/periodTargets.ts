import { toA1 } from '../address';
import type {
  Benchmark,
  Indicator,
  Measure,
  PeriodTarget,
  PeriodValue,
  RowTarget,
  TargetDue,
} from '../indicators/types';
import { valueFor, yearToDateFor } from '../rating/rateIndicator';
import type { Period } from '../periods/types';
import { monthPeriod, quarterPeriod, yearPeriod, ytdPeriod } from '../periods/makePeriod';
import type { DetectedTable } from '../tables/types';
import type { Issue } from '../warnings';
import { warning } from '../warningMessages';
import { group } from '../values/digits';
import { averageOnly, mayAddUpOverYear } from '../values/units';
import { roundDiff, standing } from '../rating/compare';
import {
  allButOneAtMost,
  filledSoFar,
  isCollectionRate,
  periodsSoFar,
  saysCumulative,
  sumIsYearToDate,
} from '../indicators/cumulative';
import { clean } from '../indicators/measures';
import { TO_DATE_TARGET, WHOLE_YEAR_WORDS } from '../indicators/tablePlan';

/**
 * Year-to-date columns, profiled targets and Target rows, once the reporting period is known: a
 * "YTD" column is read beside the period columns (said once per column), and an indicator with a
 * target for the reporting period ("Q3 target 2022/23", "Profiled target", a Target row) is rated
 * against it. A cumulative measure with no such target is rated against the annual target, with a
 * caveat.
 */

/**
 * One warning per year-to-date column (`ytd-column`), naming its header cell and how many of
 * `indicators` are rated on it (see {@link ratedToDate}); none when the report is on a year to date,
 * whose earlier years' columns are its own series ("Apr to Sep 2023/24" beside "Apr to Sep
 * 2024/25"), not figures beside it.
 */
export function ytdColumnIssues(
  tables: readonly DetectedTable[],
  reported: Period | null = null,
  indicators: readonly Indicator[] = [],
): Issue[] {
  const out: Issue[] = [];
  if (reported?.kind === 'ytd') return out;
  const ratedOn = new Map<string, number>();
  for (const ind of indicators) {
    if (!ind.ratedInPlaceOf) continue;
    const m = ind.values.find((v) => v.period === ind.ratedOn)?.measure;
    const key = m ? `${m.sheet}\u0000${m.col}` : '';
    ratedOn.set(key, (ratedOn.get(key) ?? 0) + 1);
  }
  for (const t of tables) {
    for (const c of t.columns) {
      if (c.role !== 'period' || c.period?.kind !== 'ytd') continue;
      if (c.period.label === reported?.label) continue;
      const cell = toA1(t.headerRow, c.col);
      const at = { sheet: t.sheet, cell };
      const rated = ratedOn.get(`${t.sheet}\u0000${c.col}`);
      out.push(warning('ytd-column', { ...at, header: c.header, period: c.period.label, ...(rated && { rated }) }, at));
    }
  }
  return out;
}

/** The profiled target for `period`: one for the period itself first, then a year to date for its year, then one that names no period. */
function targetFor(targets: readonly PeriodTarget[], period: Period): PeriodTarget | null {
  const exact = targets.find(
    (t) =>
      t.period &&
      t.period.kind !== 'year' &&
      t.period.sortKey === period.sortKey &&
      (t.period.kind === period.kind || t.period.kind === 'ytd'),
  );
  if (exact) return exact;
  const ytd = targets.find(
    (t) =>
      t.period?.kind === 'ytd' &&
      t.period.quarter === null &&
      t.period.month === null &&
      t.period.fyStart === period.fyStart,
  );
  return ytd ?? targets.find((t) => t.period === null) ?? null;
}

/**
 * True when the target is for the year so far: its header names a year to date ("YTD target" beside
 * "Q1 | Q2 | Q3 | YTD 2024/25"), or says "to date" or "cumulative" ("Target to date"). 51 start-ups in
 * Q3 against 120 for the year so far is no rating; 131 so far is.
 */
function forYearToDate(t: PeriodTarget): boolean {
  return t.period?.kind === 'ytd' || (t.period === null && TO_DATE_TARGET.test(t.header));
}

/**
 * The indicator as rated against a target for the year so far, where `period`'s figure is its own:
 * on the sheet's year to date — for a count or amount, only where every period so far is filled in
 * and adds up to it (131 start-ups in G5 = 42 + 38 + 51); for a share or an average, which does not
 * add up, the year-to-date column as it stands at the period — with a note (`rated-to-date`). A count
 * whose year to date does not add up is not rated (`target-to-date`); a share or average with no
 * year to date is rated as it stands against the target to date, which is in its own scale.
 */
function heldToYearToDate(
  ind: Indicator,
  given: PeriodTarget,
  period: Period,
  issues: Issue[],
  byScale: ToDateBy = false,
): Indicator {
  const level = levelAllYear(ind, given, period, issues);
  if (level) return level;
  if (addsUp(ind)) {
    const part = partOfYear(ind, period);
    if (part?.adds) return ratedToDate(ind, given, part, period, issues, byScale);
    const summed = summedToDate(ind, given, period);
    if (summed) return ratedOnSum(ind, given, summed, period, issues);
    return notRatedToDate(ind, given, period, issues, byScale);
  }
  const ytd = yearToDateFor(ind, period);
  if (ytd && ytd.measure.value !== null)
    return ratedToDate(ind, given, { parts: [], ytd, adds: true }, period, issues, byScale);
  return { ...ind, target: given.target, targetProfiled: true };
}

/**
 * Where the row gives a plain target beside its target for the year to date ("Target | RAG | YTD |
 * YTD Target | YTD RAG"), each beside its own figure: the period's own figure is held to the plain
 * one, as the sheet's own RAG for the period is. Not where the plain target's header names a year or
 * the whole year, and, for a count or an amount, only where it is nearer the period's own figure than
 * the target to date is (£46,400 beside £41,950 in October and £325,000 to date). A note
 * (`target-beside-ytd`) says so once for each such column. Null otherwise.
 */
function ownTargetBeside(
  ind: Indicator,
  profiled: PeriodTarget,
  period: Period,
  issues: Issue[],
  said: Set<string>,
): Indicator | null {
  const plain = ind.target;
  const m = plain?.measure ?? plain?.lowerMeasure;
  if (!plain || !m || plain.source !== 'cell' || plain === profiled.target || plain.value === null) return null;
  if (ind.targetColumn?.wholeYear || ind.targetColumn?.year || ind.targetForYearToDate) return null;
  const toDate = profiled.target.value;
  if (addsUp(ind)) {
    const own = valueFor(ind, period)?.measure.value;
    if (own === null || own === undefined || toDate === null) return null;
    if (Math.abs(plain.value - own) >= Math.abs(toDate - own)) return null;
  }
  const column = `${ind.sheet}\u0000${m.col}`;
  if (!said.has(column)) {
    said.add(column);
    const at = { sheet: ind.sheet, cell: m.cell };
    const args = { ...at, header: ind.targetColumn?.header ?? 'Target', toDate: profiled.header, period: period.label };
    issues.push(warning('target-beside-ytd', args, at));
  }
  return ind;
}

/**
 * The year so far as the sum of its periods' own figures, where the sheet gives no year to date for
 * `period` and the target is for the year to date: every quarter or month of the year so far filled
 * in, at least two, in columns side by side on one row, none typed as text or below nought, for a
 * measure not cumulative; and the target of the order of the sum rather than of the period's own
 * figure (90 affordable homes to date beside 87 so far and 16 in September; not 440 looked-after
 * children beside 2,695 so far and 452 in September, a count at a point in time). Null otherwise.
 */
function summedToDate(ind: Indicator, given: PeriodTarget, period: Period): PeriodValue | null {
  const t = given.target.value;
  if ((period.kind !== 'quarter' && period.kind !== 'month') || t === null || t <= 0) return null;
  if (ind.cumulative || saysCumulative(ind.name) || yearToDateFor(ind, period)) return null;
  const parts = filledSoFar(ind.values, period).sort((a, b) => a.period.sortKey - b.period.sortKey);
  if (!wholeYearSoFar(period, parts)) return null;
  const first = parts[0].measure;
  let sum = 0;
  let stored = 0;
  let decimals: number | null = null;
  for (let i = 0; i < parts.length; i++) {
    const m = parts[i].measure;
    if (m.row !== first.row || m.col !== first.col + i || m.scale !== first.scale) return null;
    if (m.fromText || m.value === null || m.value < 0 || typeof m.raw !== 'number') return null;
    sum += m.value;
    stored += m.raw;
    if (m.formatDecimals !== null) decimals = Math.max(decimals ?? 0, m.formatDecimals);
  }
  const own = valueFor(ind, period)?.measure.value;
  if (own === null || own === undefined || Math.abs(t - sum) >= Math.abs(t - own)) return null;
  const last = parts[parts.length - 1].measure;
  const flag = parts.find((p) => p.measure.flag)?.measure.flag;
  const measure: Measure = {
    sheet: first.sheet,
    cell: `${first.cell}:${last.cell}`,
    row: first.row,
    col: last.col,
    raw: clean(stored),
    value: clean(sum),
    scale: first.scale,
    fromText: false,
    formatDecimals: decimals,
    noData: null,
    ...(flag && { flag }),
    summed: { from: first.col, to: last.col },
  };
  const end = period.kind === 'month' ? { month: period.month ?? undefined } : { quarter: period.quarter ?? undefined };
  return { period: ytdPeriod(period.fyStart, end), measure };
}

/**
 * The indicator rated on the sum of its year so far (see {@link summedToDate}) against its target for
 * the year to date, with a note (`rated-on-sum`) naming the cells added up and the target's.
 */
function ratedOnSum(
  ind: Indicator,
  given: PeriodTarget,
  summed: PeriodValue,
  period: Period,
  issues: Issue[],
): Indicator {
  const m = given.target.measure ?? given.target.lowerMeasure;
  const cell = m?.cell ?? summed.measure.cell;
  const args = {
    sheet: ind.sheet,
    cell,
    name: ind.name,
    header: given.header,
    period: period.label,
    cells: summed.measure.cell,
    sum: targetShown(ind, summed.measure),
    target: m ? targetShown(ind, m) : String(given.target.value ?? ''),
  };
  const issue = warning('rated-on-sum', args, { sheet: ind.sheet, cell });
  issues.push(issue);
  return {
    ...ind,
    target: given.target,
    targetProfiled: true,
    ratedOn: summed.period,
    ratedInPlaceOf: period,
    summedToDate: summed,
    warnings: [...ind.warnings, issue],
  };
}

/**
 * Where a row's target to date is its target for the year (60 missed bins per 100,000 to date and for
 * the year) and the sheet gives no year to date for the period, a level held all year rather than a
 * share of the year's: the period's own figure rated against it, with a note (`target-to-date-level`)
 * naming both cells. Null otherwise.
 */
function levelAllYear(ind: Indicator, given: PeriodTarget, period: Period, issues: Issue[]): Indicator | null {
  const year = ind.target;
  const toDate = given.target;
  if (!year || year === toDate || !ind.targetColumn?.wholeYear || year.value === null) return null;
  // Where the sheet gives the year to date for the period, its target to date is that figure's.
  if (yearToDateFor(ind, period)?.measure.value != null) return null;
  if (toDate.value !== year.value || !year.measure || !toDate.measure) return null;
  const at = { sheet: ind.sheet, cell: toDate.measure.cell };
  const issue = warning(
    'target-to-date-level',
    { ...at, name: ind.name, header: given.header, year: year.measure.cell },
    at,
  );
  issues.push(issue);
  return { ...ind, target: toDate, targetProfiled: true, warnings: [...ind.warnings, issue] };
}

/**
 * Which figure a profiled target whose header names no period ("Profiled Target") is on the scale
 * of, for a measure that adds up: the year to date's, nearer it (240 enforcement cases closed, beside
 * 252 to date and 53 in September, is the year to date's profile), or the period's own; null where
 * it cannot tell. A share or an average has one scale for both, and says nothing so.
 */
function scaleOf(ind: Indicator, profiled: PeriodTarget, period: Period): 'to-date' | 'own' | null {
  const t = profiled.target.value;
  if (profiled.period !== null || t === null || !addsUp(ind)) return null;
  const own = valueFor(ind, period)?.measure.value;
  const ytd = yearToDateFor(ind, period)?.measure.value;
  if (own === null || own === undefined || ytd === null || ytd === undefined || own === ytd) return null;
  return Math.abs(t - ytd) < Math.abs(t - own) ? 'to-date' : 'own';
}

/**
 * Why a target is taken for the year to date though its header does not say so: `true` where its
 * own figure shows it (near the year to date, far from the period's own), or the cells of the
 * column's targets for counts that show it, for a share or an average in the same column.
 */
type ToDateBy = boolean | readonly string[];

/** A message's arguments for why the target is the year to date's: `byScale`, or `byColumn` and its cells. */
function toDateBy(by: ToDateBy): { byScale?: true; byColumn?: readonly string[] } {
  return by === true ? { byScale: true } : by ? { byColumn: by } : {};
}

/** The sheet and column of a target's cell, as a key. */
function columnOf(t: PeriodTarget): string | null {
  const m = t.target.measure ?? t.target.lowerMeasure;
  return m ? `${m.sheet}\u0000${m.col}` : null;
}

/**
 * The columns of profiled targets whose headers name no period ("Profiled Target") that are the
 * year to date's by the figures: at least two of their targets for counts that add up are on the
 * year to date's scale, and none on the period's own (240 homelessness preventions beside 252 to
 * date and 53 in September; 1,200 missed bins beside 1,215 and 197). Each with the cells that show
 * it. A share or an average in such a column, whose own scale cannot tell, is the year to date's too.
 */
export function profiledColumnsToDate(indicators: readonly Indicator[], period: Period): Map<string, string[]> {
  const shown = new Map<string, string[]>();
  const against = new Set<string>();
  for (const ind of indicators) {
    if (ind.target?.source === 'config' || !ind.periodTargets || !ownFigure(ind, period)) continue;
    const profiled = targetFor(ind.periodTargets, period);
    const key = profiled && columnOf(profiled);
    if (!profiled || !key || forYearToDate(profiled)) continue;
    const scale = scaleOf(ind, profiled, period);
    if (scale === 'own') against.add(key);
    else if (scale === 'to-date') {
      const cells = shown.get(key);
      const cell = (profiled.target.measure ?? profiled.target.lowerMeasure)!.cell;
      if (cells) cells.push(cell);
      else shown.set(key, [cell]);
    }
  }
  for (const [key, cells] of shown) if (against.has(key) || cells.length < 2) shown.delete(key);
  return shown;
}

/**
 * True when `period`'s figure is the quarter's or month's own: a measure not known to be cumulative,
 * with a figure, whose year to date, where the sheet gives one, is not that figure.
 */
function ownFigure(ind: Indicator, period: Period): boolean {
  if (period.kind === 'ytd' || period.kind === 'year' || ind.cumulative) return false;
  const own = valueFor(ind, period)?.measure.value;
  if (own === null || own === undefined) return false;
  const ytd = yearToDateFor(ind, period)?.measure.value;
  return ytd === null || ytd === undefined || ytd !== own;
}

/**
 * Why the year to date is not known to stand at `period` for a measure that adds up: "Q2 2024/25
 * has no figure (G15)", or "the periods so far add up to 1,265" where the sheet gives 1,352; null
 * where it is neither (it adds up, or there are too few periods to say).
 */
function whyNotTheSum(ind: Indicator, period: Period, ytd: PeriodValue | null): string | null {
  if (!addsUp(ind) || (period.kind !== 'quarter' && period.kind !== 'month')) return null;
  const soFar = ind.values.filter(
    (v) => v.period.kind === period.kind && v.period.fyStart === period.fyStart && v.period.sortKey <= period.sortKey,
  );
  const missing = soFar.find((v) => v.measure.value === null);
  if (missing) return `${missing.period.label} has no figure (${missing.measure.cell})`;
  if (soFar.length !== periodsSoFar(period) || !ytd || ytd.measure.value === null) return null;
  const sum = soFar.reduce((t, v) => t + (v.measure.value ?? 0), 0);
  return `the figures of the year so far (${soFar.map((v) => v.measure.cell).join(', ')}) add up to ${targetShown(ind, { ...ytd.measure, value: clean(sum) })}, not ${targetShown(ind, ytd.measure)}`;
}

/**
 * The indicator left unrated, with a warning (`target-to-date`), where its target is the year to
 * date's and its figure the period's own (shown as the cell has it, or grouped as a target is).
 */
function notRatedToDate(
  ind: Indicator,
  profiled: PeriodTarget,
  period: Period,
  issues: Issue[],
  byScale: ToDateBy = false,
): Indicator {
  const m = profiled.target.measure ?? profiled.target.lowerMeasure;
  const cell = m?.cell ?? '';
  const shown = m ? targetShown(ind, m) : String(profiled.target.value ?? '');
  const own = valueFor(ind, period)!.measure;
  const ytd = yearToDateFor(ind, period);
  const gap = whyNotTheSum(ind, period, ytd);
  const args = {
    sheet: ind.sheet,
    cell,
    name: ind.name,
    header: profiled.header,
    period: period.label,
    own: `${typeof own.raw === 'string' ? own.raw : targetShown(ind, own)} in ${own.cell}`,
    yearToDate: ytd?.measure.cell ?? null,
    ...(gap && { gap }),
    ...toDateBy(byScale),
  };
  const issue = warning('target-to-date', args, { sheet: ind.sheet, cell: cell || undefined });
  issues.push(issue);
  return {
    ...ind,
    target: null,
    targetUnusable: {
      cell,
      shown,
      why: { kind: 'to-date', header: profiled.header, yearToDate: ytd?.measure.cell ?? null },
    },
    warnings: [...ind.warnings, issue],
  };
}

/**
 * The indicator rated on its year to date against its target for the year to date, with a note
 * (`rated-to-date`) naming the cells: the period's own figure is a part of the year so far, and the
 * sheet's year to date stands at the period reported on — for a count, as the sum of every period so
 * far shows (131 start-ups in G5 = 42 + 38 + 51, `part.parts`); for a share or an average, as its
 * column stands (no parts).
 */
function ratedToDate(
  ind: Indicator,
  profiled: PeriodTarget,
  part: YearPart,
  period: Period,
  issues: Issue[],
  byScale: ToDateBy = false,
): Indicator {
  const own = valueFor(ind, period)!.measure;
  const ytd = part.ytd.measure;
  const at = { sheet: ind.sheet, cell: ytd.cell };
  const args = {
    ...at,
    name: ind.name,
    period: period.label,
    own: own.cell,
    target: (profiled.target.measure ?? profiled.target.lowerMeasure)?.cell ?? null,
    header: profiled.header,
    parts: part.parts.map((p) => p.measure.cell),
    ...toDateBy(byScale),
  };
  const issue = warning('rated-to-date', args, at);
  issues.push(issue);
  return {
    ...ind,
    target: profiled.target,
    targetProfiled: true,
    ratedOn: part.ytd.period,
    ratedInPlaceOf: period,
    warnings: [...ind.warnings, issue],
  };
}

/** True when the period ends with the financial year (March), where an annual target applies to a cumulative figure. */
function endsTheYear(period: Period): boolean {
  return period.sortKey % 12 === 11;
}

/**
 * The indicator as rated for `period`: with its profiled target for the period when the sheet
 * gives one (and the configuration sets none); a cumulative measure without one keeps the annual
 * target, with a warning (`cumulative-annual-target`) naming the target cell.
 */
export function withPeriodTarget(
  ind: Indicator,
  period: Period,
  issues: Issue[],
  columnsToDate: ReadonlyMap<string, readonly string[]> = new Map(),
  /** The sheets and columns of plain targets `target-beside-ytd` has been said for, shared across a report's indicators. */
  besideSaid: Set<string> = new Set(),
): Indicator {
  if (ind.target?.source === 'config') return ind;
  const profiled = ind.periodTargets ? targetFor(ind.periodTargets, period) : null;
  // A target with its date ("57.5% by Q2"): its own period, not the year's.
  const due = !profiled && ind.target?.due ? dueFor(ind, ind.target.due, period) : null;
  if (due) return beforeDue(ind, due, period, issues) ?? ind;
  if (profiled && forYearToDate(profiled) && ownFigure(ind, period))
    return (
      ownTargetBeside(ind, profiled, period, issues, besideSaid) ?? heldToYearToDate(ind, profiled, period, issues)
    );
  if (profiled && ownFigure(ind, period) && scaleOf(ind, profiled, period) === 'to-date')
    return heldToYearToDate(ind, profiled, period, issues, true);
  // A share or an average in a column the counts show is the year to date's.
  const column = profiled && profiled.period === null && !addsUp(ind) ? columnOf(profiled) : null;
  const shownBy = column ? columnsToDate.get(column) : undefined;
  if (profiled && shownBy && ownFigure(ind, period)) return heldToYearToDate(ind, profiled, period, issues, shownBy);
  if (profiled) return { ...ind, target: profiled.target, targetProfiled: true };
  // The table's one target column headed as the year so far's ("Target to date"), beside each period's own figure.
  const toDate = ind.targetForYearToDate;
  if (toDate && ind.target?.source === 'cell' && ownFigure(ind, period))
    return heldToYearToDate(ind, { period: null, header: toDate, target: ind.target }, period, issues);
  if (ind.targetColumn?.wholeYear && ind.target) {
    const part = partOfYear(ind, period);
    if (part && yearEnds(part, period)) return ratedOnYear(ind, part, period, issues);
    if (part)
      return (
        settledForYear(ind, ind.targetColumn.header, part, period, issues) ??
        notRatedForYear(ind, ind.targetColumn.header, part, period, issues)
      );
  }
  const soFar = yearSoFar(ind, period);
  if (soFar) {
    // The comment that says the target is the year's, where the header does not.
    const header = ind.targetColumn?.wholeYear ? ind.targetColumn.header : (ind.commentary?.text ?? 'Target');
    return settledForYear(ind, header, soFar, period, issues) ?? notRatedForYear(ind, header, soFar, period, issues);
  }
  if (ind.cumulative && !ind.targetToDate && ind.target && !endsTheYear(period) && partWay(period)) {
    const m = ind.target.measure ?? ind.target.lowerMeasure;
    const cell = m?.cell;
    const year = ind.targetColumn?.wholeYear ? ind.targetColumn.header : null;
    const args = { sheet: ind.sheet, row: ind.row, name: ind.name, cell: cell ?? null, period: period.label, year };
    const issue = warning('cumulative-annual-target', args, { sheet: ind.sheet, cell: cell || undefined });
    issues.push(issue);
    return { ...ind, warnings: [...ind.warnings, issue] };
  }
  return asItStands(ind, period, issues);
}

/**
 * The period a target's date names ("by Q2": Q2 of the target column's year, or else of the year
 * reported on), where the period reported on is of a financial year to place it in.
 */
function dueFor(ind: Indicator, due: TargetDue, period: Period): Period | null {
  if (period.academic || period.calendar || period.pooled || period.kind === 'term') return null;
  if (due.period) return due.period;
  const year = ind.targetColumn?.year;
  const fyStart = year && year.kind === 'year' && !year.academic && !year.calendar ? year.fyStart : period.fyStart;
  if (due.quarter !== null) return quarterPeriod(fyStart, due.quarter);
  if (due.month !== null) return monthPeriod(fyStart, due.month);
  return due.yearEnd ? yearPeriod(fyStart) : null;
}

/**
 * A figure for a period before its target's date (June's 120 homes against "280 by September"), which
 * does not already meet the target: not rated, with a warning (`target-due-later`) at the target's cell.
 * Where the figure meets the target already (96 % against "95% by Q2"), or a cumulative count that is
 * to be lower is already past it, it is rated against the target as it stands. Either way the
 * indicator is marked `beforeDue`, for the copy's colours. Null from the date on.
 */
function beforeDue(ind: Indicator, due: Period, period: Period, issues: Issue[]): Indicator | null {
  const target = ind.target;
  if (!target || period.sortKey >= due.sortKey) return null;
  const pastIsRed = ind.polarity === 'lower' && ind.cumulative === true;
  const held = { ...ind, beforeDue: { target, pastIsRed } };
  const own = valueFor(ind, period);
  if (!own || own.measure.value === null) return held;
  const where = standing(own.measure.value, ind.polarity, target, ind.tolerance, own.measure.scale);
  if (where === 'on-target' || (where === 'beyond-tolerance' && pastIsRed)) return held;
  const m = target.measure ?? target.lowerMeasure;
  if (!m) return held;
  const shown = target.due?.written ?? targetShown(ind, m);
  const at = { sheet: ind.sheet, cell: m.cell };
  // "By the end of 2025/26": a year is met by its end.
  const by = due.kind === 'year' ? `the end of ${due.label}` : due.label;
  const args = { ...at, name: ind.name, shown, due: by, period: period.label, figure: own.measure.cell };
  const issue = warning('target-due-later', args, at);
  issues.push(issue);
  return {
    ...held,
    target: null,
    targetUnusable: { cell: m.cell, shown, why: { kind: 'due-later', due: by, reported: period.label } },
    warnings: [...ind.warnings, issue],
  };
}

/** A name that says its figure is a level at a point in time: "… at the end of the period", "… as at 31 March", "(snapshot)". */
const LEVEL_NAMED =
  /\b(?:at the end of (?:the |each )?(?:period|quarter|month|year)|as at|at (?:the )?(?:period|quarter|month|year)[\s-]end|snap[\s-]?shot|point in time)\b/i;

/**
 * A count's figure for a quarter or month held to a target its header gives the whole year ("Annual
 * target 2024/25"), where nothing shows whether the figure is a level (households in temporary
 * accommodation), the period's own (homes built in the quarter) or the year so far: rated as it
 * stands, with a warning (`year-target-as-it-stands`), since 281 homes at Q2 against 560 for the
 * year is red only as a level. Not for a share or an average, which the year's target holds as it
 * stands, nor where the sheet's type column or the name says the figure is a level ("Number of
 * properties vacant at the end of the period").
 */
function asItStands(ind: Indicator, period: Period, issues: Issue[]): Indicator {
  if (!ind.targetColumn?.wholeYear || !ind.target || ind.targetToDate || ind.cumulative) return ind;
  if ((period.kind !== 'quarter' && period.kind !== 'month') || endsTheYear(period)) return ind;
  if (ind.polarity !== 'higher' && ind.polarity !== 'lower') return ind;
  if (!addsUp(ind) || averageOnly(ind.name) || LEVEL_NAMED.test(ind.name)) return ind;
  const own = valueFor(ind, period);
  const m = ind.target.measure ?? ind.target.lowerMeasure;
  if (!own || own.measure.value === null || !m) return ind;
  // (A year to date's figure is said to be one by `ytd-column`, a term's is a part of an academic year.)
  if (own.period.kind !== 'quarter' && own.period.kind !== 'month') return ind;
  const at = { sheet: ind.sheet, cell: m.cell };
  const args = {
    ...at,
    name: ind.name,
    header: ind.targetColumn.header,
    period: own.period.label,
    figure: own.measure.cell,
    kind: own.period.kind,
  };
  const issue = warning('year-target-as-it-stands', args, at);
  issues.push(issue);
  return { ...ind, warnings: [...ind.warnings, issue] };
}

/**
 * An indicator with the benchmarks its benchmark rows give for `period` ("Scotland comparisons"
 * in the period's column) added to those of its benchmark columns; less the averages for a whole
 * year when its figure for `period` is a year to date part way through (see {@link wholeYearBenchmarks}).
 */
export function withPeriodBenchmarks(ind: Indicator, period: Period, issues: Issue[]): Indicator {
  const here = (ind.periodBenchmarks ?? []).filter(
    (b) => b.period?.sortKey === period.sortKey && b.period.kind === period.kind,
  );
  const all = here.length === 0 ? ind.benchmarks : [...ind.benchmarks, ...here];
  const apart = wholeYearBenchmarks(ind, all, period);
  if (apart.length === 0) return all === ind.benchmarks ? ind : { ...ind, benchmarks: all };
  const notes: Issue[] = [];
  for (const b of apart) {
    const at = { sheet: b.measure.sheet, cell: b.measure.cell };
    const args = { ...at, name: ind.name, benchmark: b.label, year: b.period?.label ?? null, period: period.label };
    notes.push(warning('benchmark-whole-year', args, at));
  }
  for (const n of notes) issues.push(n);
  return {
    ...ind,
    benchmarks: all.filter((b) => !apart.includes(b)),
    warnings: [...ind.warnings, ...notes],
  };
}

/**
 * The averages among `benchmarks` that are for a whole year ("Comparative Data 2017/18" over "Welsh
 * Median"), where the indicator is cumulative and `period` is part way through the year: residual
 * waste of 148 kg a person at Q3 is three quarters of a year's, and better than the year's median of
 * 188 kg only because the year is not over. An average whose header gives no period ("Benchmark") is
 * taken to be a year's, as published averages are: admissions of 139.5 per 100,000 to Q3 are not
 * "better than" a benchmark of 160.2 beside a year's 198.7 last year. Ranks and quartiles, said as
 * they stand, are kept.
 */
function wholeYearBenchmarks(ind: Indicator, benchmarks: readonly Benchmark[], period: Period): Benchmark[] {
  if (!ind.cumulative || benchmarks.length === 0 || !partWay(period) || endsTheYear(period)) return [];
  return benchmarks.filter(
    (b) => b.kind !== 'rank' && b.kind !== 'quartile' && (b.period === null || b.period.kind === 'year'),
  );
}

/**
 * The indicator as rated for `period` when it has a Target row: the target and tolerance its Target
 * and Tolerance rows give the period. Where the Target row's cell for the period is blank, the
 * table's target column (an annual target) still applies, and a warning says so.
 */
export function withRowTarget(ind: Indicator, period: Period, issues: Issue[]): Indicator {
  if (!ind.byPeriod) return ind;
  const own = rowTargetFor(ind.byPeriod, period);
  if (!own) return ind;
  const warnings: Issue[] = [...own.warnings];
  let target = ind.target;
  if (own.target && ind.target?.source !== 'config') target = own.target;
  else if (!own.target && ind.target?.source === 'cell' && ind.target.measure) {
    warnings.push(targetRowBlank(ind, own.cell, period, ind.target.measure.cell));
  }
  for (const w of warnings) issues.push(w);
  // A Target row's cell that cannot be a target (a date) leaves the indicator to be checked, not a context measure.
  const targetUnusable = target ? undefined : (own.unusable ?? ind.targetUnusable);
  return {
    ...ind,
    target,
    targetUnusable,
    tolerance: own.tolerance ?? ind.tolerance,
    warnings: [...ind.warnings, ...warnings],
  };
}

/** The Target row's entry for a period (matched as values are: same end, same kind preferred). */
function rowTargetFor(byPeriod: readonly RowTarget[], period: Period): RowTarget | null {
  let sameEnd: RowTarget | null = null;
  for (const p of byPeriod) {
    if (p.period.sortKey !== period.sortKey) continue;
    if (p.period.kind === period.kind) return p;
    if (sameEnd === null && p.period.kind !== 'ytd') sameEnd = p;
  }
  return sameEnd;
}

/** The warning when the Target row has nothing for the reporting period and the target column is used. */
function targetRowBlank(ind: Indicator, cell: string, period: Period, used: string): Issue {
  const at = { sheet: ind.sheet, cell };
  return warning('target-row-blank', { ...at, name: ind.name, period: period.label, used }, at);
}

/**
 * The period's figure as a part of the year's: the periods of its year so far, every one filled in
 * and at least two, add up to the year to date the sheet gives (to the precision it shows). Null
 * otherwise (an average, a rate or a percentage, whose year to date is not the sum).
 */
function partOfYear(ind: Indicator, period: Period): YearPart | null {
  if (period.kind !== 'quarter' && period.kind !== 'month' && period.kind !== 'term') return null;
  const ytd = yearToDateFor(ind, period);
  const parts = filledSoFar(ind.values, period);
  if (ytd && parts.length >= 2 && parts.length === periodsSoFar(period)) {
    const sum = parts.reduce((t, v) => t + (v.measure.value ?? 0), 0);
    if (sumIsYearToDate(sum, ytd.measure, parts.length)) return { parts, ytd, adds: true };
  }
  return manyTimesEachPart(ind, period, parts, ytd);
}

/**
 * The year's figure (its year to date, or the whole year's column) when it is at least
 * {@link MANY_TIMES} each period's so far, none of them below nought: a count the periods add up to,
 * though not every period is on the sheet to show the sum ("Jan-17 | Feb-17 | Mar-17 | Year End
 * 2016/17" holding 40, 45, 50 and 480). Where the sheet has no figure for this year, the year
 * before's outturn ("Previous year 2023/24": 16.8 fly-tipping incidents per 1,000 households, beside
 * 4.6 in a quarter) shows the same. A count or a rate per head may be so; a percentage or an average
 * never is.
 */
function manyTimesEachPart(
  ind: Indicator,
  period: Period,
  parts: readonly PeriodValue[],
  ytd: PeriodValue | null,
): YearPart | null {
  if (parts.length === 0 || ind.unit === 'percentage' || averageOnly(ind.name)) return null;
  const yearOf = (fyStart: number) =>
    ind.values.find((v) => v.period.kind === 'year' && v.period.fyStart === fyStart && v.measure.value !== null);
  const thisYear = ytd ?? yearOf(period.fyStart) ?? null;
  // (A cumulative measure's figures are each the year so far, which yearSoFar says better.)
  const prior = thisYear || ind.cumulative ? undefined : yearOf(period.fyStart - 1);
  const year = thisYear ?? prior ?? null;
  // A cumulative measure's figures so far do not add up to its target: each is the year so far (yearSoFar).
  if (!year) return ind.cumulative ? null : targetManyTimes(ind, period, parts);
  const total = year.measure.value;
  if (total === null || total === undefined || total <= 0) return null;
  if (manyTimes(total, parts))
    return prior ? { parts, ytd: year, adds: false, priorYear: prior.period.label } : { parts, ytd: year, adds: false };
  // A seasonal count or amount: £610,000 of garden waste renewals in Q1, £95,000 and £40,000 after, beside
  // £705,000 for last year. No part is many times smaller, but together they already come to about last
  // year's total; a figure that stands at a point in time (households in temporary accommodation) would
  // come to the year's figure once for each period.
  if (prior && wholeYearSoFar(period, parts) && sumNearYear(total, parts))
    return { parts, ytd: year, adds: false, priorYear: prior.period.label, nearSum: true };
  // A spike in one period of a year's count: missed bins of 610 and 640, then 2,560 in the quarter of
  // industrial action, beside 2,310 for last year. Last year's total is many times the others, as a
  // figure at a point in time, which last year's would be one of, is not (it would have fallen to a
  // quarter and risen fourfold). Said of the periods it is many times.
  const most = prior && wholeYearSoFar(period, parts) ? allButOneAtMost(parts, total / MANY_TIMES) : null;
  if (most) return { parts: most, ytd: year, adds: false, priorYear: prior!.period.label };
  return null;
}

/** True when `parts` are every period of `period`'s year so far, at least two: a whole year so far to add up. */
function wholeYearSoFar(period: Period, parts: readonly PeriodValue[]): boolean {
  return period.kind !== 'term' && parts.length >= 2 && parts.length === periodsSoFar(period);
}

/**
 * True when `parts`, none below nought, come to no more than {@link NEAR_SUM} times the year's figure
 * `total`: pieces of a year's total, where a figure at a point in time would come to it once for
 * each part (twice or more for two or more parts).
 */
function sumNearYear(total: number, parts: readonly PeriodValue[]): boolean {
  let sum = 0;
  for (const p of parts) {
    const v = p.measure.value ?? 0;
    if (v < 0) return false;
    sum += v;
  }
  return sum > 0 && sum <= NEAR_SUM * total;
}

/** How far above last year's total the year's periods so far may come and still be taken for pieces of a year. */
const NEAR_SUM = 1.3;

/**
 * Where the sheet has no figure for the year, a target for the whole year that is itself at least
 * {@link MANY_TIMES} each period's figure so far, for a measure that adds up over the year: a Better
 * Care Fund plan of 2,050 falls admissions per 100,000 for 2023/24, beside 498.2 and 541.7 in its
 * first two quarters. The quarter's figure is a part of what the target is for. Not where a figure
 * is below nought.
 */
function targetManyTimes(ind: Indicator, period: Period, parts: readonly PeriodValue[]): YearPart | null {
  const target = ind.target?.value;
  const cell = (ind.target?.measure ?? ind.target?.lowerMeasure)?.cell;
  if (target === null || target === undefined || !cell || target <= 0 || !addsUp(ind)) return null;
  if (period.kind !== 'quarter' && period.kind !== 'month' && period.kind !== 'term') return null;
  if (!manyTimes(target, parts)) return null;
  const at = { ...parts[parts.length - 1], measure: { ...parts[parts.length - 1].measure, cell } };
  return { parts, ytd: at, adds: false, byTarget: true };
}

/** True when `whole` is at least {@link MANY_TIMES} the largest of `parts`, none of them below nought and one above. */
function manyTimes(whole: number, parts: readonly PeriodValue[]): boolean {
  let most = 0;
  for (const p of parts) {
    const v = p.measure.value ?? 0;
    if (v < 0) return false;
    most = Math.max(most, v);
  }
  return most > 0 && whole >= MANY_TIMES * most;
}

/** True for a period part-way through a year: a quarter, a month, or a year to date that says to when. */
function partWay(period: Period): boolean {
  return period.kind === 'quarter' || period.kind === 'month' || period.quarter !== null || period.month !== null;
}

/**
 * A comment that says the target is the whole year's: "Annual target 300; on profile", "Target is for
 * the full year"; not one that says it is profiled ("Target is the December profile").
 */
const ANNUAL_TARGET_SAID = new RegExp(
  String.raw`\b(?:${WHOLE_YEAR_WORDS}|whole[- ]year) target\b|\btarget (?:is )?(?:for|of) the (?:whole |full )?year\b`,
  'i',
);

/**
 * A count's figure for the year so far, against a target its header (or the service's comment:
 * "Annual target 300") gives the whole year ("Annual Target", "2023/24 target"): the year to date when that is the period reported on ("Q3 2017/18
 * YTD", the sheet's only column of figures), or a cumulative measure's figure for a quarter or month
 * (fly-tipping incidents "reported year to date": 1,240 at Q3). Three quarters of the year against
 * the whole. Null where the figure already settles the rating whatever the rest of the year brings (a
 * higher-is-better count at or above the year's target), for a measure that does not add up over
 * the year (a percentage, rate or average: its year so far is held to the year's target as it
 * stands), and at the year's end. A plain "Target" beside a cumulative figure may be the target to
 * date: it is used, with a caveat (`cumulative-annual-target`).
 */
function yearSoFar(ind: Indicator, period: Period): YearPart | null {
  const wholeYear = ind.targetColumn?.wholeYear || ANNUAL_TARGET_SAID.test(ind.commentary?.text ?? '');
  if (!partWay(period) || endsTheYear(period) || !wholeYear) return null;
  if (period.kind !== 'ytd' && !ind.cumulative) return null;
  if (!ind.target || ind.target.value === null || ind.targetToDate || ind.targetProfiled) return null;
  if (!addsUp(ind)) return null;
  const now = valueFor(ind, period);
  const value = now?.measure.value;
  if (!now || value === null || value === undefined) return null;
  const target = ind.target.value;
  // Only a higher-is-better count at the year's target already is settled: it can only grow. One
  // already above a lower-is-better target will end amber or red, which the rest of the year decides.
  if (ind.polarity === 'higher' && value >= target) return null;
  if (ind.polarity !== 'higher' && ind.polarity !== 'lower') return null;
  return { parts: [], ytd: now, adds: false, soFar: true, cumulative: period.kind !== 'ytd' };
}

/**
 * True for a measure whose year so far adds up to the year's: a count or an amount, a rate per head
 * of population, or days that are not an average ("Days lost to sickness per FTE", not "Average void
 * time in days", which the year's average is held to as it stands), and days lost to sickness however
 * the name puts them ("Average days lost per employee"). A share or an average is never so, nor a
 * level the sheet's type column says stands at the period's end ("Snapshot").
 */
function addsUp(ind: Indicator): boolean {
  // A level at the period's end, as the sheet's type column says ("Snapshot"), is never the sum of the year's.
  if (ind.figureKind === 'level') return false;
  // A rate per head ("per 100,000 population") over the year so far is the count so far over the
  // population, and adds up as the count does; so does a cumulative share of the year's due
  // collected so far, which starts the year near nothing.
  return (
    mayAddUpOverYear(ind.unit, ind.name) ||
    (ind.cumulative === true && isCollectionRate(ind.unit, ind.name) && buildsUpOverYear(ind))
  );
}

/**
 * True unless a collection rate's figures show it is a ratio rather than a share of the year's due
 * built up: its first figure of the latest year is already nearer the target than what that point
 * of the year would have built up (rent collected as a share of rent due so far: 96.2 % in April
 * against 98.5 % for the year; council tax, a share of the year's bill, is nearer 10 % in April and
 * 57.9 % at September).
 */
function buildsUpOverYear(ind: Indicator): boolean {
  const target = ind.target?.value;
  if (target === null || target === undefined || target <= 0) return true;
  let first: PeriodValue | null = null;
  for (const v of ind.values) {
    if ((v.period.kind !== 'quarter' && v.period.kind !== 'month') || v.measure.value === null) continue;
    const later = !first || v.period.fyStart > first.period.fyStart;
    if (later || (v.period.fyStart === first!.period.fyStart && v.period.sortKey < first!.period.sortKey)) first = v;
  }
  if (!first || first.measure.value === null) return true;
  const share = ((first.period.sortKey % 12) + 1) / 12;
  return first.measure.value <= (target * (share + 1)) / 2;
}

/** How many times each period's figure the year's must be to be read as their total. */
const MANY_TIMES = 2;

/** The periods so far of a year whose figures add up over it, and the year's own figure. */
interface YearPart {
  readonly parts: readonly PeriodValue[];
  readonly ytd: PeriodValue;
  /** True when the parts are every period so far and add up to it; false when it is only many times each. */
  readonly adds: boolean;
  /** True when the year so far is itself the period reported on: there are no parts. */
  readonly soFar?: boolean;
  /** True when that is so because the measure is cumulative (its quarter's figure is the year so far). */
  readonly cumulative?: boolean;
  /** The year before's label, when `ytd` is that year's outturn rather than this year's figure. */
  readonly priorYear?: string;
  /** True when there is no figure for the year, and it is the target (in `ytd`'s cell) that is many times each period's. */
  readonly byTarget?: boolean;
  /** True when the periods so far come to about last year's figure (`ytd`), none many times smaller: a seasonal total. */
  readonly nearSum?: boolean;
}

/**
 * True when the period is the year's last quarter or month and the year's own figure, which its
 * periods add up to, ends with it and has a value: the year's outturn, to rate against the year's target.
 */
function yearEnds(part: YearPart, period: Period): boolean {
  return (
    endsTheYear(period) &&
    !part.priorYear &&
    !part.byTarget &&
    !part.soFar &&
    part.ytd.period.sortKey === period.sortKey &&
    part.ytd.measure.value !== null
  );
}

/** The indicator rated on the year's figure at the year's end, with a note (`year-end-outturn`). */
function ratedOnYear(ind: Indicator, part: YearPart, period: Period, issues: Issue[]): Indicator {
  const own = valueFor(ind, period)?.measure;
  const year = part.ytd.measure;
  const at = { sheet: ind.sheet, cell: year.cell };
  const args = {
    ...at,
    name: ind.name,
    year: part.ytd.period.label,
    period: period.label,
    own: own ? own.cell : null,
    header: ind.targetColumn?.header ?? 'Target',
  };
  const issue = warning('year-end-outturn', args, at);
  issues.push(issue);
  return { ...ind, ratedOn: part.ytd.period, warnings: [...ind.warnings, issue] };
}

/**
 * The indicator rated against its target for the whole year before the year is over, where what the
 * year has given so far already settles the colour whatever the rest brings, with a note
 * (`year-target-settled`): a count that only grows (every figure so far at or above nought, no
 * amount of money, which a refund can take down), lower is better, already beyond the year's target
 * and its tolerance (9 permanent exclusions in Q2 alone against 5 for the year: red); or higher is
 * better and already at it (210 homes in the year to date against 200: green). Rated on the sheet's
 * year to date where the periods so far add up to it, else on the period's own figure, which the
 * year's can only exceed. Null where the rest of the year decides.
 */
function settledForYear(
  ind: Indicator,
  header: string,
  part: YearPart,
  period: Period,
  issues: Issue[],
): Indicator | null {
  const target = ind.target;
  const own = valueFor(ind, period);
  if (!target || target.value === null || !own || own.measure.value === null || ind.unit === 'money') return null;
  if (part.parts.some((p) => (p.measure.value ?? 0) < 0) || own.measure.value < 0) return null;
  // The year so far: the sheet's year to date where the periods add up to it (or the figure is itself the year so far).
  const soFar = part.adds || part.soFar ? part.ytd : own;
  const value = soFar.measure.value;
  if (value === null) return null;
  const where = standing(value, ind.polarity, target, ind.tolerance, soFar.measure.scale);
  const settled =
    (ind.polarity === 'lower' && where === 'beyond-tolerance') || (ind.polarity === 'higher' && where === 'on-target');
  if (!settled) return null;
  const m = target.measure ?? target.lowerMeasure;
  const at = { sheet: ind.sheet, cell: soFar.measure.cell };
  const args = {
    ...at,
    name: ind.name,
    header,
    target: m?.cell ?? null,
    period: period.label,
    yearToDate: soFar !== own,
    rag: ind.polarity === 'lower' ? ('red' as const) : ('green' as const),
  };
  const issue = warning('year-target-settled', args, at);
  issues.push(issue);
  const inPlace = soFar !== own && soFar.period !== own.period;
  return {
    ...ind,
    targetForYear: true,
    ...(inPlace && { ratedOn: soFar.period, ratedInPlaceOf: period }),
    warnings: [...ind.warnings, issue],
  };
}

/**
 * Where the sheet's year so far (its year to date, the sum of the periods so far, or the figure
 * itself where it is the year so far) is already past the whole year's target: above it, lower being
 * better (£580k of agency spend to date against £500k), or at or above it, higher being better. Null
 * otherwise, and where the year's figure is last year's.
 */
function yearSoFarPassed(ind: Indicator, part: YearPart): 'above' | 'meets' | null {
  if (!part.adds && !part.soFar) return null;
  const v = part.ytd.measure.value;
  return v === null ? null : passedBy(ind, v, part.ytd.measure.scale);
}

/** Whether a figure for the year so far is already past the year's target: `above` it, or `meets` it (higher being better). */
function passedBy(ind: Indicator, v: number, scale: number): 'above' | 'meets' | null {
  const t = ind.target?.value;
  if (t === null || t === undefined) return null;
  const d = roundDiff((v - t) / (scale || 1));
  if (ind.polarity === 'lower') return d > 0 ? 'above' : null;
  if (ind.polarity === 'higher') return d > 0 ? 'above' : d === 0 ? 'meets' : null;
  return null;
}

/**
 * What this year's periods so far add up to, where no cell holds it (the sheet's year figure is last
 * year's, or there is none) and every one of them is filled in, on the indicator's row.
 */
function partsSum(
  ind: Indicator,
  part: YearPart,
  period: Period,
): { value: number; scale: number; cells: string[] } | null {
  if (!part.priorYear && !part.byTarget) return null;
  // A cumulative measure's figures are each the year so far: they do not add up.
  if (ind.cumulative || saysCumulative(ind.name)) return null;
  // The target is the year's only where it is of the order of last year's figure (90 beside 120 last
  // year), not a quarter's (22 beside 88).
  const last = part.priorYear ? part.ytd.measure.value : null;
  const t = ind.target?.value;
  if (part.priorYear && (last === null || t === null || t === undefined || t < last / 2 || t > last * 2)) return null;
  const parts = filledSoFar(ind.values, period);
  if (parts.length < 2 || parts.length !== periodsSoFar(period)) return null;
  if (parts.some((p) => p.measure.row !== parts[0].measure.row || p.measure.scale !== parts[0].measure.scale))
    return null;
  let value = 0;
  for (const p of parts) value += p.measure.value!;
  return { value, scale: parts[0].measure.scale, cells: parts.map((p) => p.measure.cell) };
}

/** The indicator not rated against a target for the whole year, with the warning `target-for-year`. */
function notRatedForYear(ind: Indicator, header: string, part: YearPart, period: Period, issues: Issue[]): Indicator {
  const m = ind.target?.measure ?? ind.target?.lowerMeasure;
  const cell = m?.cell ?? '';
  const shown = m ? targetShown(ind, m) : String(ind.target?.value ?? '');
  const args = {
    sheet: ind.sheet,
    cell,
    name: ind.name,
    header,
    period: period.label,
    parts: part.parts.map((p) => p.measure.cell),
    yearToDate: part.ytd.measure.cell,
    adds: part.adds,
    ...(part.priorYear && { priorYear: part.priorYear }),
    ...(part.soFar && { soFar: true }),
    ...(part.cumulative && { cumulative: true }),
    ...(part.byTarget && { byTarget: true, target: shown }),
    ...(part.nearSum && { nearSum: true }),
  };
  const issue = warning('target-for-year', args, { sheet: ind.sheet, cell: cell || undefined });
  issues.push(issue);
  const summed = partsSum(ind, part, period);
  const passed = yearSoFarPassed(ind, part) ?? (summed && passedBy(ind, summed.value, summed.scale));
  return {
    ...ind,
    target: null,
    targetUnusable: {
      cell,
      shown,
      why: {
        kind: 'for-the-year',
        header,
        yearToDate: part.ytd.measure.cell,
        ...(part.soFar && { soFar: true }),
        ...(part.priorYear && { priorYear: part.priorYear }),
        ...(part.byTarget && { byTarget: true }),
        ...(passed && { passed }),
        ...(passed && summed && { partsSum: { value: summed.value, cells: summed.cells } }),
      },
    },
    warnings: [...ind.warnings, issue],
  };
}

/**
 * Indicators whose target column names a year other than the reporting period's ("Target 2018/19"
 * beside 2017/18's figures; "03/04 target" beside "02/03 actual"): not rated against it, unless the
 * sheet gives a target for the period (a profiled target column, or a Target row). One warning
 * (`target-other-year`) per target column says so, naming its first cell and how many indicators.
 */
export function targetsOfOtherYears(indicators: Indicator[], period: Period): Issue[] {
  const columns = new Map<string, { sheet: string; header: string; year: string; cells: string[] }>();
  for (let i = 0; i < indicators.length; i++) {
    const ind = indicators[i];
    const column = ind.targetColumn;
    const year = column?.year;
    if (!column || !year || ind.target?.source !== 'cell' || year.fyStart === period.fyStart || ind.byPeriod) continue;
    if (ind.periodTargets && targetFor(ind.periodTargets, period)) continue;
    const m = ind.target.measure ?? ind.target.lowerMeasure;
    if (!m) continue;
    const why = { kind: 'other-year' as const, year: year.label, reported: period.label };
    indicators[i] = { ...ind, target: null, targetUnusable: { cell: m.cell, shown: targetShown(ind, m), why } };
    const key = `${ind.sheet}\u0000${column.header}`;
    let found = columns.get(key);
    if (!found) columns.set(key, (found = { sheet: ind.sheet, header: column.header, year: why.year, cells: [] }));
    found.cells.push(m.cell);
  }
  return [...columns.values()].map((c) => {
    const args = {
      sheet: c.sheet,
      cell: c.cells[0],
      header: c.header,
      year: c.year,
      period: period.label,
      count: c.cells.length,
    };
    return warning('target-other-year', args, { sheet: c.sheet, cell: c.cells[0] });
  });
}

/** A target as the officer reads it in its cell: 98.1% for a fraction kept as 0.981, 2,114 for 2114, else the figure. */
function targetShown(ind: Indicator, m: Measure): string {
  const value = m.value ?? m.raw;
  if (typeof value !== 'number') return String(value);
  if (ind.unit === 'percentage') return `${value}%`;
  return group(String(value));
}
