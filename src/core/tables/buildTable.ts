import { namesRepeat, periodOfEveryRow, periodsInRowsIssues } from './periodsDown';
import { nameQualifierIssues, nameQualifiers } from './nameQualifiers';
import { pushAll } from '../arrays';
import { boundsToA1, colToLetters, parseA1, toA1 } from '../address';
import { comparePeriods } from '../periods/periodOrder';
import type { Period } from '../periods/types';
import type { ColumnInfo, DetectedTable, UnreadTable } from './types';
import type { Issue } from '../warnings';
import type { SheetGrid } from '../values/types';
import { warning } from '../warningMessages';
import { cellRole, type HeaderCell, type HeaderScan, isOurLabelHeader, rowAbove } from './headerRow';
import { buildColumns } from './tableColumns';
import { readBody } from './tableBody';
import { cellValue } from './gridAccess';
import { isBlank } from './headerText';
import { parseSheetRag } from '../values/sheetRag';
import { unreadColumns } from './unreadFigures';
import { namesBesideRefs } from './namesBesideRefs';
import { unitsBesideNames } from './unitsBesideNames';
import { secondNameColumn } from './secondNameColumn';
import { classifyHeader } from './columnRoles';
import { parseNumber } from '../values/parseNumber';

/** How a table is being built: from a detected header, a configured header row or an Excel table. */
export interface TableSource {
  readonly headerRow: number;
  /** Last row of an Excel table; undefined for a plain range, whose body ends by itself. */
  readonly lastRow?: number;
  readonly tableName: string | null;
  /** Bounds, when fixed (an Excel table); else the header cells' span. */
  readonly left?: number;
  readonly right?: number;
  /** Opening words of the reason: "Excel table 'KPIs'", "header row 4 set by configuration". */
  readonly origin: string;
  /** True when `row` holds another header within the table's columns, which ends a plain range. */
  readonly isHeader: (row: number, left: number, right: number) => boolean;
}

/**
 * Splits a header row into the header groups of side-by-side tables. Runs of adjacent header
 * cells are joined across gaps of one or two blank columns; a run holding a name column starts a
 * new table, and a run without one belongs to the table on its left (or, at the start, right).
 * Our own label column, written on an earlier run in the blank column after a table, ends that
 * table's run: it is not the user's, and does not join the table to the one beside it.
 */
export function splitGroups(cells: readonly HeaderCell[]): HeaderCell[][] {
  const runs: HeaderCell[][] = [];
  for (const cell of cells) {
    const run = runs[runs.length - 1];
    const last = run?.[run.length - 1];
    if (last && cell.col === last.col + 1 && !isOurLabelHeader(last)) run.push(cell);
    else runs.push([cell]);
  }
  const groups: HeaderCell[][] = [];
  let pending: HeaderCell[] = [];
  for (const run of runs) {
    const hasName = run.some((c) => cellRole(c) === 'name');
    const current = groups[groups.length - 1];
    const near = current !== undefined && run[0].col - current[current.length - 1].col <= 3;
    if (hasName) {
      const lead = pending.length > 0 && run[0].col - pending[pending.length - 1].col <= 3 ? pending : [];
      groups.push([...lead, ...run]);
      pending = [];
    } else if (near && pending.length === 0) for (const cell of run) current.push(cell);
    else pending = [...pending, ...run];
  }
  return groups;
}

function describe(columns: readonly ColumnInfo[]): string {
  const name = columns.find((c) => c.role === 'name');
  const periods = columns.flatMap((c) => (c.role === 'period' && c.period ? [c.period] : [])).sort(comparePeriods);
  const parts = [`indicator names in ${colToLetters(name?.col ?? 0)} ('${name?.header}')`];
  if (periods.length > 0) {
    const span = (p: Period[]): string => (p.length === 1 ? p[0].label : `${p[0].label} to ${p[p.length - 1].label}`);
    parts.push(`${periods.length} period column${periods.length === 1 ? '' : 's'} (${span(periods)})`);
  }
  const targets = columns.filter(
    (c) => c.role === 'target' || c.role === 'targetLower' || c.role === 'targetUpper',
  ).length;
  if (targets > 0) parts.push(targets === 1 ? 'a target column' : `${targets} target columns`);
  return parts.join(', ');
}

/** Roles whose columns a heading over them may give a period of their own: "2016/17 Target and Tolerances". */
const HEADED_ROLES = new Set(['target', 'targetLower', 'targetUpper', 'tolerance', 'benchmark']);

/**
 * Whether a title found just above the header is the heading of some of the table's targets,
 * tolerances or benchmarks ("2016/17 Target and Tolerances" merged over "Target | Stat Neigh
 * Ave", beside the months of 2016/17): the period it names is theirs, not the figures' to report on.
 */
function headsOtherColumns(grid: SheetGrid, cell: string | null, top: number, columns: readonly ColumnInfo[]): boolean {
  const at = cell === null ? null : parseA1(cell);
  if (!at || at.row !== top - 1) return false;
  const merged = grid.merges?.find((m) => m.top === at.row && m.left === at.col);
  const right = merged ? merged.right : at.col;
  const under = columns.filter((c) => c.col >= at.col && c.col <= right);
  return under.length > 0 && under.every((c) => HEADED_ROLES.has(c.role));
}

/** The table's first and last columns: the source's, or those its header cells span. */
function cellSpan(cells: readonly HeaderCell[], src: TableSource): { left: number; right: number } {
  let left = Infinity;
  let right = -Infinity;
  for (const c of cells) {
    left = Math.min(left, c.col);
    right = Math.max(right, c.col);
  }
  return { left: src.left ?? left, right: src.right ?? right };
}

/**
 * Builds one table from its header cells, or says why it cannot: a table needs a column of
 * indicator names (detected or configured).
 */
export function buildTable(
  scan: HeaderScan,
  cells: readonly HeaderCell[],
  src: TableSource,
): { table: DetectedTable | null; issue: Issue | null; unread?: UnreadTable } {
  const sheet = scan.grid.name;
  const built = buildColumns(cells, sheet, src.headerRow, () => scan.titlePeriod(src.headerRow) !== null);
  let { columns, warnings } = built;
  if (!columns.some((c) => c.role === 'name')) {
    const { left, right } = cellSpan(cells, src);
    // The header row looked at, by its cells and its headers, so the officer can find it.
    const range = boundsToA1({ top: src.headerRow, left, bottom: src.headerRow, right });
    const headers = cells.map((c) => c.display).filter((h) => h !== '');
    const args = { sheet, origin: src.origin, row: src.headerRow, range, headers };
    const issue = warning('table-without-name', args, { sheet, cell: range });
    const unread: UnreadTable = {
      sheet,
      tableName: src.tableName,
      headerRow: src.headerRow,
      left,
      right,
      columns,
      reason: issue.message,
    };
    return { table: null, issue, unread };
  }
  for (const cell of cells) if (cell.config) scan.config?.used.add(cell.config.key);
  const { left, right } = cellSpan(cells, src);
  // The rows are read within the officer's own headers: our label column, put past any cells of
  // theirs beside the table on an earlier run, must not bring those cells into it on the next.
  const bodyRight =
    src.right ??
    cellSpan(
      cells.filter((c) => !isOurLabelHeader(c)),
      src,
    ).right;
  const fixed = src.lastRow !== undefined;
  // A second column headed as the names, left unread: the names beside references ("KPI |
  // Description", the first holding 1, 2, 3), or the units ("Indicator | Measure", holding "%", "£k").
  const pair = secondNameColumn(cells, columns);
  const area = pair && {
    grid: scan.grid,
    pair,
    columns,
    headerRow: src.headerRow,
    lastRow: src.lastRow ?? scan.grid.values.length - 1,
  };
  const second = area && (namesBesideRefs(area) ?? unitsBesideNames(area));
  if (pair && second) {
    const cell = toA1(src.headerRow, pair.other.col);
    columns = second.columns;
    warnings = [...warnings.filter((w) => !(w.code === 'duplicate-role' && w.cell === cell)), second.note];
  }
  const bounds = {
    headerRow: src.headerRow,
    left,
    right: bodyRight,
    fixed,
    claimed: scan.claimed,
    isHeader: (row: number) => src.isHeader(row, left, bodyRight),
    lastRow: src.lastRow ?? scan.grid.values.length - 1,
  };
  let body = readBody(scan.grid, columns, bounds);
  // A column headed as a period whose cells are all ratings ("Q1 Performance": RED, GREEN, as
  // Havering's children's report has it) is the sheet's own RAG for that period, not its figures.
  const rated = ratingColumns(scan.grid, columns, cells, body.rows);
  if (rated.size) {
    columns = columns.map((c) => rated.get(c.col) ?? c);
    const at = new Set([...rated.keys()].map((col) => toA1(src.headerRow, col)));
    warnings = warnings.filter((w) => !(w.code === 'duplicate-period' && w.cell !== undefined && at.has(w.cell)));
    body = readBody(scan.grid, columns, bounds);
  }
  // A direction-of-travel column whose header names the period it compares with, and whose cells are
  // figures ("Short Term DOT against 2022/23 (Q4)": 67.2), holds that period's figures.
  const compared = comparedColumns(scan.grid, columns, body.rows);
  if (compared.size) {
    columns = columns.map((c) => compared.get(c.col) ?? c);
    body = readBody(scan.grid, columns, bounds);
    for (const c of compared.values()) {
      const at = { sheet, cell: toA1(src.headerRow, c.col) };
      warnings = [...warnings, warning('dot-column-figures', { ...at, header: c.header, period: c.period!.label }, at)];
    }
  }
  // One period on every row, beside one column headed "Actual": that column is the period's, as under a title naming it.
  const given = periodOfEveryRow(scan.grid, columns, body.rows);
  if (given) {
    const { period, from, figures, own, every } = given;
    const reason = own.length
      ? `header '${figures.header}' names no period: read as ${period.label}, the latest the rows give in column '${from.header}', and on the rows that give an earlier one as theirs`
      : `header '${figures.header}' names no period: read as ${period.label}, which every row gives in column '${from.header}'`;
    columns = columns.map((c) => (c === figures ? { ...c, role: 'period' as const, period, reason } : c));
    body = readBody(scan.grid, columns, bounds);
    if (every.length) {
      // Every row its own period, the latest's rows too: a report on a later period (another table's)
      // takes each row's latest figure, named with its period, not the earlier rows' alone.
      const byRow = new Map(every.map((o) => [o.row, o.period]));
      body = {
        ...body,
        rows: body.rows.map((r) => {
          const p = byRow.get(r.row);
          return p ? { ...r, ownPeriod: { col: figures.col, period: p } } : r;
        }),
      };
    }
    const cell = toA1(src.headerRow, figures.col);
    const earlier = own.map((o) => ({ cell: toA1(o.row, figures.col), period: o.period.label }));
    const args = { sheet, cell, header: figures.header, period: period.label, from, earlier };
    warnings = [
      ...warnings.filter((w) => w.code !== 'value-column-no-period'),
      warning('period-from-rows', args, { sheet, cell }),
    ];
  }
  const top = !fixed && cells.some((c) => c.usesAbove) ? rowAbove(scan.grid, src.headerRow) : src.headerRow;
  // Periods given row by row explain an "Actual" column without one better than a title would.
  let inRows = periodsInRowsIssues(scan.grid, columns, body.rows);
  // A title's year for "Actual" does not hold where the rows give their own periods, an indicator on
  // a row for each ("data download 2024/25" over "Ref | Indicator | Period | Actual | Target"): the
  // figures are not the year's, and the layout is said, as it is under no title.
  const titled = new Set(cells.filter((c) => c.cls?.role === 'period' && c.cls.fromTitle).map((c) => c.col));
  if (inRows.length === 0 && titled.size > 0 && namesRepeat(scan.grid, columns, body.rows)) {
    const untitled = columns.map((c) =>
      titled.has(c.col) && c.role === 'period'
        ? {
            ...c,
            role: 'ignore' as const,
            period: undefined,
            reason: `header '${c.header}' names no period, and the rows give their own, an indicator on a row for each`,
          }
        : c,
    );
    const again = periodsInRowsIssues(scan.grid, untitled, body.rows);
    if (again.length > 0) {
      columns = untitled;
      inRows = again;
    }
  }
  const headerWarnings = inRows.length ? warnings.filter((w) => w.code !== 'value-column-no-period') : warnings;
  // Titles are above the whole header: the row of periods over a row of "Value" is not one.
  const title = scan.titlePeriod(top);
  const named = title && !headsOtherColumns(scan.grid, title.cell, top, columns) ? title : null;
  const said = new Set(headerWarnings.flatMap((w) => (w.sheet === sheet && w.cell ? [w.cell] : [])));
  const unread = unreadColumns(scan.grid, cells, columns, body.rows, src.headerRow, said);
  columns = unread.columns;
  const unknown = unread.issues;
  // Rows of one name told apart by another column ("Sex": Male, Female): each named with its words.
  const qualifiers = inRows.length ? null : nameQualifiers(scan.grid, columns, body.rows);
  if (qualifiers?.size) {
    body = {
      ...body,
      rows: body.rows.map((r) => (qualifiers.has(r.row) ? { ...r, qualifier: qualifiers.get(r.row) } : r)),
    };
    pushAll(unknown, nameQualifierIssues(scan.grid, columns, qualifiers));
  }
  const table: DetectedTable = {
    sheet,
    tableName: src.tableName,
    headerRow: src.headerRow,
    top,
    bottom: body.bottom,
    left,
    right,
    columns,
    rows: body.rows,
    reason: `${src.origin}: ${describe(columns)}`,
    warnings: [...headerWarnings, ...unknown, ...body.warnings, ...inRows],
    ...(named && { named: { period: named.value, cell: named.cell, text: named.text } }),
  };
  return { table, issue: null };
}

/** "Short Term DOT against 2022/23 (Q4)", "Direction of travel compared with Q1 2022/23": the period after the word of comparison. */
const COMPARED_WITH =
  /\b(?:dot|direction of travel|trend)\b.*?\b(?:against|compared (?:with|to)|vs\.?|versus)\s+(.+)$/i;

/**
 * The direction-of-travel columns, left unread, whose header names the period they compare with and
 * whose cells are figures (two or more, and nothing but figures and blanks): each as that period's
 * figures, where no other column has the period.
 */
function comparedColumns(
  grid: SheetGrid,
  columns: readonly ColumnInfo[],
  rows: readonly { readonly row: number }[],
): Map<number, ColumnInfo> {
  const out = new Map<number, ColumnInfo>();
  for (const c of columns) {
    if (c.role !== 'ignore' || c.source === 'config') continue;
    const named = COMPARED_WITH.exec(c.header);
    const cls = named ? classifyHeader(named[1]) : null;
    const period = cls?.role === 'period' ? cls.period : undefined;
    if (!period || columns.some((o) => o.role === 'period' && o.period?.label === period.label)) continue;
    let numbers = 0;
    let other = false;
    for (const { row } of rows) {
      const raw = cellValue(grid, row, c.col);
      if (isBlank(raw)) continue;
      if (typeof raw === 'number' || parseNumber(raw).value !== null) numbers++;
      else other = true;
      if (other) break;
    }
    if (other || numbers < 2) continue;
    const reason = `header '${c.header}' compares with ${period.label}, and its cells are figures: read as that period's figures`;
    out.set(c.col, { col: c.col, header: c.header, source: c.source, role: 'period', period, reason });
  }
  return out;
}

/**
 * The columns headed as a period (read as one, or left unread as a second column for it) whose
 * cells, two or more, are all ratings (Green, Amber, Red and their like): each as the sheet's RAG
 * column for that period, by column.
 */
function ratingColumns(
  grid: SheetGrid,
  columns: readonly ColumnInfo[],
  cells: readonly HeaderCell[],
  rows: readonly { readonly row: number }[],
): Map<number, ColumnInfo> {
  const out = new Map<number, ColumnInfo>();
  for (const c of columns) {
    const period =
      c.role === 'period'
        ? c.period
        : c.role === 'ignore'
          ? cells.find((h) => h.col === c.col)?.cls?.period
          : undefined;
    if (!period || c.source === 'config') continue;
    let ratings = 0;
    let other = false;
    for (const { row } of rows) {
      const raw = cellValue(grid, row, c.col);
      if (isBlank(raw)) continue;
      const rag = parseSheetRag(raw)?.rag;
      if (rag === 'green' || rag === 'amber' || rag === 'red') ratings++;
      // ("n/a", "No target": a status that is not a rating, as a RAG column has for some rows.)
      else if (rag !== 'none') other = true;
      if (other) break;
    }
    if (other || ratings < 2) continue;
    const reason = `header '${c.header}' names the period ${period.label}, and its cells are all ratings: the sheet's own RAG for it, read to compare with ours`;
    out.set(c.col, { col: c.col, header: c.header, source: c.source, role: 'rag', period, reason });
  }
  return out;
}
