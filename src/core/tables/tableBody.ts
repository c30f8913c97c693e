import { toA1 } from '../address';
import type { ColumnInfo, TableRow } from './types';
import type { RawValue, SheetGrid } from '../values/types';
import type { Issue } from '../warnings';
import { warning } from '../warningMessages';
import { cellValue, inAny, mergedTextAt, type Rect } from './gridAccess';
import { displayText, headerKey, isBlank } from './headerText';
import { isTotalName, ROWS_ABOVE_NEEDED, subtotalColumn, summedRows, sumsSection, totalRowIssue } from './totalRows';
import { rowKind, type RowKind } from './rowKinds';
import { classifyHeader, isValueHeader } from './columnRoles';
import { readPeriodTokens } from '../periods/periodTokens';
import { parsePeriodHeader } from '../periods/parsePeriod';
import { parseSheetRag } from '../values/sheetRag';

/** Where a table's body may run and what ends it. */
export interface BodyBounds {
  readonly headerRow: number;
  readonly left: number;
  readonly right: number;
  /** Last row to look at. */
  readonly lastRow: number;
  /** An Excel table runs to its last row; a plain range ends at two blank rows or the next header. */
  readonly fixed: boolean;
  readonly claimed: readonly Rect[];
  readonly isHeader: (row: number) => boolean;
}

/** Roles of the columns that hold figures: a row's label ("Target", "Actual") stands left of them. */
const FIGURE_ROLES = new Set([
  'period',
  'target',
  'targetLower',
  'targetUpper',
  'tolerance',
  'benchmark',
  'numerator',
  'denominator',
]);

/** An indicator being read, perhaps over several rows. */
interface OpenBlock {
  readonly nameRow: number;
  readonly name: string;
  readonly section: string | null;
  valuesRow: number | null;
  targetRow: number | null;
  toleranceRow: number | null;
  ragRow: number | null;
  benchmarkRows: number[];
  lastYearRow: number | null;
  labelCol: number | null;
  last: number;
  /** A row of commentary beneath it ("Comments: 47% increase on …"): its row and the column of its text. */
  comment?: { readonly row: number; readonly col: number };
}

/**
 * A block opened at `nameRow` under `name`: its figures on `valuesRow`, its target on `targetRow`,
 * its "Actual" label (if any) in `labelCol`; nothing else found for it yet.
 */
function openBlock(
  nameRow: number,
  name: string,
  section: string | null,
  rows: { readonly valuesRow: number | null; readonly targetRow?: number | null; readonly labelCol?: number | null },
): OpenBlock {
  return {
    nameRow,
    name,
    section,
    valuesRow: rows.valuesRow,
    targetRow: rows.targetRow ?? null,
    toleranceRow: null,
    ragRow: null,
    benchmarkRows: [],
    lastYearRow: null,
    labelCol: rows.labelCol ?? null,
    last: nameRow,
  };
}

/**
 * A line that opens a key beneath a table: "Key", "Key:", "KEY - RAG status", "Key to symbols" (not
 * "Key stage 2 results"); "Legend"; and the heads of Pentana's key, "PI Status" and "Short Term
 * Trends", alone in their cells.
 */
const KEY_ROW =
  /^\s*(?:key(?:\s*(?:[:\-–—]|$)|\s+to\b)|legend\b|(?:pi |rag |performance )?status key\s*:?\s*$|(?:pi |rag )status\s*:?\s*$|(?:short|long)[\s-]+term trends?\s*:?\s*$)/i;

/** The words that open a row of commentary beneath an indicator: "Comments: …", "Commentary - …", "Note: …". */
const COMMENT_ROW =
  /^\s*(?:comments?|commentary|notes?|narrative|explanation|update|officer comments?|service comments?)\s*[:\-–—]/i;

/**
 * The indicator rows of a table, with their sections.
 *
 * An indicator row has text in the name column and something in a column that is neither the
 * name, the reference nor ignored (a value, target, polarity, commentary…). A section row has
 * text only in the table's first two columns (or up to the name column) and nothing else: it
 * names the section of the rows beneath until the next one. A row with a name and nothing else
 * is therefore a section — unless the row beneath it is labelled "Actual" or "Target". A totals
 * row (see `totalRows.ts`: "Total", "Overall", "All indicators", SUBTOTAL formulas, or a name
 * starting "Total" whose figures are the sum of indicator rows above it) is skipped with a warning.
 *
 * An indicator may run over several rows: rows labelled "Actual", "Target", "Tolerance" or
 * "Variance" (in the name column or a column left of the figures) straight beneath an indicator
 * row, with no name of their own (a name merged across the rows is held by its top cell only),
 * belong to it: its values come from the "Actual" row (or its own row when that is unlabelled),
 * a target for each period from the "Target" row, the tolerance from the "Tolerance" row, the
 * sheet's own rating for each period from a "RAG" or "Status" row; a "Variance" row is worked out
 * from the others and not read. Rows labelled as a benchmark ("Scotland comparisons", "Family
 * group comparisons", "England average") give the indicator's benchmarks, one for each period. Such an indicator's {@link TableRow}
 * has `block`, and `row` is the row of its values.
 *
 * Blank rows are skipped; in a plain range two blank rows in a row, the next header row or another
 * table end the body. `bottom` is the last indicator row (the header row when there is none; an
 * Excel table's own last row).
 */
export function readBody(
  grid: SheetGrid,
  columns: readonly ColumnInfo[],
  b: BodyBounds,
): { rows: TableRow[]; bottom: number; warnings: Issue[] } {
  const sheet = grid.name;
  const nameCol = columns.find((c) => c.role === 'name')?.col ?? b.left;
  // The sheet's own RAG is not a detail of an indicator: a row with a name and a rating alone is not one.
  const dataCols = columns
    .filter((c) => c.role !== 'name' && c.role !== 'ref' && c.role !== 'ignore' && c.role !== 'rag')
    .map((c) => c.col);
  const periodCols = columns.filter((c) => c.role === 'period').map((c) => c.col);
  const targetCols = columns.filter((c) => c.role === 'target').map((c) => c.col);
  const firstFigure = columns.reduce((m, c) => (FIGURE_ROLES.has(c.role) ? Math.min(m, c.col) : m), b.right + 1);
  const sectionEnd = Math.max(b.left + 1, nameCol);
  const rows: TableRow[] = [];
  const warnings: Issue[] = [];
  let section: string | null = null;
  let bottom = b.headerRow;
  let blanks = 0;
  let open: OpenBlock | null = null;
  let head: { row: number; name: string; before: string | null } | null = null;

  // The one financial year of the period columns' quarters or months, if they share one: a row of an
  // indicator labelled with it holds its figures, and one labelled with the year before holds last year's.
  const periodYear = sharedYear(columns);
  // Labels repeat down a column ("Target", "Higher"): each text is read once. Neither a row's word
  // nor a year's label is longer than 40 characters (see rowKind).
  const labels = new Map<string, BlockKind | null>();
  const labelOf = (raw: RawValue): BlockKind | null => {
    if (typeof raw !== 'string' || raw.length > 40) return null;
    let kind = labels.get(raw);
    if (kind === undefined) {
      kind = readLabel(raw);
      labels.set(raw, kind);
    }
    return kind;
  };
  const readLabel = (raw: string): BlockKind | null => {
    const kind = rowKind(raw);
    // A year's label is short and has digits: names, which fill the column, are not parsed as periods.
    if (kind !== null || periodYear === null || raw.length > 20 || !/\d/.test(raw)) return kind;
    const year = parsePeriodHeader(raw, null);
    if (year?.kind !== 'year') return null;
    return year.fyStart === periodYear ? 'actual' : year.fyStart === periodYear - 1 ? 'lastYear' : null;
  };
  /** The word labelling a row ("Target", "Actual", "2017/18") and its column, if any. */
  const kindAt = (row: number): { kind: BlockKind; col: number } | null => {
    const nameKind = labelOf(cellValue(grid, row, nameCol));
    if (nameKind) return { kind: nameKind, col: nameCol };
    for (let col = b.left; col < firstFigure; col++) {
      if (col === nameCol) continue;
      const kind = labelOf(cellValue(grid, row, col));
      if (kind) return { kind, col };
    }
    return null;
  };
  const attach = (block: OpenBlock, kind: BlockKind, col: number, row: number): boolean => {
    if (kind === 'actual') {
      // The name row gives way to an Actual row beneath it when it has no figures of its own.
      const nameRowOnly =
        block.valuesRow === block.nameRow &&
        block.labelCol === null &&
        !periodCols.some((c) => !isBlank(cellValue(grid, block.nameRow, c)));
      if (block.valuesRow !== null && !nameRowOnly) return false;
      block.valuesRow = row;
      block.labelCol = col;
    } else if (kind === 'target') {
      if (block.targetRow !== null) return false;
      block.targetRow = row;
    } else if (kind === 'tolerance') {
      if (block.toleranceRow !== null) return false;
      block.toleranceRow = row;
    } else if (kind === 'rag') {
      if (block.ragRow !== null) return false;
      block.ragRow = row;
    } else if (kind === 'benchmark') {
      block.benchmarkRows.push(row);
    } else if (kind === 'lastYear') {
      if (block.lastYearRow !== null) return false;
      block.lastYearRow = row;
    }
    block.last = row;
    return true;
  };
  const close = (): void => {
    const block = open;
    open = null;
    if (!block) return;
    const single =
      block.last === block.nameRow &&
      block.targetRow === null &&
      block.toleranceRow === null &&
      block.ragRow === null &&
      block.labelCol === null &&
      block.benchmarkRows.length === 0 &&
      block.lastYearRow === null;
    if (block.valuesRow === null) {
      const cell = toA1(block.nameRow, nameCol);
      warnings.push(warning('block-without-values', { sheet, cell, name: block.name }, { sheet, cell }));
      return;
    }
    bottom = Math.max(bottom, block.comment?.row ?? block.last);
    const comment = block.comment && { comment: block.comment };
    if (single) {
      rows.push({ row: block.valuesRow, section: block.section, ...comment });
      return;
    }
    rows.push({
      row: block.valuesRow,
      section: block.section,
      ...comment,
      block: {
        top: block.nameRow,
        bottom: block.last,
        nameRow: block.nameRow,
        targetRow: block.targetRow,
        toleranceRow: block.toleranceRow,
        ...(block.ragRow !== null && { ragRow: block.ragRow }),
        ...(block.benchmarkRows.length > 0 && { benchmarkRows: block.benchmarkRows }),
        ...(block.lastYearRow !== null && { lastYearRow: block.lastYearRow }),
        labelCol: block.labelCol,
      },
    });
  };

  for (let row = b.headerRow + 1; row <= b.lastRow; row++) {
    const filled: number[] = [];
    let claimed = false;
    for (let col = b.left; col <= b.right; col++) {
      if (!b.fixed && b.claimed.length > 0 && inAny(b.claimed, row, col)) {
        claimed = true;
        break;
      }
      if (!isBlank(cellValue(grid, row, col))) filled.push(col);
    }
    if (claimed) break;
    if (filled.length === 0) {
      close();
      head = null;
      blanks++;
      if (!b.fixed && blanks >= 2) break;
      continue;
    }
    blanks = 0;
    // A row of "Value" under the period columns, as a Pentana export heads them, belongs to the header.
    if (row === b.headerRow + 1 && filled.every((col) => isValueHeader(cellValue(grid, row, col)))) continue;
    // A header row ends the table, unless it repeats this table's headers beside a heading that is no
    // names header (read below as the heading of the rows under it): where the names column is set by
    // letter, every row is worth reading as a header, the repeated one among them.
    if (!b.fixed && b.isHeader(row) && !headingOverHeaders(grid, row, filled, nameCol, b.headerRow)) break;
    // Another table's header below this one's rows ("Ref | Project | Status | RAG" under "Key
    // projects"): the end of this table, not an indicator named "Project".
    if (!b.fixed && otherHeader(grid, row, filled, nameCol)) {
      const cell = toA1(row, nameCol);
      const headers = filled.map((col) => displayText(String(cellValue(grid, row, col))));
      warnings.push(warning('other-table-not-read', { sheet, cell, headers }, { sheet, cell }));
      break;
    }
    // A key's head in the row's first cell, with no indicator named beside it ("PI Status", then
    // "Short Term Trends" over a period column), or beside its first entry, a rating word in the
    // names column ("PI Status | Alert | Indicator is off target by more than 5%"): what follows
    // explains the table.
    const first = cellValue(grid, row, filled[0]);
    if (!b.fixed && typeof first === 'string' && KEY_ROW.test(first)) {
      const named = cellValue(grid, row, nameCol);
      if (isBlank(named) || (filled[0] !== nameCol && typeof named === 'string' && parseSheetRag(named)?.rag != null))
        break;
    }
    const label = kindAt(row);
    const nameRaw = cellValue(grid, row, nameCol);
    let name = typeof nameRaw === 'string' && !(label && label.col === nameCol) ? displayText(nameRaw) : '';
    let hasData = false;
    for (let i = 0; i < dataCols.length && !hasData; i++) hasData = filled.includes(dataCols[i]);
    if (label && name === '') {
      if (!open && head && row === head.row + 1) {
        section = head.before;
        open = openBlock(head.row, head.name, section, { valuesRow: null });
        head = null;
      }
      if (open && row === open.last + 1 && attach(open, label.kind, label.col, row)) continue;
      // A benchmark's label beneath no indicator ("England average" as a row of its own) is a name.
      if (label.kind === 'benchmark' && label.col === nameCol && typeof nameRaw === 'string')
        name = displayText(nameRaw);
    }
    // The table's headers again under a heading ("Fraud and Compliance | Q4 2018/19 | Yr Target"):
    // the heading names the section below; the columns keep the roles the header row gave them.
    const repeated = name !== '' && hasData ? repeatedHeaders(grid, row, filled, nameCol, b.headerRow) : null;
    if (repeated) {
      close();
      head = null;
      const cell = toA1(row, nameCol);
      warnings.push(warning('header-row-repeated', { sheet, cell, name, headers: repeated }, { sheet, cell }));
      section = name;
      continue;
    }
    // The rows above that a total could add up: the last few are all it looks at (a copy of every row, for every row, would be quadratic).
    const above = rows.slice(-ROWS_ABOVE_NEEDED).map((r) => r.row);
    if (open?.valuesRow != null) above.push(open.valuesRow);
    const total = hasData
      ? (totalRow(grid, row, name, nameCol, dataCols, filled) ??
        sumRow(grid, row, name, nameCol, above, periodCols) ??
        sectionSumRow(grid, row, name, nameCol, rows, open?.section === section ? open.valuesRow : null, {
          section,
          periodCols,
          targetCols,
        }))
      : null;
    if (total) {
      close();
      head = null;
      warnings.push(total);
      continue;
    }
    if (name !== '' && hasData) {
      close();
      head = null;
      const startsWithTarget = label?.kind === 'target';
      open = openBlock(row, name, section, {
        valuesRow: startsWithTarget ? null : row,
        targetRow: startsWithTarget ? row : null,
        labelCol: label?.kind === 'actual' ? label.col : null,
      });
      continue;
    }
    const texts: RawValue[] = filled.map((col) => cellValue(grid, row, col));
    // A key to the colours or symbols ("Key: Column 2 - Annual Performance", then "Achieved ALP |
    // Green", …) ends the table: what follows explains it.
    if (!hasData && !b.fixed && typeof texts[0] === 'string' && KEY_ROW.test(texts[0])) break;
    // A row of commentary ("Comments: 47% increase on same period last year", often merged across
    // the table) is the indicator's above it, and never a heading; with no indicator just above, it is left.
    if (!hasData && typeof texts[0] === 'string' && COMMENT_ROW.test(texts[0])) {
      if (open && !open.comment && row === open.last + 1) open.comment = { row, col: filled[0] };
      continue;
    }
    close();
    head = null;
    if (filled.every((col) => col <= sectionEnd) && texts.every((v) => typeof v === 'string')) {
      head = { row, name: name !== '' ? name : displayText(texts[0]), before: section };
      section = head.name;
      continue;
    }
    // A row the officer has hidden is not in the report: what it lacks is not for them to mend.
    if (grid.hiddenRows?.length && hiddenSet(grid.hiddenRows).has(row)) continue;
    // A row of figures under a name merged down from the row above ("Children subject to a child
    // protection plan" over a count and a rate per 10,000): an indicator of that name, said so.
    const mergedName: string | null = name === '' && hasData ? mergedTextAt(grid, row, nameCol) : null;
    if (mergedName !== null && mergedName.trim() !== '') {
      const nameCell = toA1(row, nameCol);
      const args = { sheet, cell: nameCell, name: displayText(mergedName) };
      warnings.push(warning('name-from-merge', args, { sheet, cell: nameCell }));
      open = openBlock(row, displayText(mergedName), section, { valuesRow: row });
      continue;
    }
    const cell = toA1(row, name !== '' ? nameCol : filled[0]);
    warnings.push(
      name !== ''
        ? warning('row-without-values', { sheet, cell, name }, { sheet, cell })
        : warning('row-without-name', { sheet, cell, nameCell: toA1(row, nameCol) }, { sheet, cell }),
    );
  }
  close();
  const sectioned = sectionAboveHeader(
    grid,
    b,
    sectionEnd,
    sectionsFromColumn(grid, b, nameCol, rows, warnings),
    warnings,
  );
  return { rows: leaveOutHidden(grid, sectioned, nameCol, warnings), bottom: b.fixed ? b.lastRow : bottom, warnings };
}

/**
 * The rows without those whose figures are on a row the officer has hidden (or a filter hides), which
 * one `rows-hidden` warning names. They are read as any other until here, so that a total beneath
 * them still adds them up and a section row still names its section; only the report leaves them
 * out, as Excel's charts leave out data in hidden rows unless told otherwise.
 */
function leaveOutHidden(grid: SheetGrid, rows: TableRow[], nameCol: number, warnings: Issue[]): TableRow[] {
  const hidden = grid.hiddenRows;
  if (!hidden?.length || rows.length === 0) return rows;
  const isHidden = hiddenSet(hidden);
  const kept: TableRow[] = [];
  const left: number[] = [];
  for (const r of rows) {
    if (isHidden.has(r.row)) left.push(r.row);
    else kept.push(r);
  }
  if (left.length === 0) return rows;
  const sheet = grid.name;
  const first = rows.find((r) => r.row === left[0])!;
  const cell = toA1(first.block?.nameRow ?? first.row, nameCol);
  const name = displayText(cellValue(grid, first.block?.nameRow ?? first.row, nameCol));
  warnings.push(warning('rows-hidden', { sheet, cell, rows: left, name }, { sheet, cell }));
  return kept;
}

/** The hidden rows as a set, made once per grid (a sheet of several tables asks for each). */
const hiddenSets = new WeakMap<readonly number[], ReadonlySet<number>>();
function hiddenSet(rows: readonly number[]): ReadonlySet<number> {
  let set = hiddenSets.get(rows);
  if (!set) hiddenSets.set(rows, (set = new Set(rows)));
  return set;
}

/**
 * Headers of a column left of the names that groups the indicators into sections ("Service",
 * "Directorate", "Theme"): its text is the section of its row and, where the cells below it are
 * empty (as under a merged cell), of the rows beneath until the next text.
 */
const SECTION_HEADERS = new Set([
  'section',
  'service',
  'service area',
  'services',
  'directorate',
  'department',
  'division',
  'theme',
  'themes',
  'priority',
  'corporate priority',
  'strategic priority',
  'council priority',
  'outcome',
  'area',
  'service block',
  'business unit',
  'portfolio',
  'category',
  'objective',
  'strategic objective',
  'ambition',
]);

/** The longest heading above a table's header taken as its first section's name. */
const LONGEST_HEADING = 80;

/**
 * The rows with the first section's name from a heading straight above the header ("Keeping your
 * home in good repair", a merged row over "Criteria | Target | …", as Rotherham lays it out), where
 * the table's later sections are named by section rows within it and its first rows have none. The
 * heading is the one cell filled in that row within the table, left of the figures, and names no
 * period (a title such as "Q2 2024/25 performance" is not a section). The note `section-above-header` says so.
 */
function sectionAboveHeader(
  grid: SheetGrid,
  b: BodyBounds,
  sectionEnd: number,
  rows: TableRow[],
  warnings: Issue[],
): TableRow[] {
  if (rows.length === 0 || rows[0].section !== null || b.headerRow === 0 || !rows.some((r) => r.section !== null))
    return rows;
  const row = b.headerRow - 1;
  let heading: { col: number; text: string } | null = null;
  for (let col = b.left; col <= b.right; col++) {
    const v = cellValue(grid, row, col);
    if (isBlank(v)) continue;
    if (heading || typeof v !== 'string' || col > sectionEnd) return rows;
    heading = { col, text: displayText(v) };
  }
  if (!heading || heading.text.length > LONGEST_HEADING || readPeriodTokens(heading.text).any) return rows;
  const first = rows.findIndex((r) => r.section !== null);
  const text = heading.text;
  const cell = toA1(row, heading.col);
  const named = rows.slice(0, first).map((r) => r.block?.top ?? r.row);
  warnings.push(
    warning('section-above-header', { sheet: grid.name, cell, text, rows: named }, { sheet: grid.name, cell }),
  );
  return rows.map((r, i) => (i < first ? { ...r, section: text } : r));
}

/** The rows with their section from a section column left of the names, where the table has one. */
function sectionsFromColumn(
  grid: SheetGrid,
  b: BodyBounds,
  nameCol: number,
  rows: TableRow[],
  warnings: Issue[],
): TableRow[] {
  if (rows.length === 0) return rows;
  let col = -1;
  for (let c = b.left; c < nameCol && col < 0; c++) {
    const h = cellValue(grid, b.headerRow, c);
    if (typeof h === 'string' && SECTION_HEADERS.has(headerKey(h))) col = c;
  }
  if (col < 0 || !rows.some((r) => typeof cellValue(grid, r.block?.top ?? r.row, col) === 'string')) return rows;
  const sheet = grid.name;
  const filled = new Map<number, { text: string; rows: number[] }>();
  const out = rows.map((r) => {
    const top = r.block?.top ?? r.row;
    for (let row = top; row > b.headerRow; row--) {
      const v = cellValue(grid, row, col);
      if (isBlank(v)) continue;
      if (typeof v !== 'string') break;
      const text = displayText(v);
      if (row !== top) {
        const seen = filled.get(row) ?? { text, rows: [] };
        seen.rows.push(top);
        filled.set(row, seen);
      }
      return { ...r, section: text };
    }
    return r;
  });
  for (const [row, { text, rows: below }] of filled) {
    const cell = toA1(row, col);
    warnings.push(warning('section-filled-down', { sheet, cell, text, rows: below }, { sheet, cell }));
  }
  return out;
}

/**
 * The warning for a totals row, or null: a row whose name (or, without one, whose first text
 * before the name column) names a total, or whose figures hold SUBTOTAL formulas.
 */
function totalRow(
  grid: SheetGrid,
  row: number,
  name: string,
  nameCol: number,
  dataCols: readonly number[],
  filled: readonly number[],
): Issue | null {
  const label = name !== '' ? name : displayText(cellValue(grid, row, filled[0]));
  const labelCol = name !== '' ? nameCol : filled[0];
  if (label !== '' && (name !== '' || labelCol <= nameCol) && isTotalName(label))
    return totalRowIssue(grid.name, toA1(row, labelCol), { kind: 'name', name: label });
  const sub = subtotalColumn(grid, row, dataCols);
  return sub === null
    ? null
    : totalRowIssue(grid.name, toA1(row, name !== '' ? nameCol : filled[0]), {
        kind: 'subtotal',
        formulaCell: toA1(row, sub),
      });
}

/** The warning for a row named like a total whose figures add up rows above it, or null. */
function sumRow(
  grid: SheetGrid,
  row: number,
  name: string,
  nameCol: number,
  above: readonly number[],
  periodCols: readonly number[],
): Issue | null {
  if (name === '') return null;
  const rows = summedRows(grid, row, name, above, periodCols);
  return rows ? totalRowIssue(grid.name, toA1(row, nameCol), { kind: 'sum', name, rows, column: 'period' }) : null;
}

/**
 * The warning for a row whose figures and target add up every indicator above it in its section
 * (see {@link sumsSection}), where the section has at most {@link ROWS_ABOVE_NEEDED} of them (`openRow`:
 * the values row of the indicator still being read, when it is in the section).
 */
function sectionSumRow(
  grid: SheetGrid,
  row: number,
  name: string,
  nameCol: number,
  rows: readonly TableRow[],
  openRow: number | null,
  where: { section: string | null; periodCols: readonly number[]; targetCols: readonly number[] },
): Issue | null {
  const { section, periodCols, targetCols } = where;
  if (name === '' || targetCols.length === 0) return null;
  // The indicators read so far in the section, the one still open (not yet in `rows`) last.
  const mine: number[] = openRow === null ? [] : [openRow];
  for (let i = rows.length - 1; i >= 0 && rows[i].section === section; i--) {
    if (mine.length === ROWS_ABOVE_NEEDED) return null;
    mine.unshift(rows[i].row);
  }
  if (!sumsSection(grid, row, mine, periodCols, targetCols)) return null;
  return totalRowIssue(grid.name, toA1(row, nameCol), { kind: 'section-sum', name, rows: mine });
}

/** What labels a row of an indicator: a word ("Target", "Actual"), or the year before the figures' ("2017/18"). */
type BlockKind = RowKind | 'lastYear';

/** The financial year all the period columns' quarters or months are in; null when they are in several, or any is a year. */
function sharedYear(columns: readonly ColumnInfo[]): number | null {
  let year: number | null = null;
  for (const c of columns) {
    if (c.role !== 'period' || !c.period) continue;
    if (c.period.kind !== 'quarter' && c.period.kind !== 'month') return null;
    if (year !== null && c.period.fyStart !== year) return null;
    year = c.period.fyStart;
  }
  return year;
}

/**
 * A row of headers of another kind of table: at least three cells, every one of them words that a
 * header means (a reference, a name, a status, a comment…), the name column's among them a name's
 * header. Such a row holds no indicator.
 */
function otherHeader(grid: SheetGrid, row: number, filled: readonly number[], nameCol: number): boolean {
  if (filled.length < 3 || !filled.includes(nameCol)) return false;
  // Most rows have a figure: they are let go before any text is read as a header.
  for (const col of filled) if (typeof cellValue(grid, row, col) !== 'string') return false;
  for (const col of filled) {
    const raw = cellValue(grid, row, col) as string;
    const cls = classifyHeader(raw);
    if (!cls || cls.role === 'ignore' || (col === nameCol) !== (cls.role === 'name')) return false;
  }
  return true;
}

/**
 * The texts of a row that repeats a table's headers beside a heading: every filled cell right of
 * the name a period ("Q4 2018/19") or a column's header ("Target", "Yr Target", "Actual"), and at
 * least one a period or a target. Null for any other row (one figure in it makes it an indicator).
 */
/** Whether a row is a heading ("Financial Management") beside the table's headers repeated (see {@link repeatedHeaders}). */
function headingOverHeaders(
  grid: SheetGrid,
  row: number,
  filled: readonly number[],
  nameCol: number,
  headerRow: number,
): boolean {
  const heading = cellValue(grid, row, nameCol);
  if (typeof heading !== 'string' || isBlank(heading) || classifyHeader(heading)?.role === 'name') return false;
  return repeatedHeaders(grid, row, filled, nameCol, headerRow) !== null;
}

function repeatedHeaders(
  grid: SheetGrid,
  row: number,
  filled: readonly number[],
  nameCol: number,
  headerRow: number,
): string[] | null {
  // Most rows have a figure: they are let go before any text is read as a header.
  for (const col of filled) if (col > nameCol && typeof cellValue(grid, row, col) !== 'string') return null;
  const texts: string[] = [];
  let periodOrTarget = false;
  for (const col of filled) {
    if (col <= nameCol) continue;
    const raw = cellValue(grid, row, col) as string;
    const cls = classifyHeader(raw);
    // A header the table's own header row gives in the same column ("Trend"), whatever it means.
    const own = cellValue(grid, headerRow, col);
    const same = typeof own === 'string' && headerKey(own) === headerKey(raw);
    if (!cls || cls.role === 'ignore' || cls.role === 'name') {
      if (!isValueHeader(raw) && !same) return null;
    } else if (cls.role === 'period' || cls.role === 'target') periodOrTarget = true;
    texts.push(displayText(raw));
  }
  return periodOrTarget ? texts : null;
}
