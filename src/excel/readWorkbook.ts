/// <reference types="office-js" />
import {
  type Axis,
  bands,
  type Bounds,
  boundsToA1,
  contains,
  FAR_COLUMNS,
  FAR_ROWS,
  keepPieces,
  lineBoxes,
  type ListObjectInfo,
  mergeBands,
  mightSplit,
  parseBounds,
  parseRange,
  type SheetGrid,
  splitAddress,
  trimFarCells,
  withHiddenRows,
  withMerges,
} from '../core';
import type { Steps } from '../app/progress';
import { blocksToGrid, type LoadedBlock, sliceBlock } from './cellValues';
import { isPayloadError } from './errors';
import {
  CELLS_PER_SYNC,
  type Chunk,
  COARSE_BANDS,
  firstLookBox,
  packChunks,
  PROBES_PER_SYNC,
  rowChunks,
  splitGroup,
} from './readPlan';

/** The range properties the engine needs (formulas only to recognise cells we wrote). */
const CELL_PROPERTIES = ['address', 'values', 'valueTypes', 'formulas', 'numberFormat'];

/** How much to read per round trip, and where to report (and stop, on Cancel) between round trips. */
export interface ReadOptions {
  /** Cells per round trip; the default keeps each response well under Excel on the web's 5 MB. */
  readonly cellsPerSync?: number;
  /** Told of each round trip before it is sent; throws to stop the read there (see `app/progress.ts`). */
  readonly steps?: Pick<Steps, 'step'>;
  /** Whether to ask for each sheet's merged areas (ExcelApi 1.13; see {@link mergedAreasOf}); not asked when absent. */
  readonly mergedAreas?: boolean;
}

/** Reading takes the first half of a command's progress bar. */
const READ_SHARE = 0.5;

function blockOf(range: Excel.Range, bounds: Bounds): LoadedBlock {
  return {
    bounds,
    values: range.values,
    valueTypes: range.valueTypes,
    formulas: range.formulas,
    numberFormat: range.numberFormat,
  };
}

/** The grid with the sheet's visibility, when it is hidden or very hidden (Excel says "Hidden", "VeryHidden"). */
function withVisibility(grid: SheetGrid, visibility: Excel.SheetVisibility | string | undefined): SheetGrid {
  if (visibility === 'Hidden') return { ...grid, visibility: 'hidden' };
  if (visibility === 'VeryHidden') return { ...grid, visibility: 'veryHidden' };
  return grid;
}

/** Each table's bounds by sheet name, from `Table.getRange()` addresses ("'Q2 data'!A3:I9"), with its totals row when shown. */
function tablesBySheet(tables: Excel.Table[], ranges: Excel.Range[]): Map<string, ListObjectInfo[]> {
  const out = new Map<string, ListObjectInfo[]>();
  tables.forEach((table, i) => {
    const { sheet } = splitAddress(ranges[i].address);
    const bounds = parseBounds(ranges[i].address);
    if (!bounds) return;
    const info: ListObjectInfo = table.showTotals
      ? { name: table.name, ...bounds, totalsRow: true }
      : { name: table.name, ...bounds };
    out.set(sheet, [...(out.get(sheet) ?? []), info]);
  });
  return out;
}

/**
 * The used part of each rectangle, values only (`Range.getUsedRangeOrNullObject(true)`: "Considers
 * only cells with values as used cells", https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getusedrangeornullobject-member(1)),
 * or null where it holds none: an address per rectangle, however large, and no cells.
 */
async function usedParts(
  context: Excel.RequestContext,
  sheets: Excel.Worksheet[],
  asks: readonly { sheet: number; bounds: Bounds }[],
): Promise<(Bounds | null)[]> {
  const out: (Bounds | null)[] = [];
  for (let from = 0; from < asks.length; from += PROBES_PER_SYNC) {
    const probes = asks
      .slice(from, from + PROBES_PER_SYNC)
      .map((a) => sheets[a.sheet].getRange(boundsToA1(a.bounds)).getUsedRangeOrNullObject(true).load('address'));
    // Probes beyond what one request should carry wait for the next round trip.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    for (const p of probes) out.push(p.isNullObject ? null : parseBounds(p.address));
  }
  return out;
}

/** What a sheet's first look holds, as a grid: every cell inside `bounds`, which {@link findPieces} need not ask Excel about. */
export interface FirstLook {
  readonly bounds: Bounds;
  readonly grid: SheetGrid;
}

const span = (b: Bounds, axis: Axis) => (axis === 'rows' ? b.bottom - b.top + 1 : b.right - b.left + 1);

/**
 * Each range cut along `axis` into the groups that runs of `gap` empty lines separate. The used
 * part of at most {@link COARSE_BANDS} bands first (one round trip for all ranges); a band whose
 * used part is too tall (wide) to be one group for sure is then looked at line by line — from the
 * first look when it lies there, or else in bands of `gap` lines (one more round trip).
 */
async function splitAlong(
  context: Excel.RequestContext,
  sheets: Excel.Worksheet[],
  ranges: readonly { sheet: number; bounds: Bounds }[],
  axis: Axis,
  gap: number,
  looks: readonly (FirstLook | null)[],
): Promise<Bounds[][]> {
  const coarse = ranges.map((r) =>
    mightSplit(r.bounds, axis, gap)
      ? bands(r.bounds, axis, Math.max(gap, Math.ceil(span(r.bounds, axis) / COARSE_BANDS)))
      : [],
  );
  const coarseUsed = await usedParts(
    context,
    sheets,
    coarse.flatMap((list, i) => list.map((bounds) => ({ sheet: ranges[i].sheet, bounds }))),
  );
  const fineAsks: { sheet: number; bounds: Bounds }[] = [];
  let at = 0;
  // For each range, its bands' used parts in order: known now, or the indices of fine probes still to ask.
  const parts = ranges.map((r, i) => {
    const used = coarseUsed.slice(at, (at += coarse[i].length));
    return used.map((box): (Bounds | null)[] | { from: number; to: number } => {
      if (!box || !mightSplit(box, axis, gap)) return [box];
      const look = looks[r.sheet];
      if (look && contains(look.bounds, box)) return lineBoxes(look.grid, box, axis);
      const from = fineAsks.length;
      for (const bounds of bands(box, axis, gap)) fineAsks.push({ sheet: r.sheet, bounds });
      return { from, to: fineAsks.length };
    });
  });
  const fineUsed = fineAsks.length ? await usedParts(context, sheets, fineAsks) : [];
  return ranges.map((r, i) =>
    coarse[i].length
      ? mergeBands(
          parts[i].flatMap((p) => (Array.isArray(p) ? p : fineUsed.slice(p.from, p.to))),
          axis,
          gap,
        )
      : [r.bounds],
  );
}

/**
 * The pieces of each sheet's used range (see `core/tables/farCells.ts`), found from addresses alone:
 * row clusters from the used parts of bands of rows, then, for a cluster wider than
 * {@link FAR_COLUMNS}, column clusters from bands of columns ({@link splitAlong}). The pieces are
 * those the file reader finds from its cells. One round trip for a stray value beside a table that
 * the first look holds, four at most, whatever the size of the sheet — where a stray value at
 * A200000 made a read of the whole used range cost 63 round trips and 74 MB (over Excel on the
 * web's 5 MB per response, https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins).
 * Not `getSpecialCellsOrNullObject(constants)`: it answers with every area of non-blank cells, and
 * a scorecard with scattered blanks has thousands of them; a used range is one address per band.
 */
async function findPieces(
  context: Excel.RequestContext,
  sheets: Excel.Worksheet[],
  used: readonly { sheet: number; bounds: Bounds }[],
  looks: readonly (FirstLook | null)[],
): Promise<Bounds[][]> {
  const rowClusters = await splitAlong(context, sheets, used, 'rows', FAR_ROWS, looks);
  const flat = rowClusters.flatMap((clusters, i) => clusters.map((bounds) => ({ sheet: used[i].sheet, bounds })));
  const split = await splitAlong(context, sheets, flat, 'columns', FAR_COLUMNS, looks);
  let at = 0;
  return rowClusters.map((clusters) => split.slice(at, (at += clusters.length)).flat());
}

/** Loads the chunks, one round trip per group; a group Excel refuses for its size is halved and retried. */
async function loadChunks(
  context: Excel.RequestContext,
  sheets: Excel.Worksheet[],
  groups: Chunk[][],
  into: LoadedBlock[][],
  before: (part: number, parts: number) => void = () => undefined,
): Promise<void> {
  for (const [k, group] of groups.entries()) {
    before(k + 1, groups.length);
    const ranges = group.map((c) => sheets[c.sheet].getRange(boundsToA1(c.bounds)).load(CELL_PROPERTIES));
    try {
      // One round trip per group is the point: a group is as much as Excel accepts in one response.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      const halves = isPayloadError(error) ? splitGroup(group) : null;
      if (!halves) throw error;
      await loadChunks(context, sheets, halves, into, before);
      continue;
    }
    group.forEach((c, i) => into[c.sheet].push(blockOf(ranges[i], c.bounds)));
  }
}

/** An area of an address such as `RangeAreas.address` gives ("Sheet1!A1:F5"): its rows, whole rows when it names none ("A:F"). */
const AREA_ROWS = /!\$?[A-Za-z]{0,3}\$?(\d*)(?::\$?[A-Za-z]{0,3}\$?(\d*))?/g;

/**
 * The rows within `bounds` that an address of visible areas leaves out. Each area of
 * `RangeAreas.address` names its sheet ("Sheet1!A1:F5, Sheet1!A7:F20"), and the list separator
 * between them is the locale's (see areaSeparator.ts), so the areas are found by their "!" rather
 * than by splitting at a separator.
 */
export function rowsLeftOut(address: string, bounds: Bounds): number[] {
  const shown: [number, number][] = [];
  for (const m of address.matchAll(AREA_ROWS)) {
    if (!m[1]) {
      shown.push([bounds.top, bounds.bottom]);
      continue;
    }
    const top = Number(m[1]) - 1;
    shown.push([top, m[2] ? Number(m[2]) - 1 : top]);
  }
  shown.sort((a, b) => a[0] - b[0]);
  const out: number[] = [];
  let next = bounds.top;
  for (const [top, bottom] of shown) {
    for (let r = next; r < Math.min(top, bounds.bottom + 1); r++) out.push(r);
    next = Math.max(next, bottom + 1);
  }
  for (let r = next; r <= bounds.bottom; r++) out.push(r);
  return out;
}

/**
 * The rows hidden on each sheet (by hand or by a filter; the engine leaves out the indicators on
 * them). `Range.rowHidden` of a used range, loaded with its address, is false when none of its
 * rows is hidden, as on most sheets, so nothing more is asked; it is null when some are and true when
 * all are (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-rowhidden-member).
 * For those sheets, one more round trip asks for the used range's visible cells
 * (`getSpecialCellsOrNullObject("Visible")`, ExcelApi 1.9: a null object when none is visible,
 * https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getspecialcellsornullobject-member(1)),
 * and the rows they leave out are the hidden ones.
 */
async function hiddenRowsOf(
  context: Excel.RequestContext,
  sheets: Excel.Worksheet[],
  used: readonly Excel.Range[],
): Promise<number[][]> {
  const out = sheets.map((): number[] => []);
  const asks: { sheet: number; bounds: Bounds; visible: Excel.RangeAreas }[] = [];
  used.forEach((u, i) => {
    if (u.isNullObject || u.rowHidden === false) return;
    const bounds = parseBounds(u.address);
    if (!bounds) return;
    const visible = sheets[i].getRange(boundsToA1(bounds)).getSpecialCellsOrNullObject('Visible').load('address');
    asks.push({ sheet: i, bounds, visible });
  });
  if (!asks.length) return out;
  await context.sync();
  for (const { sheet, bounds, visible } of asks)
    out[sheet] = visible.isNullObject
      ? Array.from({ length: bounds.bottom - bounds.top + 1 }, (_, k) => bounds.top + k)
      : rowsLeftOut(visible.address, bounds);
  return out;
}

/** An area of a `RangeAreas.address` ("Sheet1!K10:L10"), after the "!" that ends its sheet's name. */
const AREA = /!(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)/g;

/**
 * The merged areas of each sheet, which the engine reads for the words a merged area shows over a
 * period's blank cells ("Measured annually" over two quarters). One more round trip, with
 * `Range.getMergedAreasOrNullObject` (ExcelApi 1.13) of each used range: it gives the areas whose
 * top-left cell is in the range (OfficeDev/office-js issue 3611), which is where an area's words
 * are, and fails on a range of more than 512 merged areas
 * (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getmergedareasornullobject-member(1)).
 * A sheet whose areas cannot be had is read without them, as before they were read: they only say
 * why a cell has no figure, never give one.
 */
async function mergedAreasOf(context: Excel.RequestContext, used: readonly Excel.Range[]): Promise<Bounds[][]> {
  const out = used.map((): Bounds[] => []);
  const ask = (i: number) => ({ sheet: i, areas: used[i].getMergedAreasOrNullObject().load('address') });
  const read = (asks: readonly { sheet: number; areas: Excel.RangeAreas }[]) => {
    for (const { sheet, areas } of asks) {
      if (areas.isNullObject) continue;
      for (const m of areas.address.matchAll(AREA)) {
        const b = parseRange(m[1]);
        if (b) out[sheet].push(b);
      }
    }
  };
  const sheets = used.flatMap((u, i) => (u.isNullObject ? [] : [i]));
  if (!sheets.length) return out;
  const all = sheets.map(ask);
  try {
    await context.sync();
    read(all);
  } catch {
    // One sheet of more than 512 merged areas fails the round trip for all: each is asked on its own.
    for (const i of sheets) {
      const one = ask(i);
      try {
        // Only after a failure, once a sheet: a round trip of its own keeps one sheet's failure from the others.
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
        read([one]);
      } catch {
        // This sheet is read without its merged areas.
      }
    }
  }
  return out;
}

/**
 * Reads every worksheet's tables (values only: formatting alone does not count) into the engine's
 * {@link SheetGrid}s, in workbook order, anchored at A1, with the Excel tables on each. Excel
 * errors come back as `{ error: "#N/A" }`, formulas without "=". Cells far from the tables (a
 * stray value at A200000) are not read: they are named in the grid's `farAway`, for a warning.
 *
 * Round trips: one for the sheet and table names; one for the used-range and table addresses that
 * also reads, from every sheet, the first rows of columns A:AF (its share of `cellsPerSync`) —
 * which holds the whole of most scorecards, so they are read in two round trips. A sheet whose
 * used range goes further is first cut into pieces from addresses alone (one round trip as a rule,
 * four at most: {@link findPieces}), and only the pieces that can hold a
 * table are read: row chunks packed so that each round trip reads at most `cellsPerSync` cells,
 * because Excel on the web refuses any one response over 5 MB (chunks in the same sync share one
 * response). A round trip it refuses all the same is halved and retried.
 */
export async function readWorkbook(context: Excel.RequestContext, options: ReadOptions = {}): Promise<SheetGrid[]> {
  const budget = options.cellsPerSync ?? CELLS_PER_SYNC;
  const step = (text: string, fraction: number) => options.steps?.step(text, fraction * READ_SHARE);
  // `visibility` (ExcelApi 1.1): the engine leaves very hidden sheets out and warns of hidden ones, as with a file.
  const sheets = context.workbook.worksheets.load('items/name,items/visibility');
  // `showTotals` (ExcelApi 1.3): a table's totals row is the last row of its range and holds no indicator.
  const tables = context.workbook.tables.load('items/name,items/showTotals');
  await context.sync();

  const count = sheets.items.length;
  step(`Reading ${count === 1 ? 'the sheet' : `${count} sheets`}`, 0.1);
  const box = firstLookBox(count, budget);
  const probe = () => ({
    // `rowHidden` (ExcelApi 1.2): whether any row of it is hidden (see hiddenRowsOf).
    used: sheets.items.map((ws) => ws.getUsedRangeOrNullObject(true).load('address,rowHidden')),
    tableRanges: tables.items.map((t) => t.getRange().load('address')),
  });
  let addresses = probe();
  let heads = box
    ? sheets.items.map((ws) => ws.getRange(boundsToA1(box)).getUsedRangeOrNullObject(true).load(CELL_PROPERTIES))
    : null;
  try {
    await context.sync();
  } catch (error) {
    if (!heads || !isPayloadError(error)) throw error;
    heads = null;
    addresses = probe();
    await context.sync();
  }
  const hidden = await hiddenRowsOf(context, sheets.items, addresses.used);
  const merges = options.mergedAreas ? await mergedAreasOf(context, addresses.used) : null;
  const byName = tablesBySheet(tables.items, addresses.tableRanges);
  const tablesOf = (i: number) => byName.get(sheets.items[i].name) ?? [];
  const headOf = (i: number): LoadedBlock | null => {
    const head = heads?.[i];
    const bounds = head && !head.isNullObject ? parseBounds(head.address) : null;
    return head && bounds ? blockOf(head, bounds) : null;
  };

  // A sheet read whole in the first look is trimmed as the file reader trims it; the others are cut into pieces first.
  const whole: (SheetGrid | null)[] = sheets.items.map(() => null);
  const toCut: { sheet: number; bounds: Bounds }[] = [];
  sheets.items.forEach((ws, i) => {
    const used = addresses.used[i];
    const bounds = used.isNullObject ? null : parseBounds(used.address);
    const head = headOf(i);
    if (!bounds) whole[i] = blocksToGrid(ws.name, [], tablesOf(i));
    else if (box && head && contains(box, bounds)) whole[i] = trimFarCells(blocksToGrid(ws.name, [head], tablesOf(i)));
    else toCut.push({ sheet: i, bounds });
  });
  const looks = sheets.items.map((ws, i): FirstLook | null => {
    const head = headOf(i);
    return head && toCut.some((c) => c.sheet === i)
      ? { bounds: head.bounds, grid: blocksToGrid(ws.name, [head], []) }
      : null;
  });
  if (toCut.length)
    step(`Finding the tables on ${toCut.length === 1 ? 'a large sheet' : `${toCut.length} large sheets`}`, 0.3);
  const pieces = await findPieces(context, sheets.items, toCut, looks);

  const blocks: LoadedBlock[][] = sheets.items.map(() => []);
  const far: Bounds[][] = sheets.items.map(() => []);
  const pending: Chunk[] = [];
  toCut.forEach(({ sheet }, k) => {
    const sorted = keepPieces(pieces[k], tablesOf(sheet));
    far[sheet] = sorted.far;
    const head = headOf(sheet);
    for (const piece of sorted.kept) {
      if (head && contains(head.bounds, piece)) blocks[sheet].push(sliceBlock(head, piece));
      else for (const chunk of rowChunks(sheet, piece, budget)) pending.push(chunk);
    }
  });
  await loadChunks(context, sheets.items, packChunks(pending, budget), blocks, (part, parts) =>
    step(`Reading cells: part ${part} of ${parts}`, 0.4 + (0.6 * (part - 1)) / parts),
  );

  return sheets.items.map((ws, i) => {
    const grid = whole[i] ?? blocksToGrid(ws.name, blocks[i], tablesOf(i));
    const shown = withMerges(withHiddenRows(withVisibility(grid, ws.visibility), hidden[i]), merges?.[i] ?? []);
    return far[i].length ? { ...shown, farAway: far[i] } : shown;
  });
}
