import { datesTheDocument, figuresPeriodInText, yearToDateInText, namesComparedPeriod } from '../periods/parsePeriod';
import { findFinancialYear, monthFinancialYear, namedFinancialYear } from '../periods/periodTokens';
import type { TableConfig } from '../config/types';
import type { DetectedTable, UnreadTable } from './types';
import type { RawValue, SheetGrid } from '../values/types';
import type { Issue } from '../warnings';
import { warning } from '../warningMessages';
import { classifyHeader, headBeforeSeparator } from './columnRoles';
import { SYNONYMS } from './headerSynonyms';
import { buildTable, splitGroups, type TableSource } from './buildTable';
import { gridWidth, inAny, type Rect } from './gridAccess';
import {
  cellRole,
  makesTable,
  isCodeAndName,
  readHeaderRow,
  rowAbove,
  rowBelow,
  isBlankRow,
  scoreHeader,
  type HeaderCell,
  type HeaderScan,
  type TitleFind,
} from './headerRow';
import { matchConfig } from './tableConfig';
import { totalRowIssue } from './totalRows';
import { colToLetters, toA1 } from '../address';
import { parseNumber } from '../values/parseNumber';

/** How many rows above a header are searched for a title naming the financial year, or the figures' period. */
const TITLE_ROWS = 6;

/**
 * What the nearest title above a row names, read by `read` (the rows above it, within
 * {@link TITLE_ROWS}, left to right, skipping other tables), else what the sheet's name does, with
 * the title's cell (null for the sheet's name). The rows of a table found above are passed over, not
 * counted: one title over blocks under the same headings (Anglesey's scorecard, its financial block
 * thirteen rows below the title, the first block between) is the title of each. Memoised by row,
 * until another table is claimed.
 */
function fromTitles<T>(
  grid: SheetGrid,
  claimed: readonly Rect[],
  read: (text: string) => T | null,
  sheetName = true,
): (row: number) => TitleFind<T> | null {
  const memo = new Map<number, TitleFind<T> | null>();
  // A table found since is not a title's place: a row of its figures above the next ("2022/23" in a
  // column of periods) was read as the next table's title when asked before the table was claimed.
  let tables = claimed.length;
  return (row) => {
    if (claimed.length !== tables) {
      memo.clear();
      tables = claimed.length;
    }
    let found = memo.get(row);
    if (found === undefined) {
      found = null;
      for (let r = row - 1, looked = 0; r >= 0 && looked < TITLE_ROWS && found === null; r--) {
        const above = tableOnRow(claimed, r);
        if (above) {
          r = above.top; // the loop's step goes on from the row above it
          continue;
        }
        looked++;
        const cells = grid.values[r] ?? [];
        for (let c = 0; c < cells.length && found === null; c++) {
          const v = cells[c];
          if (typeof v !== 'string' || inAny(claimed, r, c)) continue;
          const value = read(v);
          if (value !== null) found = { value, cell: toA1(r, c), text: v };
        }
      }
      if (found === null && sheetName) {
        const value = read(grid.name);
        if (value !== null) found = { value, cell: null, text: grid.name };
      }
      memo.set(row, found);
    }
    return found;
  };
}

/** A table already found whose rows include `row`, if any. */
function tableOnRow(claimed: readonly Rect[], row: number): Rect | null {
  for (const t of claimed) if (row >= t.top && row <= t.bottom) return t;
  return null;
}

/**
 * What the title rows around a table name: the financial year, and the period of its figures. A
 * year the titles name ("Scorecard Quarter 2: 2013/14") comes before one a month gives in another
 * line ("Performance to December 2013"), and a line that dates the document ("Dated: 17th January
 * 2013", "Published May 2024") gives none: a report is often made after its year has ended.
 */
function titleScan(
  grid: SheetGrid,
  claimed: readonly Rect[],
): Pick<HeaderScan, 'titleYear' | 'titlePeriod' | 'titleYearToDate'> {
  // A key or a note that names the period the figures are compared with ("… compared with Quarter 3
  // 2023/24") names no year of theirs.
  const named = fromTitles(grid, claimed, (t) => (namesComparedPeriod(t) ? null : namedFinancialYear(t)), false);
  const month = fromTitles(grid, claimed, (t) => (datesTheDocument(t) ? null : monthFinancialYear(t)), false);
  const sheetYear = findFinancialYear(grid.name);
  return {
    titleYear: (row) => named(row)?.value ?? month(row)?.value ?? sheetYear,
    titlePeriod: fromTitles(grid, claimed, figuresPeriodInText),
    titleYearToDate: fromTitles(grid, claimed, yearToDateInText),
  };
}

type Candidate = { cells: HeaderCell[]; qualifies: boolean; score: number };
const NONE: Candidate = { cells: [], qualifies: false, score: 0 };

function wordCount(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = text.charCodeAt(i) <= 32;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

/**
 * The first words of the name column's synonyms (see `headerSynonyms.ts`), standing as words: a
 * header can only mean the indicator name when one of them is among its words. Checked first, on
 * the lower-cased text, because most text cells are indicator names and references ("PI123").
 */
const NAME_WORD = new RegExp(
  `(?:^|[^a-z0-9%#/])(?:${[
    ...new Set((SYNONYMS.find((g) => g.role === 'name')?.phrases ?? []).map((p) => p.split(' ')[0])),
  ].join('|')})(?![a-z0-9%#/])`,
);

const NO_COLUMNS: readonly number[] = [];

/**
 * Reads rows as headers. A row is only read in full when it (or the row above, for a two-row
 * header) has a cell that names the indicator column: most rows are body rows, and this keeps
 * large sheets quick.
 */
function headerReader(scan: HeaderScan): (row: number, left: number, right: number) => Candidate {
  const known = new Map<string, boolean>();
  const isNameHeader = (v: RawValue): boolean => {
    // A name header has at most a few words; indicator names, which fill most text cells, have more.
    // One that says which indicators follow has them after a dash: "INDICATORS - EARLY HELP BOROUGH WIDE".
    if (typeof v !== 'string') return false;
    const head = v.length > 60 || wordCount(v) > 6 ? headBeforeSeparator(v) : v;
    if (head === null || head.length > 60 || wordCount(head) > 6) return false;
    let answer = known.get(v);
    if (answer === undefined) {
      answer =
        (NAME_WORD.test(v.toLowerCase()) && (classifyHeader(v)?.role === 'name' || isCodeAndName(v))) ||
        (scan.config?.namesHeader(v) ?? false);
      known.set(v, answer);
    }
    return answer;
  };
  // Each row is asked about several times (as a candidate, as the row above the next, and again as
  // a table's body runs down): its columns that name the indicators are found once.
  const nameCols = new Map<number, readonly number[]>();
  const hasName = (row: number, left: number, right: number): boolean => {
    let cols = nameCols.get(row);
    if (cols === undefined) {
      const cells = scan.grid.values[row] ?? [];
      const found: number[] = [];
      for (let col = 0; col < cells.length; col++) if (isNameHeader(cells[col] ?? null)) found.push(col);
      cols = found.length ? found : NO_COLUMNS;
      nameCols.set(row, cols);
    }
    for (const col of cols) if (col >= left && col <= right) return true;
    return false;
  };
  return (row, left, right) => {
    // The row above, or the one across a blank spacer row under merged period headers.
    const above = row > 0 ? rowAbove(scan.grid, row) : -1;
    const maybe =
      scan.config?.namesByLetter || hasName(row, left, right) || (above >= 0 && hasName(above, left, right));
    if (!maybe) return NONE;
    const own = readHeaderRow(scan, row, left, right, false, above);
    const ownScore = scoreHeader(own);
    if (above >= 0 && ownScore.detected >= 2) {
      const merged = readHeaderRow(scan, row, left, right, true, above);
      const mergedScore = scoreHeader(merged);
      if (mergedScore.qualifies && (!ownScore.qualifies || mergedScore.score > ownScore.score))
        return { cells: merged, ...mergedScore };
    }
    return { cells: own, ...ownScore };
  };
}

/**
 * Finds the indicator tables on a sheet.
 *
 * Excel tables (`grid.tables`) are taken first, one table each, with their first row as the
 * header. Elsewhere a header row is a row with a column of indicator names and at least one
 * period or target column; it need not be row 1. Of two such rows one above the other, the one
 * with more recognised headers wins (so a two-row header, "2021/22" over "Q1 … Q4", is read as
 * one). A header row may hold several tables side by side, separated by blank columns. A plain
 * table runs down until two blank rows in a row, the next header row or another table; its
 * rows, sections and bounds are as `readBody` (tableBody.ts) describes.
 *
 * `config` (one or more: for this sheet, or for one Excel table on it by name) sets roles by header text or
 * column letter (`source: 'config'`, reason "set by configuration") and may fix the header row
 * (1-based): then that row is the sheet's only plain table and nothing else is searched for.
 *
 * An Excel table (or a configured header row) without a column of indicator names is not read:
 * it comes back in `unread`, with its columns, so that one can be given that role.
 *
 * Every header in a table's span gets a column; one that means nothing known is 'ignore' with
 * a reason saying so. A table's own warnings (its headers and rows) are in `table.warnings`;
 * `issues` holds the rest: the configuration, and Excel tables left out. Report both. A sheet
 * without a table gives no tables and no issue. Tables come in sheet order, top to bottom, then
 * left to right.
 */
export function findTables(
  grid: SheetGrid,
  config: TableConfig | readonly TableConfig[] = [],
): { tables: DetectedTable[]; issues: Issue[]; unread: UnreadTable[] } {
  const matched = matchConfig(grid, 'sheet' in config ? [config] : config);
  const issues: Issue[] = [...matched.issues];
  const listObjects = grid.tables ?? [];
  const claimed: Rect[] = listObjects.map(({ top, left, bottom, right }) => ({ top, left, bottom, right }));
  const titles = titleScan(grid, claimed);
  const tables: DetectedTable[] = [];
  const unread: UnreadTable[] = [];
  const add = (built: ReturnType<typeof buildTable>): DetectedTable | null => {
    if (built.issue) issues.push(built.issue);
    if (built.table) tables.push(built.table);
    if (built.unread) unread.push(built.unread);
    return built.table;
  };

  listObjects.forEach((lo, i) => {
    const own = matched.listObjects.get(lo.name) ?? matched.sheet;
    const scan: HeaderScan = { grid, claimed: claimed.filter((_, j) => j !== i), config: own, ...titles };
    const cells = readHeaderRow(scan, lo.top, lo.left, lo.right, false);
    // A shown totals row is the table's last row: it holds totals, not an indicator.
    const totals = lo.totalsRow === true && lo.bottom > lo.top;
    const table = add(
      buildTable(scan, cells, {
        headerRow: lo.top,
        lastRow: totals ? lo.bottom - 1 : lo.bottom,
        left: lo.left,
        right: lo.right,
        tableName: lo.name,
        origin: `Excel table '${lo.name}'`,
        isHeader: () => false,
      }),
    );
    if (table && totals)
      issues.push(totalRowIssue(grid.name, toA1(lo.bottom, lo.left), { kind: 'table', table: lo.name }));
  });

  const scan: HeaderScan = { grid, claimed, config: matched.sheet, ...titles };
  const width = gridWidth(grid);
  const candidateAt = headerReader(scan);
  const isHeader: TableSource['isHeader'] = (row, left, right) => candidateAt(row, left, right).qualifies;
  const claim = (t: DetectedTable | null): void => {
    if (t) claimed.push({ top: t.top, left: t.left, bottom: Math.max(t.bottom, t.headerRow), right: t.right });
  };
  const forced = matched.sheet?.config.headerRow;
  if (forced !== undefined) {
    const row = forced - 1;
    if (row < 0 || isBlankRow(grid, row)) {
      issues.push(warning('config-header-row-empty', { sheet: grid.name, row: forced }, { sheet: grid.name }));
    } else {
      const cells = readHeaderRow(scan, row, 0, width - 1, false);
      claim(
        add(
          buildTable(scan, cells, {
            headerRow: row,
            tableName: null,
            origin: `Header row ${forced} set by configuration`,
            isHeader,
          }),
        ),
      );
    }
  } else {
    for (let row = 0; row < grid.values.length; row++) {
      let best = candidateAt(row, 0, width - 1);
      if (!best.qualifies) continue;
      // The header's second row, below it or across a blank spacer row.
      const nextRow = row + 1 < grid.values.length ? rowBelow(grid, row + 1) : -1;
      const next = nextRow >= 0 ? candidateAt(nextRow, 0, width - 1) : null;
      if (next?.qualifies && next.score > best.score) best = next;
      const headerRow = next === best ? nextRow : row;
      for (const group of splitGroups(best.cells)) {
        if (!makesTable(group, group.map(cellRole))) continue;
        claim(
          add(
            buildTable(scan, group, {
              headerRow,
              tableName: null,
              origin: `Row ${headerRow + 1} holds the headers`,
              isHeader,
            }),
          ),
        );
      }
      row = headerRow;
    }
  }

  for (const columns of [matched.sheet, ...matched.listObjects.values()]) {
    if (columns) for (const issue of columns.unused(grid.name)) issues.push(issue);
  }
  tables.sort((a, b) => a.top - b.top || a.left - b.left);
  return { tables, issues, unread };
}

/** How far down a sheet {@link namelessHeader} looks: a scorecard's header is near its top. */
const NAMELESS_ROWS = 30;

/** A row that reads as an indicator table's header but for its column of indicator names. */
export interface NamelessHeader {
  readonly sheet: string;
  /** Zero-based. */
  readonly row: number;
  /** The header row's cells, "A3:E3". */
  readonly range: string;
  /** Its headers, as shown. */
  readonly headers: readonly string[];
  /** The column most likely to hold the names (the wordiest left of the figures, else the first whose header means nothing known), "A". */
  readonly nameColumn: string;
  /** What the row has, for a message: "period and target columns", "period columns" or "a target column". */
  readonly has: string;
}

/** How many rows under a header {@link namelessHeader} looks in for figures, when asked for either column. */
const FIGURES_BELOW = 10;

/**
 * The first row near the top of a sheet with a period column and a target column (or three period
 * columns) but no column that names the indicators (headed, say, "Area" or "KPI"): where an officer should look when no
 * table is found, since naming that column in a configuration makes it one. With `either`, a period
 * or a target column will do, with two figures or more beneath them ("Fraud type | Q4 | Target"
 * on a sheet beside others that are read). Null when there is none.
 */
export function namelessHeader(grid: SheetGrid, either = false): NamelessHeader | null {
  const found = namelessRow(grid, either);
  if (!found) return null;
  const { row, cells } = found;
  const range = rowRange(row, cells);
  // The column left of the figures with the most words beneath it, where one has a name; else the
  // first whose header means nothing known (Fife's "Performance" over a blank, then 'Value | Value | Target').
  const figures = figureColumns(cells);
  const firstFigures = figures.length ? figures.reduce((a, b) => Math.min(a, b)) : 0;
  const wordiest = namesBelow(grid, row, firstFigures, 1, false);
  const guess =
    cells.find((c) => {
      const r = cellRole(c);
      return r === null || r === 'ignore';
    }) ?? cells[0];
  const headers = cells.map((c) => c.display).filter((h) => h !== '');
  const roles = cells.map(cellRole);
  const periods = roles.includes('period');
  const has =
    periods && roles.includes('target') ? 'period and target columns' : periods ? 'period columns' : 'a target column';
  return { sheet: grid.name, row, range, headers, nameColumn: colToLetters(wordiest?.col ?? guess.col), has };
}

/**
 * A header row's cells make a table of indicators without their names' column: a period and a
 * target, or three periods or more, each a different one (a monthly tracker of context measures,
 * Apr to Mar, with no targets; not a chart's sample data, its months repeated).
 */
function periodsAndTarget(cells: readonly HeaderCell[]): boolean {
  const periods = new Set<string>();
  let count = 0;
  let target = false;
  for (const c of cells) {
    const role = cellRole(c);
    if (role === 'target') target = true;
    if (role !== 'period') continue;
    count++;
    periods.add(c.cls?.period?.label ?? c.display);
  }
  return count > 0 && (target || (count >= 3 && periods.size === count));
}

/** The rows near the top of a sheet ({@link NAMELESS_ROWS}), each with its cells read as a header. */
function* headerRowsNearTop(grid: SheetGrid): Generator<{ row: number; cells: HeaderCell[] }> {
  const scan: HeaderScan = { grid, claimed: [], config: null, ...titleScan(grid, []) };
  const width = gridWidth(grid);
  for (let row = 0; row < Math.min(grid.values.length, NAMELESS_ROWS); row++)
    yield { row, cells: readHeaderRow(scan, row, 0, width - 1, false) };
}

/** A header row's cells as a range, from its leftmost cell to its rightmost: "A3:E3". */
function rowRange(row: number, cells: readonly HeaderCell[]): string {
  let left = Infinity;
  let right = -Infinity;
  for (const c of cells) {
    left = Math.min(left, c.col);
    right = Math.max(right, c.col);
  }
  return `${toA1(row, left)}:${toA1(row, right)}`;
}

/** The row {@link namelessHeader} finds, and its header cells as read. */
function namelessRow(grid: SheetGrid, either: boolean): { row: number; cells: HeaderCell[] } | null {
  for (const found of headerRowsNearTop(grid)) {
    const { row, cells } = found;
    if (cells.some((c) => cellRole(c) === 'name')) continue;
    if (either ? !figuresBelow(grid, row, cells) : !periodsAndTarget(cells)) continue;
    return found;
  }
  return null;
}

/** A header of a budget monitoring table: a budget, a forecast, an outturn projection or a variance. */
const BUDGET_HEADER = /\b(?:budgets?|forecasts?|projected|projection|variances?)\b/i;

/** A header row of budgets and forecasts ("Original Budget | Latest Forecast Outturn | Forecast Variance"), where no table was read. */
export interface BudgetHeader {
  readonly sheet: string;
  /** The header row's cells, "A5:H5". */
  readonly range: string;
  /** Its headers of budgets, forecasts and variances, as shown, each once. */
  readonly headers: readonly string[];
}

/**
 * The first row near the top of a sheet headed as a budget monitoring table — two columns of
 * budgets, forecasts or variances or more, with figures beneath them, and no period or target
 * column — so that the officer learns why it was not read: the engine rates indicators against
 * targets, and budgets against forecasts are not that. Null when there is none.
 */
export function budgetHeader(grid: SheetGrid): BudgetHeader | null {
  for (const { row, cells } of headerRowsNearTop(grid)) {
    if (figureColumns(cells).length) continue;
    const budget = cells.filter((c) => BUDGET_HEADER.test(c.display) && figuresUnder(grid, row, c.col));
    if (budget.length < 2) continue;
    return { sheet: grid.name, range: rowRange(row, cells), headers: [...new Set(budget.map((c) => c.display))] };
  }
  return null;
}

/**
 * A table near the top of a sheet with a RAG or status column of its own but no period or target
 * column, and rows under it: a tracker of actions or projects ("Ref | Action | Due | Status | RAG |
 * Comment"), which holds no indicator to read. Its header row as a range, and its headers as shown;
 * null for anything else. At least three of its headers must mean something, so that a key ("RAG |
 * Meaning") is not taken for one.
 */
export function ragTableHeader(grid: SheetGrid): BudgetHeader | null {
  for (const { row, cells } of headerRowsNearTop(grid)) {
    const roles = cells.map(cellRole);
    if (!roles.includes('rag') || roles.some((r) => r === 'period' || r === 'target')) continue;
    if (roles.filter((r) => r !== null && r !== 'ignore').length < 3) continue;
    const below = grid.values.slice(row + 1, row + 4).filter((r) => r?.some((v) => v !== null && v !== '')).length;
    if (below === 0) continue;
    return { sheet: grid.name, range: rowRange(row, cells), headers: cells.map((c) => c.display) };
  }
  return null;
}

/** True when one of the rows under `row` holds a number in `col`. */
function figuresUnder(grid: SheetGrid, row: number, col: number): boolean {
  for (let r = row + 1; r <= row + FIGURES_BELOW; r++) if (typeof grid.values[r]?.[col] === 'number') return true;
  return false;
}

/** Where a header row leaves its column of names unheaded: the column, its blank header and the first name below it. */
export interface UnheadedNames {
  readonly row: number;
  readonly col: number;
  /** The first name below the blank header, as written. */
  readonly first: string;
  readonly firstRow: number;
  /** The section's title standing in the header cell, where it is not blank. */
  readonly title?: string;
}

/**
 * A section's title in a header cell, where the names' header should be ("Whole Council Health –
 * Performance Management", as Anglesey heads its names): four words or more that mean no known
 * header. A short header that means nothing known ("Fraud type") may be a column of something else.
 */
function isSectionTitle(head: RawValue | undefined): head is string {
  return typeof head === 'string' && wordCount(head) >= 4 && classifyHeader(head) === null;
}

/** Rows below a header looked at for names under a blank header cell. */
const NAMES_BELOW = 30;

/**
 * The column of indicator names under a blank header: where a row near the top of a sheet has
 * period and target columns (or three periods) with figures below them but no column headed as the names (as
 * Oxfordshire's dashboards leave the top-left cell empty), the column left of its figures whose
 * header cell is blank, or holds a section's title, and which holds the most words below it, two
 * names at least (text with letters, not a bare code or a reason for no figure). Null when there is none.
 */
export function unheadedNames(grid: SheetGrid): UnheadedNames | null {
  const header = namelessRow(grid, false);
  if (!header) return null;
  const { cells } = header;
  const figures = figureColumns(cells);
  if (!figures.length || !figuresBelow(grid, header.row, cells)) return null;
  const firstFigures = figures.reduce((a, b) => Math.min(a, b));
  const best = namesBelow(grid, header.row, firstFigures, 2, true);
  if (!best) return null;
  const head = grid.values[header.row]?.[best.col];
  const title = isSectionTitle(head) ? { title: head } : {};
  return { row: header.row, col: best.col, first: best.first, firstRow: best.firstRow, ...title };
}

/**
 * The column left of `before` that holds the most words in the rows under `row`, with at least
 * `least` names (text with letters and two words or more, not a bare code or a reason for no
 * figure); with `blankHeader`, only among columns whose header cell is blank or a section's title.
 * Null when there is none.
 */
function namesBelow(
  grid: SheetGrid,
  row: number,
  before: number,
  least: number,
  blankHeader: boolean,
): { col: number; first: string; firstRow: number } | null {
  let best: { col: number; first: string; firstRow: number; words: number } | null = null;
  for (let col = 0; col < before; col++) {
    const head = grid.values[row]?.[col];
    if (blankHeader && head !== null && head !== undefined && head !== '' && !isSectionTitle(head)) continue;
    let names = 0;
    let words = 0;
    let first: { text: string; row: number } | null = null;
    for (let r = row + 1; r <= Math.min(grid.values.length - 1, row + NAMES_BELOW); r++) {
      const v = grid.values[r]?.[col];
      if (typeof v !== 'string' || wordCount(v) < 2 || !/[a-z]/i.test(v) || parseNumber(v).noData?.reason !== 'text')
        continue;
      names++;
      words += wordCount(v);
      first ??= { text: v, row: r };
    }
    if (names >= least && first && (!best || words > best.words))
      best = { col, first: first.text, firstRow: first.row, words };
  }
  return best;
}

/** The columns of a header row's period and target cells: where its figures are. */
function figureColumns(cells: readonly HeaderCell[]): number[] {
  return cells.filter((c) => cellRole(c) === 'period' || cellRole(c) === 'target').map((c) => c.col);
}

/** True when two cells or more under the row's period and target columns hold numbers. */
function figuresBelow(grid: SheetGrid, row: number, cells: readonly HeaderCell[]): boolean {
  const cols = figureColumns(cells);
  let figures = 0;
  for (let r = row + 1; r <= row + FIGURES_BELOW; r++)
    for (const col of cols) if (typeof grid.values[r]?.[col] === 'number' && ++figures >= 2) return true;
  return false;
}
