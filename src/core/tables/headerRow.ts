import { laterPeriod } from '../periods/periodOrder';
import { isDateFormat } from '../periods/excelDate';
import { RAG_MARKER } from '../rating/formatPlan';
import { parsePeriodHeader, periodFromSerial } from '../periods/parsePeriod';
import { financePeriodNumber, isPeriodWords, readPeriodTokens } from '../periods/periodTokens';
import type { Period } from '../periods/types';
import type { ColumnRole } from './types';
import type { RawValue, SheetGrid } from '../values/types';
import { parseSheetRag } from '../values/sheetRag';
import {
  classifyHeader,
  isFiguresHeader,
  isValueHeader,
  relativePeriodHeader,
  type RelativePeriod,
  type HeaderClassification,
  type HeaderContext,
} from './columnRoles';
import {
  financialYearLabel,
  firstMonth,
  periodBefore,
  sameTimeYearBefore,
  yearPeriod,
  ytdPeriod,
} from '../periods/makePeriod';
import { isToDateTargetHeader } from './profiledTargets';
import { cellFormat, cellValue, inAny, type Rect } from './gridAccess';
import { displayText, headerKey, headerWords, isBlank } from './headerText';
import type { ConfigColumns } from './tableConfig';

/** One cell of a candidate header row, read with its context. */
export interface HeaderCell {
  readonly col: number;
  readonly raw: RawValue;
  /** The header as shown; a date as its month's label. */
  readonly display: string;
  readonly cls: HeaderClassification | null;
  /** A role set by configuration, and the key that set it. */
  readonly config: { key: string; role: ColumnRole } | null;
  /** True when the text (or the year or period it relies on) came from the row above. */
  readonly usesAbove: boolean;
  /** A number in the range of dates read as a month although it has no date format. */
  readonly dateWithoutFormat: boolean;
}

/** What header reading needs besides the row: the grid, cells already taken, titles, config. */
export interface HeaderScan {
  readonly grid: SheetGrid;
  readonly claimed: readonly Rect[];
  readonly config: ConfigColumns | null;
  /** The financial year named in a title above `row` (or the sheet name), if any. */
  readonly titleYear: (row: number) => number | null;
  /** The period of the figures a title above `row` (or the sheet name) names, if any, and where. */
  readonly titlePeriod: (row: number) => TitleFind<Period> | null;
  /** The year to date a title above `row` (or the sheet name) runs to, where it names a quarter or month (see `yearToDateInText`). */
  readonly titleYearToDate: (row: number) => TitleFind<Period> | null;
}

/** What a title names, its cell ("A1", null for the sheet's name) and its text. */
export interface TitleFind<T> {
  readonly value: T;
  readonly cell: string | null;
  readonly text: string;
}

/** 1 January 2000 and 31 December 2099: the serials read as dates even without a date format. */
const BARE_DATE_MIN = 36526;
const BARE_DATE_MAX = 73050;

/**
 * The row a header's cells look up to for a group header or a second row: the row above, or, where
 * that is blank, the row above it when that names a period ("Q2 2023/24" merged over Value | Target
 * | Status, a blank spacer row between). Only one blank row, and only under a period: two blank
 * rows end a table, and a row of figures or notes above a blank row is not a header.
 */
export function rowAbove(grid: SheetGrid, row: number): number {
  const over = row - 2;
  if (over < 0 || !isBlankRow(grid, row - 1) || isBlankRow(grid, over)) return row - 1;
  const values = grid.values[over] ?? [];
  for (let c = 0; c < values.length; c++) {
    const v = values[c];
    if (!isBlank(v) && parsePeriodHeader(v, cellFormat(grid, over, c))) return over;
  }
  return row - 1;
}

/** The row at `row`, or the one below it when `row` is blank: where a header's second row may be. */
export function rowBelow(grid: SheetGrid, row: number): number {
  return row + 1 < grid.values.length && isBlankRow(grid, row) ? row + 1 : row;
}

/** True when a row has nothing in it (or is past the grid's end). */
export function isBlankRow(grid: SheetGrid, row: number): boolean {
  const values = grid.values[row];
  if (values) for (const v of values) if (!isBlank(v)) return false;
  return true;
}

/**
 * The group header over `col` in row `above`, looking left across a merge: its column and value;
 * null where there is none, or a cell another table has claimed comes first.
 */
function groupCell(scan: HeaderScan, above: number, col: number, left: number): { col: number; raw: RawValue } | null {
  if (above < 0) return null;
  for (let c = col; c > left; c--) {
    if (inAny(scan.claimed, above, c)) return null;
    const raw = cellValue(scan.grid, above, c);
    if (!isBlank(raw)) return { col: c, raw };
  }
  return null;
}

/**
 * The period written over `col` in row `above`, looking left across a merged group header. A group
 * header without a year ("Quarter 2" beside "2018/19 Quarter 1", as Carmarthenshire's scrutiny
 * reports have it) takes it from the group to its left, else from a title.
 */
function groupAbove(scan: HeaderScan, above: number, col: number, left: number, ofTargets = false): Period | null {
  const group = groupCell(scan, above, col, left);
  if (!group) return null;
  const { raw } = group;
  const format = cellFormat(scan.grid, above, group.col);
  const own = parsePeriodHeader(raw, format) ?? (ofTargets ? periodOfTargets(raw) : null);
  if (own || typeof raw !== 'string') return own;
  // The group to its left, if it names a period.
  const beside = groupCell(scan, above, group.col - 1, left);
  const before = typeof beside?.raw === 'string' ? groupAbove(scan, above, beside.col, left) : null;
  const fyStart = (before && yearAfter(before, raw)) ?? scan.titleYear(above);
  return fyStart === null ? null : parsePeriodHeader(raw, format, { fyStart });
}

/** Roles of a column that stands outside any period's group: its name, code, polarity and the like. */
const UNGROUPED = new Set(['name', 'ref', 'polarity', 'unit', 'frequency', 'commentary', 'actions']);

/**
 * Whether a column between the group header and the cell (those read so far, to its left, after the
 * last one that took `group`) stands outside the group: a polarity column, or a period or target of
 * another period.
 */
function outsideGroup(cells: readonly HeaderCell[], group: Period): boolean {
  for (let i = cells.length - 1; i >= 0; i--) {
    const cls = cells[i].cls;
    if (!cls) continue;
    if (cls.period?.label === group.label) return false;
    if (UNGROUPED.has(cls.role) || (cls.period && cls.period.label !== group.label)) return true;
  }
  return false;
}

/** Words of a heading over the council's own figures, not over comparisons. */
const OWN_FIGURES = /\b(?:current|actual|actuals|performance|outturn|results?|this)\b/i;

/** Words a heading over targets, tolerances or benchmarks may have beside their period. */
const OF_TARGETS = new Set([
  'target',
  'targets',
  'tolerance',
  'tolerances',
  'threshold',
  'thresholds',
  'benchmark',
  'benchmarks',
  'comparator',
  'comparators',
  'comparative',
  'comparison',
  'comparisons',
  'benchmarking',
  'data',
  'latest',
  'and',
]);

/**
 * The period of a heading over a table's targets and the like, which says what they are beside it:
 * "2016/17 Target and Tolerances" over "Target | Stat Neigh Ave", "Comparative Data 2017/18" over
 * "Welsh Median | Best Quartile", "LATEST BENCHMARKING - 2021/22". Null for any other heading.
 */
function periodOfTargets(raw: RawValue): Period | null {
  if (typeof raw !== 'string') return null;
  const words = headerWords(raw);
  const rest = words.filter((w) => OF_TARGETS.has(w));
  if (rest.length === 0 || rest.length === words.length) return null;
  return parsePeriodHeader(words.filter((w) => !OF_TARGETS.has(w)).join(' '), null);
}

/**
 * The year of a header without one, from the period before it: "Q1" after "Q4 2020/21" is 2021/22.
 * In a header that is more than a period ("Q1 RAG", "Q2 target"), its period words are read.
 */
function yearAfter(last: Period | null, raw: RawValue): number | null {
  // After a year's column ("2013/14 Actual"), a quarter may be that year's or the next: not a sequence to follow.
  if (last === null || last.kind === 'year' || typeof raw !== 'string') return null;
  let tokens = readPeriodTokens(raw);
  if (!tokens.complete) {
    const periodWords = raw.split(/\s+/).filter(isPeriodWords);
    if (periodWords.length > 0) tokens = readPeriodTokens(periodWords.join(' '));
  }
  if (!tokens.complete || !tokens.any || tokens.fyStart !== null) return null;
  const step = (now: number | null, before: number | null): number =>
    now !== null && before !== null && now < before ? 1 : 0;
  if (tokens.month !== null && last.month !== null)
    return last.fyStart + step((tokens.month + 8) % 12, (last.month + 8) % 12);
  return last.fyStart + step(tokens.quarter, last.quarter);
}

/**
 * The financial year the row's target headers name, when they name one alone: "Q4 Actual" beside
 * "2014/15 Target" (a Welsh council's housing appendix, with no year in its title) is Q4 2014/15.
 */
function yearOfTargets(raws: readonly { raw: RawValue; format: string | null }[]): number | null {
  let year: number | null = null;
  for (const { raw, format } of raws) {
    if (typeof raw !== 'string') continue;
    const cls = classifyHeader(raw, format);
    if (cls?.role !== 'target' || cls.period?.kind !== 'year') continue;
    if (year !== null && year !== cls.period.fyStart) return null;
    year = cls.period.fyStart;
  }
  return year;
}

/** The context in which a year alone heads a calendar year's column. */
const CALENDAR: HeaderContext = { calendarYears: true };

/**
 * True when a header row heads its figures with years alone and names no other kind of period:
 * "2022 | 2023 | 2024 (provisional) | Target 2024", as results published by calendar year (or by the
 * year a school year ends in) are headed. Two such years, or one with another header naming it
 * ("Target 2024"). A year alone is not read as a period otherwise: beside "Q3 2023/24", or on its
 * own, "2024" does not say which months it takes in.
 */
function headsCalendarYears(raws: readonly { raw: RawValue; format: string | null }[]): boolean {
  const alone = new Set<number>();
  const mentioned = new Set<number>();
  for (const { raw, format } of raws) {
    if (typeof raw === 'number') {
      if (isDateFormat(format)) return false;
      if (Number.isInteger(raw) && raw >= 1970 && raw <= 2099) alone.add(raw);
      continue;
    }
    if (typeof raw !== 'string' || raw.trim() === '') continue;
    const tokens = readPeriodTokens(displayText(raw));
    // A financial or academic year, a quarter, a month or a term: the row's periods are of that kind.
    if (tokens.any || tokens.academic) return false;
    if (tokens.calendarYear === null) continue;
    if (tokens.complete) alone.add(tokens.calendarYear);
    else mentioned.add(tokens.calendarYear);
  }
  return alone.size >= 2 || (alone.size === 1 && mentioned.has([...alone][0]));
}

/** The header of the RAG label column we wrote on an earlier run: not the sheet's own RAG. */
const OUR_LABEL: HeaderClassification = {
  role: 'ignore',
  reason: 'our own RAG labels, written on an earlier run, so it is not read',
};

/** Whether a header cell is that of our own label column, written on an earlier run. */
export const isOurLabelHeader = (cell: HeaderCell): boolean => cell.cls === OUR_LABEL;

/** Whether a table's column is our own label column, written on an earlier run (see {@link isOurLabelHeader}). */
export const isOurLabelColumn = (column: { readonly reason: string }): boolean => column.reason === OUR_LABEL.reason;

/**
 * True when the header cell holds one of our own formulas (it carries the marker), or when it is
 * the header of an earlier run's label column that an Excel table took in: a table's header holds
 * no formula, so ours became text, but the first filled cell below it is still one of our labels.
 */
function isOurLabel(grid: SheetGrid, row: number, col: number): boolean {
  if (grid.formulas?.[row]?.[col]?.includes(RAG_MARKER)) return true;
  const blank = (v: unknown) => v === null || v === undefined || v === '';
  // Down the column to its first filled cell, within the table: a blank row ends the search.
  for (let r = row + 1; r < grid.values.length; r++) {
    const formula = grid.formulas?.[r]?.[col];
    if (formula) return formula.includes(RAG_MARKER);
    if (!blank(grid.values[r]?.[col])) return false;
    if ((grid.values[r] ?? []).every(blank)) return false;
  }
  return false;
}

const CODE_AND_NAME =
  /^(?:(?:pi|kpi|indicator|measure|performance indicator) )?(?:code|ref|reference|id|no) and (?:(?:pi|kpi|indicator|measure) )?(?:short )?(?:name|title|description|indicator|measure)$/;

/** True for a header that names both an indicator's code and its name: "Code & Name", "PI Code and Title", "Ref & Indicator". */
export function isCodeAndName(raw: RawValue): boolean {
  return typeof raw === 'string' && CODE_AND_NAME.test(headerKey(raw));
}

/** True when the rows under `row` hold names in `col`: text of more than a few characters in one of the next twelve. */
function namesBelow(grid: SheetGrid, row: number, col: number): boolean {
  for (let r = row + 1; r <= row + 12 && r < grid.values.length; r++) {
    const v = cellValue(grid, r, col);
    if (typeof v === 'string' && /[a-z]/i.test(v) && v.trim().length > 8) return true;
  }
  return false;
}

/**
 * A period header read with the header above it, where that says more of it: a comparator's name
 * right above ("England" over "2017-18", each column its own) makes the column that comparator's
 * figure for the period, not the council's; a quarter, a month or a year to date merged over years
 * ("Quarter 2 (July – September)" over "2024-25 | 2025-26") makes each column that part of its year,
 * not the whole year. The period's own reading otherwise.
 */
function withGroupAbove(
  scan: HeaderScan,
  above: number,
  col: number,
  left: number,
  raw: RawValue,
  format: string | null,
  cls: HeaderClassification,
  years: Parameters<typeof classifyHeader>[2],
): HeaderClassification {
  const over = groupCell(scan, above, col, left);
  if (!over || typeof over.raw !== 'string') return cls;
  const overCls = classifyHeader(over.raw, null);
  const joinedText = `${displayText(over.raw)} ${displayText(raw)}`;
  if (overCls?.role === 'benchmark') {
    const joined = over.col === col ? classifyHeader(joinedText, format, years) : null;
    return joined?.role === 'benchmark' ? joined : cls;
  }
  if (cls.period?.kind !== 'year' || (overCls && overCls.role !== 'ignore')) return cls;
  const joined = classifyHeader(joinedText, format, years);
  const p = joined?.period;
  return joined?.role === 'period' && p && p.kind !== 'year' && p.fyStart === cls.period.fyStart ? joined : cls;
}

/**
 * Reads the header cells of `row` between `left` and `right`, skipping claimed cells. With
 * `useAbove`, a blank cell takes the header of the cell above (a two-row header: "Indicator"
 * over a blank, beside "2021/22" over "Q1 … Q4"). A header without a year takes it from a
 * group header above, else from the period to its left, else from a title. `above` is the row
 * looked up to (the row above unless given: see {@link rowAbove}).
 */
export function readHeaderRow(
  scan: HeaderScan,
  row: number,
  left: number,
  right: number,
  useAbove: boolean,
  above = row - 1,
): HeaderCell[] {
  const { grid } = scan;
  const raws: { col: number; raw: RawValue; format: string | null; fromAbove: boolean }[] = [];
  for (let col = left; col <= right; col++) {
    if (inAny(scan.claimed, row, col)) continue;
    let raw = cellValue(grid, row, col);
    let format = cellFormat(grid, row, col);
    let fromAbove = false;
    if (isBlank(raw) && useAbove && above >= 0 && !inAny(scan.claimed, above, col)) {
      raw = cellValue(grid, above, col);
      format = cellFormat(grid, above, col);
      fromAbove = !isBlank(raw);
    }
    raws.push({ col, raw, format, fromAbove });
  }
  const rowKeys = new Set(raws.map((r) => headerKey(displayText(r.raw))));
  const cells: HeaderCell[] = [];
  let last: Period | null = null;
  let namesBeside = null as { col: number; header: string } | null;
  // The one year the row's target headers name ("2014/15 Target"), for a quarter beside them that names none.
  let targetYear: number | null | undefined;
  const years = headsCalendarYears(raws) ? CALENDAR : undefined;
  for (const { col, raw, format, fromAbove } of raws) {
    const config = scan.config?.roleFor(col, displayText(raw), rowKeys) ?? null;
    if (isBlank(raw) && !config && namesBeside?.col === col) {
      const reason = `no header of its own: the names beside the codes under '${namesBeside.header}'`;
      const cls: HeaderClassification = { role: 'name', reason };
      cells.push({ col, raw, display: namesBeside.header, cls, config, usesAbove: false, dateWithoutFormat: false });
      continue;
    }
    if (isBlank(raw) && !config) continue;
    if (isOurLabel(grid, row, col)) {
      cells.push({
        col,
        raw,
        display: displayText(raw),
        cls: OUR_LABEL,
        config: null,
        usesAbove: false,
        dateWithoutFormat: false,
      });
      continue;
    }
    let cls = classifyHeader(raw, format, years);
    if (cls?.role === 'period' && !fromAbove) cls = withGroupAbove(scan, above, col, left, raw, format, cls, years);
    if (!cls && isCodeAndName(raw)) {
      const display = displayText(raw);
      // Pentana's "Code & Name", merged over two columns: the codes, then the names in a column with no header.
      if (col < right && isBlank(cellValue(grid, row, col + 1)) && namesBelow(grid, row, col + 1)) {
        namesBeside = { col: col + 1, header: display };
        cls = { role: 'ref', reason: `header '${display}' heads the codes, and the names in the column beside them` };
      } else cls = { role: 'name', reason: `header '${display}' heads the names, each with its code` };
    }
    let group: Period | null = null;
    const needsPeriod = cls
      ? cls.yearless || ((cls.role === 'target' || cls.role === 'benchmark' || cls.role === 'rag') && !cls.period)
      : isValueHeader(raw);
    if (needsPeriod) {
      group = fromAbove ? null : groupAbove(scan, above, col, left, cls !== null && cls.role !== 'rag');
      // A benchmark under the council's own figures' heading ("Current performance (2017/18)") is not
      // said to be that year's: published comparisons are often a year behind.
      if (group && cls?.role === 'benchmark' && OWN_FIGURES.test(String(groupCell(scan, above, col, left)?.raw)))
        group = null;
      // A status column past the last group's columns ("Q4: Actual | Target", then "Annual Target |
      // Aim | Status"): the blank cells over it are not that group's, as the columns between say.
      if (group && cls?.role === 'rag' && outsideGroup(cells, group)) group = null;
      const ownYear = group?.fyStart ?? yearAfter(last, raw) ?? null;
      const fyStart = ownYear ?? scan.titleYear(row) ?? (targetYear ??= yearOfTargets(raws)) ?? undefined;
      cls = classifyHeader(raw, format, { ...years, fyStart, groupPeriod: group ?? undefined });
      if (ownYear === null && cls) cls = titleYearToDate(scan, row, cls, displayText(raw));
    }
    let dateWithoutFormat = false;
    if (!cls && typeof raw === 'number' && raw >= BARE_DATE_MIN && raw <= BARE_DATE_MAX && !isDateFormat(format)) {
      const period = periodFromSerial(raw);
      if (period) {
        cls = {
          role: 'period',
          period,
          reason: `header ${raw} has no date format but is read as the date it holds: ${period.label}`,
        };
        dateWithoutFormat = true;
      }
    }
    if (cls?.role === 'period' && cls.period) last = cls.period;
    const display = typeof raw === 'number' && cls?.period ? cls.period.label : displayText(raw);
    const usesAbove = fromAbove || (group !== null && cls?.period !== undefined);
    cells.push({ col, raw, display, cls, config, usesAbove, dateWithoutFormat });
  }
  return withYearTotalAfter(
    withYearEndBefore(withSameLastYear(withTitlePeriod(scan, row, withoutFourWeekPeriods(cells)))),
  );
}

/**
 * A row of periods numbered to 13 ("P1" to "P13") counts a year of thirteen four-week periods, which
 * are not months: none of its numbered periods is read as the month of that number, and each
 * column is left to be named as not read, rather than coloured against a month it is not.
 */
function withoutFourWeekPeriods(cells: HeaderCell[]): HeaderCell[] {
  const number = (c: HeaderCell) => financePeriodNumber(headerKey(c.display));
  if (!cells.some((c) => !c.cls && !c.config && number(c) === 13)) return cells;
  return cells.map((c) => (c.cls?.role === 'period' && !c.config && number(c) > 0 ? { ...c, cls: null } : c));
}

/** Rows below a header looked at to tell what its column holds. */
const PEEK_ROWS = 30;

/**
 * True when the first filled cells under a header (up to {@link PEEK_ROWS} rows) are ratings ("Target
 * met", "Red") on at least half of them, and outnumber its numbers: a RAG column, whatever its header.
 */
function holdsRatings(grid: SheetGrid, row: number, col: number): boolean {
  let filled = 0;
  let ratings = 0;
  let numbers = 0;
  for (let r = row + 1; r < grid.values.length && r <= row + PEEK_ROWS; r++) {
    const v = cellValue(grid, r, col);
    if (isBlank(v)) continue;
    filled++;
    if (typeof v === 'number') numbers++;
    else {
      // "n/a" in a column of figures says there is none, not that the column is a rating.
      const rag = parseSheetRag(v)?.rag;
      if (rag && rag !== 'none') ratings++;
    }
  }
  return ratings > numbers && ratings * 2 >= filled;
}

/** A header that says only what a column's figures are in: "%", "No. per 1,000 homes". */
const FIGURES_IN = /^\s*(?:%|(?:no\.?|number)\s+per\s+[\d,]+(?:\s+[a-z]+){0,2})\s*$/i;

/**
 * A row with no period of its own and one column headed only "Actual", "Outturn", "Latest value",
 * "Current performance" or the like: that column holds the figures of the period the title above
 * names ("Corporate performance report, Quarter 2 2024/25"), or the sheet's name ("Q2 2024-25").
 * Where other columns name periods, only if the title's begins after all of them: Anglesey's "Quarter
 * 2 2024/25" scorecard gives "Actual" beside "Q1 2024/25" and "Q2 2023/24" (where the title names a
 * period a column has, as Waverley's "Q4 2017/18 and end of year outturn", the column stays unread).
 * The classification says where the period came from, for the warning that says so.
 */
function withTitlePeriod(scan: HeaderScan, row: number, cells: HeaderCell[]): HeaderCell[] {
  const named = cells.flatMap((c) => (c.cls?.role === 'period' ? [c.cls.period] : []));
  const unread = (c: HeaderCell) =>
    // "Result" over "Target met" and "Target not met" is the sheet's RAG, not a second column of figures.
    !c.cls && !holdsRatings(scan.grid, row, c.col);
  let bare = cells.filter(
    (c) => unread(c) && (isFiguresHeader(c.raw) || relativePeriodHeader(c.raw)?.which === 'current'),
  );
  // With no such header, one that says only what the figures are in: a landlord's Tenant Satisfaction
  // Measures under "2024/25", headed "%" (beside "No." and "Stock"), or "No. per 1,000 homes".
  if (bare.length === 0) bare = cells.filter((c) => unread(c) && FIGURES_IN.test(displayText(c.raw)));
  const title = bare.length === 1 ? scan.titlePeriod(row) : null;
  if (!title) return cells;
  // Ended before the title's period begins: a year's title ("2025/26") over its months leaves "Outturn" alone.
  const older = (p: Period | undefined) => p !== undefined && p.kind !== 'ytd' && p.sortKey < firstMonth(title.value);
  if (named.length > 0 && (title.value.kind === 'ytd' || !named.every(older))) return cells;
  const [cell] = bare;
  const where = title.cell === null ? `the sheet's name` : `the title in ${title.cell}`;
  const fits = (kind: string | undefined) => kind === undefined || kind === 'period' || kind === title.value.kind;
  if (!fits(relativePeriodHeader(cell.raw)?.kind)) return cells;
  const cls: HeaderClassification = {
    role: 'period',
    period: title.value,
    reason: `header '${cell.display}' names no period: read as ${title.value.label}, from ${where}`,
    fromTitle: { cell: title.cell, text: title.text },
  };
  // "Previous period" beside it: the period before the title's ("Last quarter" beside "This quarter").
  const before = periodBefore(title.value);
  const previous = cells.filter((c) => !c.cls && relativePeriodHeader(c.raw)?.which === 'previous');
  const earlier =
    before && previous.length === 1 && fits(relativePeriodHeader(previous[0].raw)?.kind) ? previous[0] : null;
  // "Same qtr last year" beside it: the same period a year before.
  const yearBefore = sameTimeYearBefore(title.value);
  const lastYears = cells.filter((c) => !c.cls && relativePeriodHeader(c.raw)?.which === 'lastYear');
  const lastYearsOwn = lastYears.length === 1 ? relativePeriodHeader(lastYears[0].raw) : null;
  const lastYear =
    yearBefore && lastYearsOwn && fits(lastYearsOwn.kind) && namesThePeriod(lastYearsOwn, title.value)
      ? lastYears[0]
      : null;
  return cells.map((c) => {
    if (c === cell) return { ...c, cls };
    if (c === lastYear && yearBefore) {
      const reason = `header '${c.display}' names no period: read as ${yearBefore.label}, a year before ${title.value.label}, from ${where}`;
      const fromTitle = { cell: title.cell, text: title.text, before: title.value, yearBefore: true };
      return { ...c, cls: { role: 'period', period: yearBefore, reason, fromTitle } };
    }
    if (c !== earlier || !before) return c;
    const reason = `header '${c.display}' names no period: read as ${before.label}, the period before ${title.value.label}, from ${where}`;
    const fromTitle = { cell: title.cell, text: title.text, before: title.value };
    return { ...c, cls: { role: 'period', period: before, reason, fromTitle } };
  });
}

/**
 * A year to date that names no quarter or month ("YTD actual", "YTD target") under a title that
 * names one of the same year ("Quarter 2 2024/25 (April to September 2024)"): that quarter's or
 * month's year so far, as the title says, rather than the whole year's so far. The figures' column
 * says where it came from, for the warning that says so (`period-from-title`).
 */
function titleYearToDate(
  scan: HeaderScan,
  row: number,
  cls: HeaderClassification,
  display: string,
): HeaderClassification {
  const p = cls.period;
  if (!p || p.kind !== 'ytd' || p.quarter !== null || p.month !== null) return cls;
  const title = scan.titleYearToDate(row);
  if (!title || title.value.fyStart !== p.fyStart) return cls;
  const period = title.value;
  const where = title.cell === null ? `the sheet's name` : `the title in ${title.cell}`;
  const reason = `header '${display}' names no quarter or month: read as ${period.label}, from ${where}`;
  return cls.role === 'period'
    ? { ...cls, period, reason, fromTitle: { cell: title.cell, text: title.text } }
    : { ...cls, period, reason };
}

/** Headers that name last year's result without its year: "Year end", "Outturn", "Previous year", "Last year actual". */
const YEAR_END_BEFORE =
  /^(?:(?:year end|end of year|outturn|year end outturn|year end actual|year end position|year end result|year end figure)|(?:previous|last|prior) years?(?: (?:outturn|actual|actuals|result|position|figure|year end))?|(?:outturn|year end) (?:previous|last|prior) year)$/;

/**
 * A column headed "Same quarter last year" or "Same period last year" beside the periods of a table
 * (Kent's highways dashboard: "Oct | Nov | Dec | Quarter 3 | … | Same quarter last year"): the
 * latest period of the kind it names (any kind for "period"), a year before. Beside a year to date
 * whose targets are all for the year to date, "Same period last year" is the year to date a year
 * before: that is what such a table compares, and what the report is on (a fire authority's "Q3 |
 * YTD 2023/24 | YTD target | Same period last year"). Left unread where there is no such period, or
 * where a column of that period already stands.
 */
function withSameLastYear(cells: HeaderCell[]): HeaderCell[] {
  const bare = cells.filter((c) => !c.cls && !c.config && relativePeriodHeader(c.raw)?.which === 'lastYear');
  if (bare.length !== 1) return cells;
  const relative = relativePeriodHeader(bare[0].raw)!;
  const kind = relative.kind;
  const ytd = kind === 'period' ? yearToDateOfTargets(cells) : null;
  let latest: Period | null = ytd;
  for (const c of cells) {
    const p = cellRole(c) === 'period' ? c.cls?.period : undefined;
    if (ytd || !p || p.kind === 'ytd' || (kind !== 'period' && p.kind !== kind)) continue;
    latest = laterPeriod(latest, p);
  }
  if (!latest || !namesThePeriod(relative, latest)) return cells;
  const period = latest.kind === 'ytd' ? yearToDateBefore(latest) : sameTimeYearBefore(latest);
  if (!period || cells.some((c) => c.cls?.period?.label === period.label)) return cells;
  const [cell] = bare;
  const cls: HeaderClassification = {
    role: 'period',
    period,
    reason: `header '${cell.display}' names no year: it is read as ${period.label}, a year before ${latest.label}, the table's latest`,
  };
  return cells.map((c) => (c === cell ? { ...c, cls } : c));
}

/**
 * False where a header names its quarter or month without a year ("Q3 same period last year") and it
 * is not `p`'s: such a column is not the year before of a table whose latest period is another.
 */
function namesThePeriod(relative: RelativePeriod, p: Period): boolean {
  const named = relative.named;
  if (!named) return true;
  return named.month !== null
    ? p.kind === 'month' && p.month === named.month
    : p.quarter === named.quarter && p.kind === 'quarter';
}

/**
 * The row's one year-to-date column, where every target column beside it is for the year to date
 * ("YTD target", "Target to date"); null otherwise.
 */
function yearToDateOfTargets(cells: readonly HeaderCell[]): Period | null {
  const ytds = cells.filter((c) => cellRole(c) === 'period' && c.cls?.period?.kind === 'ytd');
  const targets = cells.filter((c) => cellRole(c) === 'target');
  if (ytds.length !== 1 || targets.length === 0) return null;
  const toDate = (c: HeaderCell) => c.cls?.period?.kind === 'ytd' || isToDateTargetHeader(c.display);
  return targets.every(toDate) ? ytds[0].cls!.period! : null;
}

/** The same year to date a year before ("Q3 2022/23 year to date" for Q3 2023/24's; "2022/23 year to date" for 2023/24's). */
function yearToDateBefore(p: Period): Period {
  if (p.month !== null) return ytdPeriod(p.fyStart - 1, { month: p.month });
  if (p.quarter !== null) return ytdPeriod(p.fyStart - 1, { quarter: p.quarter });
  return ytdPeriod(p.fyStart - 1);
}

/**
 * Words that name the year before's outturn ("Last year outturn", "Outturn previous year"), wherever
 * they stand. Not "Previous year" or "Last year actual" alone: after the quarters, a fire service's
 * "Previous year" holds the quarter's count a year before (66 beside 70 and 64), not the year's.
 */
const NAMES_YEAR_BEFORE =
  /\b(?:previous|last|prior) years? (?:outturn|year end)\b|\b(?:outturn|year end) (?:previous|last|prior) year\b/;

/**
 * A column headed only "Year end" or "Outturn" (or "Previous year"), standing before the quarters
 * or months of one financial year, as Rotherham heads its housing table ("Criteria | Target | Year
 * end | Quarter 1" under a 2025/26 title): it holds the year before's result, and is read as that
 * year. After the year's periods the same words may mean this year's outturn, forecast or total, or
 * ("Previous year") the period's figure a year before, so there it is left unread (and said to be);
 * "Last year outturn" cannot, and is read as the year before there too. The classification says
 * where the year came from.
 */
function withYearEndBefore(cells: HeaderCell[]): HeaderCell[] {
  const periods = cells.filter((c) => cellRole(c) === 'period' && c.cls?.period);
  if (periods.length === 0) return cells;
  const first = periods[0].cls?.period;
  if (!first || periods.some((c) => c.cls?.period?.kind === 'year' || c.cls?.period?.kind === 'ytd')) return cells;
  if (periods.some((c) => c.cls?.period?.fyStart !== first.fyStart)) return cells;
  const bare = cells.filter((c) => !c.cls && !c.config && YEAR_END_BEFORE.test(headerKey(c.display)));
  if (bare.length !== 1) return cells;
  const [cell] = bare;
  // After the periods, only its words say it is the year before.
  const after = cell.col > periods[0].col;
  if (after && !NAMES_YEAR_BEFORE.test(headerKey(cell.display))) return cells;
  const period = yearPeriod(first.fyStart - 1);
  const of = financialYearLabel(first.fyStart);
  const cls: HeaderClassification = {
    role: 'period',
    period,
    reason: after
      ? `header '${cell.display}' names no year: it says the year before the periods of ${of}, so it is read as ${period.label}`
      : `header '${cell.display}' names no year: it stands before the periods of ${of}, so it is read as ${period.label}, the year before`,
    yearBefore: { of, ...(after && { named: true }) },
  };
  return cells.map((c) => (c === cell ? { ...c, cls } : c));
}

/** Headers of a column that totals or averages the year's periods: "Yr end total / average", "Total", "Annual average". */
const YEAR_TOTAL =
  /^(?:(?:year|yr) end |end of year |annual |full year |year )?(?:total|average|avg|total average|total or average|total and average)$/;

/**
 * A column that totals or averages the four quarters (or twelve months) of one financial year,
 * standing after them, as an annual appendix heads its last column "Yr end total / average" under a
 * "2023 / 2024" title: the year's own result, read as that year. Only after every period of the
 * year, and only for words that say the column is worked out from them (a total or an average,
 * never a forecast): a bare "Year end" there may be a forecast, and is left unread.
 */
function withYearTotalAfter(cells: HeaderCell[]): HeaderCell[] {
  const periods = cells.filter((c) => cellRole(c) === 'period' && c.cls?.period);
  if (periods.length !== 4 && periods.length !== 12) return cells;
  const first = periods[0].cls!.period!;
  const kind = periods.length === 4 ? 'quarter' : 'month';
  if (periods.some((c) => c.cls!.period!.kind !== kind || c.cls!.period!.fyStart !== first.fyStart)) return cells;
  if (new Set(periods.map((c) => c.cls!.period!.sortKey)).size !== periods.length) return cells;
  const last = periods.reduce((a, c) => Math.max(a, c.col), -1);
  const bare = cells.filter((c) => !c.cls && !c.config && c.col > last && YEAR_TOTAL.test(headerKey(c.display)));
  if (bare.length !== 1) return cells;
  const [cell] = bare;
  const period = yearPeriod(first.fyStart);
  const cls: HeaderClassification = {
    role: 'period',
    period,
    reason: `header '${cell.display}' names no year: it totals or averages the ${periods.length} ${kind}s of ${period.label} before it, so it is read as ${period.label}`,
  };
  return cells.map((c) => (c === cell ? { ...c, cls } : c));
}

/**
 * Whether header cells, with the roles they take, head an indicator table: a name column and a
 * period or target column; or, with neither, a column of figures headed only "Value" beside a
 * benchmark ("Value (England)"), as a public health profile lays its indicators out, each row giving
 * its own period (read from the rows, or said why not).
 */
export function makesTable(cells: readonly HeaderCell[], roles: readonly (ColumnRole | null)[]): boolean {
  if (!roles.includes('name')) return false;
  if (roles.some((r) => r === 'period' || r === 'target')) return true;
  return roles.includes('benchmark') && cells.some((c) => !c.cls && !c.config && isFiguresHeader(c.raw));
}

/** The role a header cell takes: configuration first, then detection. */
export function cellRole(cell: HeaderCell): ColumnRole | null {
  return cell.config?.role ?? (cell.cls && !(cell.cls.role === 'ignore' && cell.cls.yearless) ? cell.cls.role : null);
}

/**
 * How header-like a row is. It qualifies as a table's header when it has a name column and a
 * period or target column; `score` counts the cells with a role. Roles set by column letter only
 * count when the row has two or more headers of its own, so body rows never qualify through them.
 */
export function scoreHeader(cells: readonly HeaderCell[]): { qualifies: boolean; score: number; detected: number } {
  const detected = cells.filter((c) => c.cls && !(c.cls.role === 'ignore' && c.cls.yearless)).length;
  const roles = cells
    .filter((c) => detected >= 2 || !c.config || headerKey(c.display) === headerKey(c.config.key))
    .map(cellRole)
    .filter((r): r is ColumnRole => r !== null);
  const qualifies = makesTable(cells, roles);
  // A period a row names twice ("2014/15" over both its Target and its Actual, unmerged) is one
  // column's worth: the row beneath, which tells the two apart, is then the better header.
  const periods = new Set<string>();
  let repeated = 0;
  for (const c of cells) {
    const p = cellRole(c) === 'period' ? c.cls?.period : undefined;
    if (!p) continue;
    const key = `${p.kind}:${p.sortKey}`;
    if (periods.has(key)) repeated++;
    else periods.add(key);
  }
  return { qualifies, score: roles.length - repeated, detected };
}
