import { ValueType, type Cell, type Style, type Workbook, type Worksheet } from 'exceljs';
import type { FormatPlan, Issue } from '../core/types';
import { parseA1 } from '../core/address';
import { parseRange } from './a1';

/** The formula for a label header: the text, plus a no-op term carrying the marker. */
export function headerFormula(text: string, marker: string): string {
  return `"${text.replace(/"/g, '""')}"&T(N("${marker.replace(/"/g, '""')}"))`;
}

/** What stops us writing into a cell, or null when it is empty or holds one of our own formulas. */
function occupant(cell: Cell | undefined, marker: string): string | null {
  if (!cell) return null;
  switch (cell.type) {
    case ValueType.Null:
      return null;
    case ValueType.Merge:
      return 'is part of a merged cell';
    case ValueType.String:
      return cell.value === '' ? null : `holds '${String(cell.value).slice(0, 40)}'`;
    case ValueType.Formula:
      return (cell.formula ?? '').includes(marker) ? null : 'holds a formula of its own';
    default:
      return `holds '${cell.text.slice(0, 40)}'`;
  }
}

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
  const left = col > 1 ? ws.findRow(Number(cell.row))?.findCell(col - 1) : undefined;
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

/** A label the plan asks for, in a cell that may take it: empty, or holding one of our formulas. */
export interface LabelWrite {
  readonly sheet: string;
  /** Zero-based row and column. */
  readonly row: number;
  readonly col: number;
  /** The live formula, without "=". */
  readonly formula: string;
  /** The text the formula gives, saved as its result for readers that do not recalculate. */
  readonly expected: string;
}

/** The cell a label goes in, or why it cannot. */
function labelTarget(wb: Workbook, sheet: string, address: string, formula: string, expected: string, marker: string, what: string): LabelWrite | Issue {
  const ws = wb.getWorksheet(sheet);
  if (!ws) {
    return { severity: 'error', code: 'sheet-missing', message: `${sheet}!${address}: the sheet '${sheet}' is not in the workbook; the ${what} was not written.`, sheet, cell: address };
  }
  const at = parseA1(address);
  if (!at) {
    return { severity: 'error', code: 'label-cell-invalid', message: `${sheet}!${address}: not a cell address; the ${what} was not written.`, sheet, cell: address };
  }
  // Rows and cells by number: the worksheet's own lookups spell the address out and parse it again.
  const reason = occupant(ws.findRow(at.row + 1)?.findCell(at.col + 1), marker);
  if (reason) {
    return {
      severity: 'warning',
      code: 'label-cell-occupied',
      message: `${sheet}!${address}: the cell ${reason}, so the ${what} was not written there; the RAG colours still apply.`,
      sheet,
      cell: address,
    };
  }
  return { sheet, row: at.row, col: at.col, formula: formula.replace(/^=/, ''), expected };
}

/**
 * The plan's label headers and labels that can be written, and an issue for each that cannot: a
 * cell is written only when it is empty or already holds one of our formulas (it contains the
 * marker); otherwise it is left as it is and the issue names it. Reads the workbook, changes nothing.
 */
export function planLabels(wb: Workbook, plan: FormatPlan): { writes: LabelWrite[]; issues: Issue[] } {
  const writes: LabelWrite[] = [];
  const issues: Issue[] = [];
  const take = (target: LabelWrite | Issue) => {
    if ('formula' in target) writes.push(target);
    else issues.push(target);
  };
  for (const h of plan.labelHeaders) take(labelTarget(wb, h.sheet, h.cell, h.formula || headerFormula(h.text, plan.marker), h.text, plan.marker, 'RAG label heading'));
  for (const l of plan.labels) take(labelTarget(wb, l.sheet, l.cell, l.formula, l.expected, plan.marker, 'RAG label'));
  return { writes, issues };
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
    cell.value = { formula: w.formula, result: w.expected };
  }
  return issues;
}
