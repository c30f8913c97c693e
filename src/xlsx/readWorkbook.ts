import { Workbook, ValueType, type Worksheet } from 'exceljs';
import {
  type Issue,
  type ListObjectInfo,
  parseRange,
  type RawValue,
  type SheetGrid,
  trimFarCells,
  warning,
} from '../core';
import { cellFormat, cellToRaw } from './cellValue';
import { needsPlainCopy, plainCopy } from './readablePackage';
import { workbookError } from './workbookError';
import { readWorkbookBytes } from './workbookBytes';
import './tableHeaderFix';
import './cellTypeFix';

/**
 * Reads an .xlsx file with exceljs. Never writes to it. Throws a {@link WorkbookError} with one
 * sentence naming the file when it is missing, not a regular file (a folder, a device, a pipe),
 * too large (see readLimits.ts), not an .xlsx (text, CSV, PDF), encrypted or an old .xls, or
 * damaged.
 */
export async function loadWorkbook(file: string): Promise<Workbook> {
  return (await readWorkbookFile(file)).wb;
}

/** {@link loadWorkbook}, with the file's bytes as read (for a copy written as a patch of them). */
export async function readWorkbookFile(file: string): Promise<{ wb: Workbook; bytes: Buffer; plainRead: boolean }> {
  return loadWorkbookBytes(await readWorkbookBytes(file), file);
}

/** {@link readWorkbookFile} of bytes already read and checked (see workbookBytes.ts); `file` names it in messages. */
export async function loadWorkbookBytes(
  buf: Buffer,
  file: string,
): Promise<{ wb: Workbook; bytes: Buffer; plainRead: boolean }> {
  const load = async (bytes: Buffer): Promise<Workbook | null> => {
    const wb = new Workbook();
    try {
      await wb.xlsx.load(bytes as unknown as Parameters<Workbook['xlsx']['load']>[0]);
      return wb;
    } catch {
      return null;
    }
  };
  // A valid file exceljs cannot read as it stands (or would read at great cost) is read from a plain copy of its values.
  let wb = (await needsPlainCopy(buf)) ? null : await load(buf);
  let plainRead = false;
  if (!wb || wb.worksheets.length === 0) {
    const copy = await plainCopy(buf);
    const read = copy ? await load(copy) : null;
    if (read && read.worksheets.length) {
      wb = read;
      plainRead = true;
    }
  }
  if (!wb) throw workbookError('corrupt', file);
  if (wb.worksheets.length === 0) throw workbookError('not-xlsx', file, 'it holds no worksheets');
  return { wb, bytes: buf, plainRead };
}

const EMPTY_ROW: readonly RawValue[] = Object.freeze([]);

/** The sheet's Excel tables as zero-based bounds, header row first, and whether each shows its totals row. */
function tablesOf(ws: Worksheet): ListObjectInfo[] {
  const out: ListObjectInfo[] = [];
  for (const t of ws.getTables() as unknown as {
    table?: { name?: string; tableRef?: string; ref?: string; totalsRow?: boolean };
  }[]) {
    const model = t.table;
    const bounds = model && parseRange(model.tableRef ?? model.ref ?? '');
    if (model?.name && bounds)
      out.push(model.totalsRow ? { name: model.name, ...bounds, totalsRow: true } : { name: model.name, ...bounds });
  }
  return out;
}

/** One worksheet as a grid: a single pass over the stored cells, dense rows, nulls for gaps. */
function sheetToGrid(ws: Worksheet, onIssue?: (issue: Issue) => void): SheetGrid {
  const values: (readonly RawValue[])[] = [];
  const formats: (readonly (string | null)[])[] = [];
  // Formulas, kept only for rows that have one (the engine recognises SUBTOTAL rows and its own labels).
  const formulas: (readonly (string | null)[])[] = [];
  let anyFormula = false;
  const noResult: string[] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const r = rowNumber - 1;
    while (values.length < r) {
      values.push(EMPTY_ROW);
      formats.push(EMPTY_ROW as readonly null[]);
    }
    const vals: RawValue[] = [];
    const fmts: (string | null)[] = [];
    let fmls: (string | null)[] | null = null;
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (cell.type === ValueType.Merge) return;
      const c = colNumber - 1;
      while (vals.length < c) {
        vals.push(null);
        fmts.push(null);
      }
      let v = cellToRaw(cell);
      if (v === undefined) {
        noResult.push(cell.address);
        v = null;
      }
      vals.push(v);
      fmts.push(cellFormat(cell));
      // The formula without a leading '=' ("SUBTOTAL(9,B2:B3)"), in its column.
      if (cell.type === ValueType.Formula && typeof cell.formula === 'string' && cell.formula) {
        fmls ??= [];
        while (fmls.length < c) fmls.push(null);
        fmls[c] = cell.formula.replace(/^=/, '');
      }
    });
    values.push(vals);
    formats.push(fmts);
    while (formulas.length < r) formulas.push(EMPTY_ROW as readonly null[]);
    formulas.push(fmls ?? (EMPTY_ROW as readonly null[]));
    if (fmls) anyFormula = true;
  });
  if (noResult.length && onIssue) {
    onIssue(warning('formula-no-result', { sheet: ws.name, cells: noResult }, { sheet: ws.name, cell: noResult[0] }));
  }
  const tables = tablesOf(ws);
  const grid: SheetGrid = anyFormula
    ? { name: ws.name, values, formats, formulas }
    : { name: ws.name, values, formats };
  return tables.length ? { ...grid, tables } : grid;
}

/**
 * Every worksheet (hidden ones included, with their `visibility`) as the engine's {@link SheetGrid}, in workbook order.
 * Formulas without a saved result read as blank; each sheet with any is reported once to `onIssue`.
 */
export function workbookToGrids(wb: Workbook, onIssue?: (issue: Issue) => void): SheetGrid[] {
  // exceljs has read the far-away cells already; they are left out all the same, as the add-in
  // leaves them unread, so that both hosts give the engine the same grids and warnings.
  return wb.worksheets.map((ws) => {
    const grid = trimFarCells(sheetToGrid(ws, onIssue));
    // A hidden or very hidden sheet says so: the engine decides what to read (as the add-in's reader does).
    return ws.state === 'hidden' || ws.state === 'veryHidden' ? { ...grid, visibility: ws.state } : grid;
  });
}
