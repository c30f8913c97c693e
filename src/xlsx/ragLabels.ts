import { ValueType, type Cell, type Style, type Workbook, type Worksheet } from 'exceljs';
import { type FormatPlan, type Issue, parseRange } from '../core';
import { excelFacts } from './excelFacts';
import { toFileFormula } from './fileFormula';
import { planLabels as planFacts, type LabelWrite } from './workbookFacts';
export type { LabelWrite };
export { labelHeaderFormula as headerFormula } from '../core';

/**
 * Before a shared-formula master is overwritten, gives each cell that borrows its formula a formula
 * of its own, so that exceljs does not attach them to the new content.
 */
function detachSharedClones(ws: Worksheet, cell: Cell): void {
  const v = cell.value as { shareType?: string; ref?: string } | null;
  const area = v?.shareType === 'shared' && v.ref ? parseRange(v.ref) : null;
  if (!area) return;
  for (let r = area.top; r <= area.bottom; r++) {
    for (let c = area.left; c <= area.right; c++) {
      const clone = ws.findCell(r + 1, c + 1);
      const cv = clone?.value as { sharedFormula?: string; result?: unknown } | null;
      if (clone && cv?.sharedFormula === cell.address) {
        clone.value = { formula: clone.formula, result: clone.result } as Cell['value'];
      }
    }
  }
}

/**
 * Styles for new label cells, shared between them. Cells read from a file share their style
 * objects, so a column of labels beside them shares a handful of copies rather than having one each,
 * and labels with nothing to copy share one empty style: exceljs works out the saved form of each
 * style object it meets when saving, one by one.
 */
interface LabelStyles {
  /** Copies of neighbours' styles, one per style object copied. */
  readonly copies: Map<Partial<Style>, Partial<Style>>;
  /** The style of a label whose neighbour has none. */
  readonly plain: Partial<Style>;
}

/**
 * A new label cell with no style of its own takes the style of the cell to its left (a header
 * beside the headers, a label beside the row's cells), number format aside.
 */
function dressLikeNeighbour(ws: Worksheet, cell: Cell, styles: LabelStyles): void {
  const col = Number(cell.col);
  if (Object.keys(cell.style ?? {}).length) return;
  // Across the one empty column left after an Excel table, the cell before it: the table's last.
  const row = ws.findRow(Number(cell.row));
  const left = (col > 1 ? row?.findCell(col - 1) : undefined) ?? (col > 2 ? row?.findCell(col - 2) : undefined);
  if (!left?.style || !Object.keys(left.style).length) {
    cell.style = styles.plain;
    return;
  }
  let style = styles.copies.get(left.style);
  if (!style) {
    style = structuredClone(left.style);
    delete style.numFmt;
    styles.copies.set(left.style, style);
  }
  cell.style = style;
}

/**
 * The plan's label headers and labels that can be written, and an issue for each that cannot, as
 * the label policy decides from the cells as exceljs read them (see {@link planFacts}). Reads the
 * workbook, changes nothing.
 */
export function planLabels(wb: Workbook, plan: FormatPlan): { writes: LabelWrite[]; issues: Issue[] } {
  return planFacts(excelFacts(wb), plan);
}

/**
 * Writes the plan's label headers and labels as live formulas (saved results set to the text the
 * engine expects, so a reader that does not recalculate shows it), where {@link planLabels} says
 * they may go; returns its issues for the rest.
 */
export function writeLabels(wb: Workbook, plan: FormatPlan): Issue[] {
  const styles: LabelStyles = { copies: new Map(), plain: {} };
  const { writes, issues } = planLabels(wb, plan);
  for (const w of writes) {
    const ws = wb.getWorksheet(w.sheet)!;
    const existing = ws.findRow(w.row + 1)?.findCell(w.col + 1);
    const cell = ws.getRow(w.row + 1).getCell(w.col + 1);
    if (existing) detachSharedClones(ws, cell);
    if (!existing || existing.type === ValueType.Null) dressLikeNeighbour(ws, cell, styles);
    cell.value = { formula: toFileFormula(w.formula), result: w.expected };
  }
  return issues;
}
