import { Workbook, ValueType, type Worksheet } from 'exceljs';
import { type Issue, type ListObjectInfo, parseRange, type SheetGrid } from '../core';
import { cellFormat, cellToRaw } from './cellValue';
import { needsPlainCopy, plainCopy } from './readablePackage';
import { workbookError } from './workbookError';
import { readWorkbookBytes } from './workbookBytes';
import { GridBuilder } from './sheetGrid';
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

/** One worksheet as its grid (see sheetGrid.ts): a single pass over the stored cells, merged areas' other cells left out. */
function sheetToGrid(ws: Worksheet, onIssue?: (issue: Issue) => void): SheetGrid {
  const grid = new GridBuilder(ws.name);
  const hidden: number[] = [];
  // Merged areas, by their top-left cell, from the cells that borrow its value.
  const merges = new Map<string, { top: number; left: number; bottom: number; right: number }>();
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    grid.row(rowNumber - 1);
    if (row.hidden) hidden.push(rowNumber - 1);
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (cell.type === ValueType.Merge) {
        const top = Number(cell.master.row) - 1;
        const left = Number(cell.master.col) - 1;
        const area = merges.get(cell.master.address) ?? { top, left, bottom: top, right: left };
        area.bottom = Math.max(area.bottom, rowNumber - 1);
        area.right = Math.max(area.right, colNumber - 1);
        merges.set(cell.master.address, area);
        return;
      }
      const formula = cell.type === ValueType.Formula && typeof cell.formula === 'string' ? cell.formula : null;
      grid.cell(colNumber - 1, cellToRaw(cell), cellFormat(cell), formula);
    });
  });
  // exceljs has read the far-away cells already; they are left out all the same.
  return grid.grid(tablesOf(ws), ws.state, onIssue, hidden, [...merges.values()]);
}

/**
 * Every worksheet (hidden ones included, with their `visibility`) as the engine's {@link SheetGrid}, in workbook order.
 * Formulas without a saved result read as blank; each sheet with any is reported once to `onIssue`.
 */
export function workbookToGrids(wb: Workbook, onIssue?: (issue: Issue) => void): SheetGrid[] {
  return wb.worksheets.map((ws) => sheetToGrid(ws, onIssue));
}
