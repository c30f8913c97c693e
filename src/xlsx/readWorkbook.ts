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
import {
  BoundedReadError,
  checkZipSizes,
  describePart,
  MAX_FILE_BYTES,
  megabytes,
  readRegularFile,
  type ZipSizeProblem,
} from './readLimits';
import { fsReason, workbookError } from './workbookError';
import './tableHeaderFix';
import './cellTypeFix';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP = [0x50, 0x4b, 0x05, 0x06];
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const startsWith = (buf: Buffer, sig: readonly number[]) =>
  buf.length >= sig.length && sig.every((b, i) => buf[i] === b);

/** What a file that is not a zip looks like, for the message. */
function describeNonZip(buf: Buffer): string {
  const head = buf.subarray(0, 512).toString('latin1');
  const text = 'it is a plain text file (perhaps CSV); open it in Excel and save it as .xlsx';
  if (head.startsWith('%PDF')) return 'it is a PDF document';
  if (head.startsWith('\xFF\xFE') || head.startsWith('\xFE\xFF')) return text; // UTF-16, as Excel saves "Unicode text"
  if (/^\s*<(\?xml|html|!doctype)/i.test(head.replace(/^\uFEFF|^\xEF\xBB\xBF/, '')))
    return 'it is an XML or web page file';
  const printable = [...head].filter((ch) => /[\t\n\r\x20-\x7E\x80-\xFF]/.test(ch)).length;
  if (printable >= head.length * 0.95) return text;
  return 'its contents are not in the .xlsx format';
}

/** Checks the first bytes, so that a wrong kind of file gets a clear message rather than a zip error. */
function checkSignature(buf: Buffer, file: string): void {
  if (buf.length === 0) throw workbookError('empty', file);
  if (startsWith(buf, ZIP)) return;
  if (startsWith(buf, CFB)) throw workbookError('encrypted-or-xls', file);
  if (startsWith(buf, EMPTY_ZIP)) throw workbookError('corrupt', file);
  throw workbookError('not-xlsx', file, describeNonZip(buf));
}

/** The error for a zip whose sizes are beyond the limits, or that says one size and unpacks to another. */
function sizeError(file: string, zip: Buffer, problem: ZipSizeProblem): Error {
  switch (problem.kind) {
    case 'part-too-large':
      return workbookError(
        'too-large',
        file,
        `${describePart(zip, problem.part)} unpacks to more than ${megabytes(problem.limit)}, the most read of one sheet or part`,
      );
    case 'total-too-large':
      return workbookError(
        'too-large',
        file,
        `its parts unpack to more than ${megabytes(problem.limit)} in all, the most read of one workbook`,
      );
    case 'part-larger-than-declared':
      return workbookError(
        'corrupt',
        file,
        `${describePart(zip, problem.part)} unpacks to more than the ${problem.declared.toLocaleString('en-GB')} bytes its zip directory gives`,
      );
    case 'unreadable':
      return workbookError('corrupt', file);
  }
}

/** The file's bytes: a regular file within the size limit, or a {@link WorkbookError} saying why not. */
async function readInput(file: string): Promise<Buffer> {
  try {
    return await readRegularFile(file, MAX_FILE_BYTES);
  } catch (err) {
    if (err instanceof BoundedReadError) {
      const f = err.failure;
      if (f.kind === 'too-large')
        throw workbookError(
          'too-large',
          file,
          `it is ${megabytes(f.size)}, and the most read is ${megabytes(f.limit)}`,
        );
      throw workbookError(f.what === 'folder' ? 'not-a-file' : 'special-file', file);
    }
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw workbookError('not-found', file);
    if (code === 'EISDIR') throw workbookError('not-a-file', file);
    throw workbookError('unreadable', file, fsReason(err, file));
  }
}

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
  const buf = await readInput(file);
  checkSignature(buf, file);
  // Before anything unpacks it for real: a zip bomb is refused here, having cost only the counting.
  const sizes = await checkZipSizes(buf);
  if (sizes) throw sizeError(file, buf, sizes);
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
