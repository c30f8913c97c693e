/** The facts the annotated copy's decisions read (see workbookFacts.ts), from a workbook as exceljs holds it. */
import { ValueType, type Cell, type Workbook } from 'exceljs';
import type { LabelCell, NarrativeCellContent } from '../core';
import { cfEntries } from './conditionalFormats';
import type { WorkbookFacts } from './workbookFacts';

/** A cell as exceljs read it, described for the label policy. */
function labelCell(cell: Cell | undefined): LabelCell {
  if (!cell) return { kind: 'empty' };
  switch (cell.type) {
    case ValueType.Null:
      return { kind: 'empty' };
    case ValueType.Merge:
      return { kind: 'merged' };
    case ValueType.String:
      return { kind: 'value', text: String(cell.value) };
    case ValueType.Formula:
      return { kind: 'formula', formula: cell.formula ?? '' };
    default:
      return { kind: 'value', text: cell.text };
  }
}

/** A cell's text; none for a merged cell whose top-left cell is empty (exceljs throws on spelling that out). */
function textOf(cell: Cell): string {
  return cell.type === ValueType.Merge && (cell.master.value === null || cell.master.value === undefined)
    ? ''
    : cell.text;
}

/** Each non-empty cell as its formula ("=…") or value, as Excel gives them back. */
function cellContents(wb: Workbook, sheet: string): NarrativeCellContent[] | null {
  const ws = wb.getWorksheet(sheet);
  if (!ws) return null;
  const cells: NarrativeCellContent[] = [];
  ws.eachRow({ includeEmpty: false }, (row, r) =>
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      const v = cell.value as unknown;
      const content =
        cell.formula !== undefined && cell.formula !== null && cell.formula !== ''
          ? `=${cell.formula}`
          : typeof v === 'object' && v !== null && 'richText' in v
            ? (v as { richText: { text: string }[] }).richText.map((t) => t.text).join('')
            : typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean'
              ? v
              : textOf(cell);
      cells.push({ row: r - 1, col: c - 1, content });
    }),
  );
  return cells;
}

/** The facts of `wb` as it stands (read afresh at each question: the rebuild path changes it as it goes). */
export function excelFacts(wb: Workbook): WorkbookFacts {
  return {
    hasSheet: (sheet) => !!wb.getWorksheet(sheet),
    get sheetNames() {
      return wb.worksheets.map((ws) => ws.name);
    },
    rules: (sheet) => {
      const ws = wb.getWorksheet(sheet);
      return ws ? cfEntries(ws) : [];
    },
    // Rows and cells by number: the worksheet's own lookups spell the address out and parse it again.
    labelCell: (sheet, row, col) =>
      labelCell(
        wb
          .getWorksheet(sheet)
          ?.findRow(row + 1)
          ?.findCell(col + 1),
      ),
    cellContents: (sheet) => cellContents(wb, sheet),
  };
}
