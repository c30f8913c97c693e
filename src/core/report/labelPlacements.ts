import { MAX_COL, toA1 } from '../address';
import { RAG_MARKER, type LabelPlacement } from '../rating/formatPlan';
import type { RatedIndicator } from '../rating/types';
import type { DetectedTable } from '../tables/types';
import type { SheetGrid } from '../values/types';
import type { Issue } from '../warnings';
import { warning } from '../warningMessages';

function isEmpty(grid: SheetGrid, row: number, col: number): boolean {
  const v = grid.values[row]?.[col];
  return v === null || v === undefined || v === '';
}

function isOurs(grid: SheetGrid, row: number, col: number): boolean {
  return grid.formulas?.[row]?.[col]?.includes(RAG_MARKER) ?? false;
}

/**
 * Columns left empty between an Excel table (ListObject) and its RAG labels. Excel applies its
 * AutoCorrect options to edits made through the API as well as to typing (OfficeDev/office-js
 * issue 6745), and "Include new rows and columns in table" is on by default: typing into an empty
 * column next to a table makes the table take that column in (AutoCorrect.AutoExpandListRange,
 * https://learn.microsoft.com/office/vba/api/excel.autocorrect.autoexpandlistrange). A label column
 * written just right of a table would become a table column, its heading formula turned into a
 * fixed name (a table's header cells hold no formulas), and the next refresh, finding no heading
 * of ours, would start a second label column. One empty column between them is not "next to" the
 * table, so the table stays as the officer made it — in Excel, and in a file the command line wrote
 * and Excel then opens and edits.
 */
export const TABLE_LABEL_GAP = 1;

/**
 * Where each table's RAG label column goes, for both hosts (the add-in and the command line put
 * the labels in the same cells for the same workbook):
 * - the column we wrote on an earlier run when there is one (its header formula carries our
 *   marker);
 * - for an Excel table, a column of the table whose indicator cells hold our label formulas (an
 *   earlier run's column the table took in): labels are rewritten there, and its heading — now
 *   the table's column name, which cannot be a formula — is left to the table;
 * - else the first column right of the table whose header cell and indicator-row cells are all
 *   empty, never over a cell of the user's, leaving {@link TABLE_LABEL_GAP} column empty after an
 *   Excel table so that the table does not grow over the labels;
 * - none, with a warning in `issues`, when no such column is left before the sheet's last (XFD).
 */
export function labelPlacements(
  grids: readonly SheetGrid[],
  tables: readonly DetectedTable[],
  items: readonly RatedIndicator[],
  issues: Issue[],
): LabelPlacement[] {
  const out: LabelPlacement[] = [];
  for (const table of tables) {
    const grid = grids.find((g) => g.name === table.sheet);
    if (!grid) continue;
    // Another table beside this one on the same rows has indicators of its own: each is this table's
    // only where its figures lie in this table's columns.
    const inColumns = (i: RatedIndicator) =>
      i.indicator.values.length === 0 ||
      i.indicator.values.some((v) => v.measure.col >= table.left && v.measure.col <= table.right);
    const rows = new Set(
      items
        .filter(
          (i) =>
            i.indicator.sheet === table.sheet &&
            i.indicator.row >= table.top &&
            i.indicator.row <= table.bottom &&
            inColumns(i),
        )
        .map((i) => i.indicator.row),
    );
    if (!rows.size) continue;
    let width = Math.max(table.right + 1, grid.values[table.headerRow]?.length ?? 0);
    for (const r of rows) width = Math.max(width, grid.values[r]?.length ?? 0);
    const excelTable = table.tableName !== null;
    let col = -1;
    let heading = true;
    for (let c = table.left; c < width && col < 0; c++) if (isOurs(grid, table.headerRow, c)) col = c;
    if (col < 0 && excelTable) {
      for (let c = table.left; c <= table.right && col < 0; c++) if ([...rows].some((r) => isOurs(grid, r, c))) col = c;
      heading = col < 0;
    }
    if (col < 0) {
      col = table.right + 1 + (excelTable ? TABLE_LABEL_GAP : 0);
      const free = (c: number) => [table.headerRow, ...rows].every((r) => isEmpty(grid, r, c) || isOurs(grid, r, c));
      while (col <= MAX_COL && !free(col)) col++;
    }
    if (col > MAX_COL) {
      const cell = toA1(table.headerRow, table.right);
      issues.push(warning('label-column-no-room', { sheet: table.sheet, cell }, { sheet: table.sheet, cell }));
      continue;
    }
    out.push({
      sheet: table.sheet,
      headerRow: table.headerRow,
      col,
      rows,
      left: table.left,
      right: table.right,
      ...(heading ? {} : { heading: false }),
    });
  }
  return out;
}
