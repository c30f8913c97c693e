import { toA1 } from '../address';
import type { ColumnInfo, Issue, SheetGrid, TableRow } from '../types';
import { cellValue, inAny, type Rect } from './gridAccess';
import { displayText, isBlank } from './headerText';
import { isTotalName, subtotalColumn, totalRowIssue } from './totalRows';

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

/**
 * The indicator rows of a table, with their sections.
 *
 * An indicator row has text in the name column and something in a column that is neither the
 * name, the reference nor ignored (a value, target, polarity, commentary…). A section row has
 * text only in the table's first two columns (or up to the name column) and nothing else: it
 * names the section of the rows beneath until the next one. A row with a name and nothing else
 * is therefore a section. A totals row (see `totalRows.ts`: "Total", "Overall", "All indicators",
 * or SUBTOTAL formulas) is skipped with a warning. Blank rows are skipped; in a plain range two blank rows in a row, the
 * next header row or another table end the body. `bottom` is the last indicator row (the header
 * row when there is none; an Excel table's own last row).
 */
export function readBody(grid: SheetGrid, columns: readonly ColumnInfo[], b: BodyBounds): { rows: TableRow[]; bottom: number; warnings: Issue[] } {
  const sheet = grid.name;
  const nameCol = columns.find((c) => c.role === 'name')?.col ?? b.left;
  const dataCols = columns.filter((c) => c.role !== 'name' && c.role !== 'ref' && c.role !== 'ignore').map((c) => c.col);
  const sectionEnd = Math.max(b.left + 1, nameCol);
  const rows: TableRow[] = [];
  const warnings: Issue[] = [];
  let section: string | null = null;
  let bottom = b.headerRow;
  let blanks = 0;
  for (let row = b.headerRow + 1; row <= b.lastRow; row++) {
    const filled: number[] = [];
    for (let col = b.left; col <= b.right; col++) {
      if (!b.fixed && b.claimed.length > 0 && inAny(b.claimed, row, col)) return { rows, bottom, warnings };
      if (!isBlank(cellValue(grid, row, col))) filled.push(col);
    }
    if (filled.length === 0) {
      blanks++;
      if (!b.fixed && blanks >= 2) break;
      continue;
    }
    blanks = 0;
    if (!b.fixed && b.isHeader(row)) break;
    const nameRaw = cellValue(grid, row, nameCol);
    const name = typeof nameRaw === 'string' ? displayText(nameRaw) : '';
    let hasData = false;
    for (let i = 0; i < dataCols.length && !hasData; i++) hasData = filled.includes(dataCols[i]);
    const total = hasData ? totalRow(grid, row, name, nameCol, dataCols, filled) : null;
    if (total) {
      warnings.push(total);
      continue;
    }
    if (name !== '' && hasData) {
      rows.push({ row, section });
      bottom = row;
      continue;
    }
    const texts = filled.map((col) => cellValue(grid, row, col));
    if (filled.every((col) => col <= sectionEnd) && texts.every((v) => typeof v === 'string')) {
      section = name !== '' ? name : displayText(texts[0]);
      continue;
    }
    const cell = toA1(row, name !== '' ? nameCol : filled[0]);
    const message = name !== ''
      ? `${sheet}!${cell}: '${name}' has no values, target or other details, so it is not read as an indicator.`
      : `${sheet}!${cell}: the row has values but no indicator name in ${toA1(row, nameCol)}, so it is not read.`;
    warnings.push({ severity: 'warning', code: name !== '' ? 'row-without-values' : 'row-without-name', sheet, cell, message });
  }
  return { rows, bottom: b.fixed ? b.lastRow : bottom, warnings };
}

/**
 * The warning for a totals row, or null: a row whose name (or, without one, whose first text
 * before the name column) names a total, or whose figures hold SUBTOTAL formulas.
 */
function totalRow(grid: SheetGrid, row: number, name: string, nameCol: number, dataCols: readonly number[], filled: readonly number[]): Issue | null {
  const label = name !== '' ? name : displayText(cellValue(grid, row, filled[0]));
  const labelCol = name !== '' ? nameCol : filled[0];
  if (label !== '' && (name !== '' || labelCol <= nameCol) && isTotalName(label)) return totalRowIssue(grid.name, toA1(row, labelCol), { kind: 'name', name: label });
  const sub = subtotalColumn(grid, row, dataCols);
  return sub === null ? null : totalRowIssue(grid.name, toA1(row, name !== '' ? nameCol : filled[0]), { kind: 'subtotal', formulaCell: toA1(row, sub) });
}
