/// <reference types="office-js" />
import {
  type Bounds,
  boundsToA1,
  contains,
  type ListObjectInfo,
  parseBounds,
  type SheetGrid,
  splitAddress,
} from '../core';
import { blocksToGrid, type LoadedBlock } from './cellValues';
import { isPayloadError } from './errors';
import { CELLS_PER_SYNC, type Chunk, firstLookBox, packChunks, rowChunks, splitGroup } from './readPlan';

/** The range properties the engine needs (formulas only to recognise cells we wrote). */
const CELL_PROPERTIES = ['address', 'values', 'valueTypes', 'formulas', 'numberFormat'];

/** How much to read per round trip. */
export interface ReadOptions {
  /** Cells per round trip; the default keeps each response well under Excel on the web's 5 MB. */
  readonly cellsPerSync?: number;
}

function blockOf(range: Excel.Range, bounds: Bounds): LoadedBlock {
  return {
    bounds,
    values: range.values,
    valueTypes: range.valueTypes,
    formulas: range.formulas,
    numberFormat: range.numberFormat,
  };
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

/** Loads the chunks, one round trip per group; a group Excel refuses for its size is halved and retried. */
async function loadChunks(
  context: Excel.RequestContext,
  sheets: Excel.Worksheet[],
  groups: Chunk[][],
  into: LoadedBlock[][],
): Promise<void> {
  for (const group of groups) {
    const ranges = group.map((c) => sheets[c.sheet].getRange(boundsToA1(c.bounds)).load(CELL_PROPERTIES));
    try {
      // One round trip per group is the point: a group is as much as Excel accepts in one response.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      const halves = isPayloadError(error) ? splitGroup(group) : null;
      if (!halves) throw error;
      await loadChunks(context, sheets, halves, into);
      continue;
    }
    group.forEach((c, i) => into[c.sheet].push(blockOf(ranges[i], c.bounds)));
  }
}

/**
 * Reads every worksheet's used range (values only: formatting alone does not count) into the
 * engine's {@link SheetGrid}s, in workbook order, anchored at A1, with the Excel tables on each.
 * Excel errors come back as `{ error: "#N/A" }`, formulas without "=".
 *
 * Round trips: one for the sheet and table names; one for the used-range and table addresses that
 * also reads, from every sheet, the first rows of columns A:AF (its share of `cellsPerSync`) —
 * which holds the whole of most scorecards, so they are read in two round trips; and, only for a
 * sheet that does not fit there, more: row chunks packed so that each round trip reads at most
 * `cellsPerSync` cells, because Excel on the web refuses any one response over 5 MB (chunks in
 * the same sync share one response). A round trip it refuses all the same is halved and retried.
 */
export async function readWorkbook(context: Excel.RequestContext, options: ReadOptions = {}): Promise<SheetGrid[]> {
  const budget = options.cellsPerSync ?? CELLS_PER_SYNC;
  const sheets = context.workbook.worksheets.load('items/name');
  // `showTotals` (ExcelApi 1.3): a table's totals row is the last row of its range and holds no indicator.
  const tables = context.workbook.tables.load('items/name,items/showTotals');
  await context.sync();

  const box = firstLookBox(sheets.items.length, budget);
  const probe = () => ({
    used: sheets.items.map((ws) => ws.getUsedRangeOrNullObject(true).load('address')),
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

  const blocks: LoadedBlock[][] = sheets.items.map(() => []);
  const pending: Chunk[] = [];
  sheets.items.forEach((_, i) => {
    const used = addresses.used[i];
    const bounds = used.isNullObject ? null : parseBounds(used.address);
    if (!bounds) return;
    const head = heads?.[i];
    if (box && head && !head.isNullObject && contains(box, bounds)) blocks[i].push(blockOf(head, bounds));
    else pending.push(...rowChunks(i, bounds, budget));
  });
  await loadChunks(context, sheets.items, packChunks(pending, budget), blocks);

  const byName = tablesBySheet(tables.items, addresses.tableRanges);
  return sheets.items.map((ws, i) => blocksToGrid(ws.name, blocks[i], byName.get(ws.name) ?? []));
}
