/**
 * The workbook read straight from its parts into the engine's grids: the zip unpacked by Node's
 * zlib (see zipParts.ts), each part scanned once (scanner.ts), nothing modelled that the engine
 * does not read. It gives the grids exceljs's reading gave (`workbookToGrids` in readWorkbook.ts),
 * which the tests hold it to, file by file, except where exceljs misreads the file (said where).
 */
import { type Bounds, type Issue, type ListObjectInfo, parseRange, type SheetGrid } from '../../core';
import { dirOf, isRel, resolve } from '../patch/package';
import { openParts, readBook, relsFor, type PartReader } from './package';
import { readSharedStrings } from './sharedStrings';
import { isWhole, readSheet, type SheetRead } from './sheet';
import { readStyles } from './styles';
import { MalformedXmlError, XmlScanner, TOKENS } from './scanner';
import { checkPartSizes, readWorkbookZip } from '../workbookBytes';
import { workbookError } from '../workbookError';
import { afterHandlesClose, PartUnpackError } from '../zipParts';
import type { WorkbookFacts } from '../workbookFacts';
import { partsFacts } from './facts';
import { GridBuilder } from '../sheetGrid';
import type { Workbook } from 'exceljs';

const { END, OPEN } = TOKENS;

/** The table part's name, area and totals row. */
function readTable(xml: string): ListObjectInfo | null {
  const s = new XmlScanner(xml);
  for (let t = s.next(); t !== END; t = s.next()) {
    if (t !== OPEN) continue;
    if (s.name !== 'table') return null;
    const name = s.attr('name');
    const bounds = parseRange(s.attr('ref') ?? '');
    if (!name || !bounds) return null;
    const totals = parseInt(s.attr('totalsRowCount') ?? '0', 10) > 0;
    return totals ? { name, ...bounds, totalsRow: true } : { name, ...bounds };
  }
  return null;
}

/** The sheet's Excel tables, in the order its part lists them; a later table of the same name takes the first's place. */
async function tablesOf(pkg: PartReader, part: string, ids: readonly string[]): Promise<ListObjectInfo[]> {
  if (!ids.length) return [];
  const rels = await relsFor(pkg, part);
  const byName = new Map<string, ListObjectInfo>();
  for (const id of ids) {
    const rel = rels.find((r) => r.id === id && !r.external && isRel(r, 'table'));
    const xml = rel ? await pkg.text(resolve(dirOf(part), rel.target)) : null;
    const table = xml === null ? null : readTable(xml);
    if (table) byName.set(table.name, table);
  }
  return Array.from(byName.values());
}

/**
 * The rows holding cells of merged areas other than their top-left ones (exceljs counts such a row
 * as one with cells, even when nothing else is in it), having taken those cells out: they are not read.
 */
function applyMerges(read: SheetRead): { rows: Uint8Array; areas: Bounds[] } {
  const areas = [];
  let lastRow = -1;
  for (const ref of read.merges) {
    const b = parseRange(ref);
    if (!b || (b.bottom === b.top && b.right === b.left)) continue;
    areas.push(b);
    lastRow = Math.max(lastRow, b.bottom);
  }
  const merged = new Uint8Array(lastRow + 1);
  for (const b of areas) {
    for (let r = b.right > b.left ? b.top : b.top + 1; r <= b.bottom; r++) merged[r] = 1;
    for (let r = b.top; r <= b.bottom; r++) {
      const row = read.rows[r];
      if (!row) continue;
      for (let c = b.left; c <= b.right; c++) if ((r > b.top || c > b.left) && row[c] !== undefined) row[c] = undefined;
    }
  }
  return { rows: merged, areas };
}

/** A sheet's cells as its grid (see sheetGrid.ts), merged areas' other cells left out as exceljs leaves them. */
function toGrid(
  name: string,
  read: SheetRead,
  tables: readonly ListObjectInfo[],
  state: string | null,
  onIssue?: (issue: Issue) => void,
): SheetGrid {
  const grid = new GridBuilder(name);
  const merged = applyMerges(read);
  const lastRow = Math.max(read.rows.length, merged.rows.length) - 1;
  for (let r = 0; r <= lastRow; r++) {
    const cells = read.rows[r];
    if (!merged.rows[r] && !cells?.some((c) => c !== undefined)) continue;
    grid.row(r);
    if (!cells) continue;
    const formats = read.formats[r];
    for (let c = 0; c < cells.length; c++) {
      const cell = cells[c];
      if (cell === undefined) continue;
      if (isWhole(cell)) grid.cell(c, cell.value, cell.format, cell.formula);
      else grid.cell(c, cell, formats[c], null);
    }
  }
  return grid.grid(tables, state, onIssue, read.hiddenRows, merged.areas);
}

/**
 * Every worksheet of the workbook in `bytes` (hidden ones included, with their `visibility`; chart
 * sheets, dialog and macro sheets left out) as the engine's grids, in workbook order; formulas
 * without a saved result read as blank, each sheet with any reported once to `onIssue`. Null when
 * the package cannot be read this way (a kind of zip not handled, no workbook part), for the
 * caller to read it otherwise.
 */
export async function readGrids(bytes: Buffer, onIssue?: (issue: Issue) => void): Promise<SheetGrid[] | null> {
  return (await readParts(bytes, onIssue))?.grids ?? null;
}

/** {@link readGrids}, with the facts the annotated copy's decisions read (see workbookFacts.ts). */
export async function readParts(
  bytes: Buffer,
  onIssue?: (issue: Issue) => void,
): Promise<{ grids: SheetGrid[]; facts: WorkbookFacts } | null> {
  const pkg = openParts(bytes);
  return pkg ? readPackage(pkg, onIssue) : null;
}

/** {@link readParts} of a zip opened. */
async function readPackage(
  pkg: PartReader,
  onIssue?: (issue: Issue) => void,
): Promise<{ grids: SheetGrid[]; facts: WorkbookFacts } | null> {
  const book = await readBook(pkg);
  if (!book) return null;
  const sheets = book.sheets.filter((s) => s.worksheet && s.part !== null && pkg.has(s.part));
  // Every part wanted is asked for at once: the large ones are unpacked side by side in zlib's
  // thread pool while this thread reads those ready, each sheet scanned as it arrives.
  const [styles, strings] = [book.stylesPath, book.sharedStringsPath].map((p) => (p ? pkg.text(p) : null));
  const texts = sheets.map((s) => pkg.text(s.part!));
  // (Each is awaited in turn below: until then a failure is held, not reported as unhandled.)
  for (const t of texts) t.catch(() => undefined);
  const [stylesXml, stringsXml] = await Promise.all([styles, strings]);
  const ctx = {
    strings: stringsXml === null ? [] : readSharedStrings(stringsXml),
    styles: stylesXml === null ? [] : readStyles(stylesXml),
    date1904: book.date1904,
  };
  const grids: SheetGrid[] = [];
  const reads: { name: string; read: SheetRead }[] = [];
  for (let i = 0; i < sheets.length; i++) {
    const sheet = sheets[i];
    const xml = await texts[i];
    if (xml === null) return null;
    const read = readSheet(xml, ctx);
    reads.push({ name: sheet.name, read });
    const tables = await tablesOf(pkg, sheet.part!, read.tableIds);
    grids.push(toGrid(sheet.name, read, tables, sheet.state, onIssue));
  }
  return { grids, facts: partsFacts(reads) };
}

/** A workbook file read for the engine: its grids, its bytes, and exceljs's reading when that was needed. */
export interface WorkbookRead {
  readonly grids: SheetGrid[];
  readonly bytes: Buffer;
  /** What the annotated copy's decisions read of the workbook. */
  readonly facts: WorkbookFacts;
  /** The workbook as exceljs read it, when the parts could not be read directly (see {@link readWorkbookGrids}). */
  readonly excel?: { readonly wb: Workbook; readonly plainRead: boolean };
}

/**
 * Reads the file's grids for the engine, after the checks of `readWorkbookBytes` (workbookBytes.ts).
 * A package this reader does not take (a zip64 or split archive, no workbook part, a part that is
 * not well-formed XML, no worksheets) is read by exceljs instead, loaded only then, which reads
 * what it can or says why the file cannot be read.
 */
export async function readWorkbookGrids(file: string, onIssue?: (issue: Issue) => void): Promise<WorkbookRead> {
  // The sizes the parts unpack to are checked as this reader unpacks them, rather than by unpacking
  // every part once more beforehand (a tenth of the reading): each part read is held to the size its
  // directory entry declares, and the parts not read are counted once the reading is done.
  const bytes = await readWorkbookZip(file);
  const issues: Issue[] = [];
  let read: { grids: SheetGrid[]; facts: WorkbookFacts } | null = null;
  try {
    const pkg = openParts(bytes);
    read = pkg && (await readPackage(pkg, (i) => issues.push(i)));
    if (read?.grids.length) await pkg!.checkUnread();
  } catch (e) {
    if (e instanceof PartUnpackError) {
      // The first part that does not unpack as it says, named as checking the whole file names it.
      await checkPartSizes(bytes, file);
      throw workbookError('corrupt', file);
    }
    if (!(e instanceof MalformedXmlError)) throw e;
  }
  if (read?.grids.length) {
    if (onIssue) for (const i of issues) onIssue(i);
    // The engines that unpacked the parts let go of them, so that they are not held through the report.
    await afterHandlesClose();
    return { ...read, bytes };
  }
  // exceljs unpacks every part: each is checked before it does.
  await checkPartSizes(bytes, file);
  const [{ loadWorkbookBytes, workbookToGrids }, { excelFacts }] = await Promise.all([
    import('../readWorkbook'),
    import('../excelFacts'),
  ]);
  const { wb, plainRead } = await loadWorkbookBytes(bytes, file);
  return { grids: workbookToGrids(wb, onIssue), bytes, facts: excelFacts(wb), excel: { wb, plainRead } };
}
