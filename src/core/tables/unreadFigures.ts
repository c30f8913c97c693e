/**
 * Columns a table read leaves out because their headers mean nothing the engine knows, looked at
 * once the table's rows are known:
 *
 * - a column whose cells state the polarity ("Smaller is Better", "Bigger is Better") under a header
 *   that does not say so (Havering's "Value") is the polarity column: the sheet states it there;
 * - a column of figures whose header means nothing known ("Year" beside Q1 to Q4, "Quarter 1
 *   Performance against target") is named once, with how to have it read;
 * - one headed only "Actual", "Outturn" or "Latest value" beside columns that name their periods is
 *   said to be unread: it may be the year's outturn, the latest period again or a year to date;
 * - one headed as the second half of a year ("H2 2024/25") is named as such: October to March on its
 *   own is no period read here.
 */
import { toA1 } from '../address';
import { financialYearLabel, quarterPeriod, sameTimeYearBefore } from '../periods/makePeriod';
import { parsePeriodHeader } from '../periods/parsePeriod';
import { namesSecondHalf, withoutSecondHalf } from '../periods/periodTokens';
import type { Period } from '../periods/types';
import { isDateFormat } from '../values/numberFormat';
import { parsePolarity } from '../values/polarity';
import { parseSheetRag } from '../values/sheetRag';
import type { SheetGrid } from '../values/types';
import type { Issue } from '../warnings';
import { warning } from '../warningMessages';
import { isFiguresHeader } from './columnRoles';
import { cellFormat, cellValue } from './gridAccess';
import { headerKey } from './headerText';
import type { HeaderCell } from './headerRow';
import type { ColumnInfo, TableRow } from './types';

/**
 * A header naming the second half of a year: the year it names, with its third and fourth quarters
 * ("H2 2024/25": 2024/25, Q3 and Q4 2024/25), or `year: null` where it names none; null for any
 * other header.
 */
function secondHalf(display: string): { year: { year: string; q3: string; q4: string } | null } | null {
  const key = headerKey(display);
  if (!namesSecondHalf(key)) return null;
  const named = parsePeriodHeader(withoutSecondHalf(key));
  if (named?.kind !== 'year') return { year: null };
  const fy = named.fyStart;
  return { year: { year: financialYearLabel(fy), q3: quarterPeriod(fy, 3).label, q4: quarterPeriod(fy, 4).label } };
}

/** Words that make a cell a statement of polarity, not a trend or a priority ("High", "Up" alone are not). */
const STATES_POLARITY = /\b(?:better|best|good|worse|should)\b/i;

/** The first and last of `periods` in time, as a message names them, with the financial year of the last for an example header. */
function spanOf(periods: readonly Period[]): { first: string; last: string; year: string } {
  let first = periods[0];
  let last = periods[0];
  for (const p of periods) {
    if (p.sortKey < first.sortKey) first = p;
    if (p.sortKey > last.sortKey) last = p;
  }
  return { first: first.label, last: last.label, year: financialYearLabel(last.fyStart) };
}

/** How many of the rows hold a number that is not a date, and how many state a polarity in words (the first of them as `stated`). */
function contents(
  grid: SheetGrid,
  col: number,
  rows: readonly TableRow[],
): { figures: number; polarities: number; stated: string | null } {
  let figures = 0;
  let polarities = 0;
  let stated: string | null = null;
  for (const { row } of rows) {
    const v = cellValue(grid, row, col);
    if (typeof v === 'number' && !isDateFormat(cellFormat(grid, row, col))) figures++;
    else if (typeof v === 'string' && STATES_POLARITY.test(v) && parsePolarity(v) !== null) {
      polarities++;
      stated ??= v.trim();
    }
  }
  return { figures, polarities, stated };
}

/** How many of the rows hold a rating (Green, Amber, Red, "On target"…) in the column. */
function ratings(grid: SheetGrid, col: number, rows: readonly TableRow[]): number {
  let n = 0;
  for (const { row } of rows) if (parseSheetRag(cellValue(grid, row, col))?.rag) n++;
  return n;
}

/**
 * The sheet's own RAG column found by what it holds, where its header does not say so: a column
 * headed "Performance" (Northumberland's) or with a header that means nothing known, holding a rating
 * on at least half of the rows, is the RAG column when the table has none, or when the column taken
 * for it by its header ("Status", holding "Up to date") holds a rating on fewer than half.
 */
function ragByContent(
  grid: SheetGrid,
  cells: readonly HeaderCell[],
  columns: ColumnInfo[],
  rows: readonly TableRow[],
): ColumnInfo[] {
  if (rows.length === 0) return columns;
  const current = columns.findIndex((c) => c.role === 'rag');
  if (
    current >= 0 &&
    (columns[current].source !== 'detected' || ratings(grid, columns[current].col, rows) * 2 >= rows.length)
  )
    return columns;
  const i = columns.findIndex((c) => {
    if (c.role !== 'ignore' || c.source !== 'detected') return false;
    const cell = cells.find((h) => h.col === c.col);
    if (!cell || cell.config || (cell.cls && !isFiguresHeader(cell.raw))) return false;
    return ratings(grid, c.col, rows) * 2 >= rows.length;
  });
  if (i < 0) return columns;
  const found = columns[i];
  columns[i] = {
    ...found,
    role: 'rag',
    reason: `header '${found.header}' does not say it is the RAG, but its cells are ratings (Red, Amber, Green)`,
  };
  if (current >= 0) {
    const was = columns[current];
    columns[current] = {
      ...was,
      role: 'ignore',
      reason: `header '${was.header}' means the RAG, but its cells are not ratings: the RAG is column '${found.header}'`,
    };
  }
  return columns;
}

/**
 * A table's columns headed with text that means nothing known, neither configured nor already warned
 * about (`skip`, header cells "C4"). A column that holds a number that is not a date on at least half
 * of the rows is warned about. Where the table reads figures (it has a period column), a column
 * whose cells state the polarity on at least half of the rows becomes the polarity column, when the
 * table has none. A table with no period column is not read at all: its columns of figures under
 * headers that mean nothing known ("SSHA | Target Met? | MMHA", two landlords' figures) say why.
 */
export function unreadColumns(
  grid: SheetGrid,
  cells: readonly HeaderCell[],
  columns: readonly ColumnInfo[],
  rows: readonly TableRow[],
  headerRow: number,
  skip: ReadonlySet<string>,
): { columns: ColumnInfo[]; issues: Issue[] } {
  const out = ragByContent(grid, cells, [...columns], rows);
  if (rows.length === 0) return { columns: out, issues: [] };
  const periods = columns.flatMap((c) => (c.role === 'period' && c.period ? [c.period] : []));
  const reads = periods.length > 0;
  // (No column becomes the polarity of a table that is not read.)
  let polarity = !reads || columns.some((c) => c.role === 'polarity');
  const issues: Issue[] = [];
  for (const cell of cells) {
    if (cell.cls || cell.config || cell.display === '') continue;
    const at = toA1(headerRow, cell.col);
    if (skip.has(at)) continue;
    const { figures, polarities, stated } = contents(grid, cell.col, rows);
    const i = out.findIndex((c) => c.col === cell.col);
    if (!polarity && i >= 0 && polarities > 0 && polarities * 2 >= rows.length) {
      const reason = `header '${cell.display}' means nothing known, but its cells state the polarity ('${stated}')`;
      out[i] = { ...out[i], role: 'polarity', reason };
      polarity = true;
      continue;
    }
    if (figures === 0 || figures * 2 < rows.length) continue;
    const range = `${toA1(rows[0].row, cell.col)}:${toA1(rows[rows.length - 1].row, cell.col)}`;
    const sheet = grid.name;
    const half = secondHalf(cell.display);
    if (half) {
      const args = { sheet, cell: at, header: cell.display, range, year: half.year };
      issues.push(warning('second-half-unread', args, { sheet, cell: at }));
    } else if (isFiguresHeader(cell.raw)) {
      if (!reads) continue;
      const args = { sheet, cell: at, header: cell.display, periods: spanOf(periods) };
      issues.push(warning('figures-column-unread', args, { sheet, cell: at }));
    } else {
      const before = yearBeforeAfter(cell, periods);
      const args = { sheet, cell: at, header: cell.display, range, ...(before && { before }) };
      issues.push(warning('figures-header-unknown', args, { sheet, cell: at }));
    }
  }
  return { columns: out, issues };
}

/** "Previous year", "Last year actual": the year before, with nothing to say whether its outturn or the latest period's figure then. */
const YEAR_BEFORE_ONLY = /^(?:previous|last|prior) years?(?: (?:actual|actuals|result|position|figure))?$/;

/**
 * What a column headed only "Previous year" after the periods may hold: the year before's outturn,
 * or the latest quarter's or month's figure a year before (a fire service's "Previous year" holds
 * the quarter's count). Neither is read (see headerRow's `withYearEndBefore`); the warning names both.
 * Null for any other header, or where the table's latest period is not a quarter or a month.
 */
function yearBeforeAfter(cell: HeaderCell, periods: readonly Period[]): { year: string; same: string } | null {
  if (periods.length === 0 || !YEAR_BEFORE_ONLY.test(headerKey(cell.display))) return null;
  const latest = periods.reduce((a, b) => (b.sortKey > a.sortKey ? b : a));
  if (latest.kind !== 'quarter' && latest.kind !== 'month') return null;
  const same = sameTimeYearBefore(latest);
  return same ? { year: financialYearLabel(latest.fyStart - 1), same: same.label } : null;
}
