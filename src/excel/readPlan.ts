/**
 * How much to read per round trip. Excel on the web refuses a request or response over 5 MB
 * (`ResponsePayloadSizeLimitExceeded`), and the limit is per `context.sync()`: loads queued in the
 * same sync travel in the same response. So cells are read in row chunks packed into syncs of at
 * most {@link CELLS_PER_SYNC} cells.
 */
import type { Bounds } from '../core';

/** Bytes we allow one response (the limit is 5 MB; the rest is headroom for our estimate). */
export const SYNC_BYTES = 4_000_000;
/**
 * Estimated bytes per cell for values, valueTypes, formulas and number formats together, as
 * JSON: a number with its "Double", "General" and repeated value is about 45; text runs longer.
 */
export const BYTES_PER_CELL = 80;
/** Cells read per round trip. */
export const CELLS_PER_SYNC = Math.floor(SYNC_BYTES / BYTES_PER_CELL);
/** Columns of the first look at each sheet (A:AF): wide enough for most scorecards. */
export const FIRST_LOOK_COLUMNS = 32;

/** A block of rows of one sheet's used range, read in one go. */
export interface Chunk {
  /** Index of the sheet in workbook order. */
  readonly sheet: number;
  readonly bounds: Bounds;
}

/**
 * The rectangle from A1 read from every sheet in the same round trip that asks for the used
 * ranges, sized so that all sheets together stay within the budget; null when the sheets are
 * too many for a useful look. A sheet whose used range fits inside it needs no further trip.
 */
export function firstLookBox(sheetCount: number, cellsPerSync: number): Bounds | null {
  const perSheet = Math.floor(cellsPerSync / Math.max(sheetCount, 1));
  const rows = Math.floor(perSheet / FIRST_LOOK_COLUMNS);
  return rows < 1 ? null : { top: 0, left: 0, bottom: rows - 1, right: FIRST_LOOK_COLUMNS - 1 };
}

/** A used range cut into row chunks of at most `cellsPerSync` cells (at least one row each). */
export function rowChunks(sheet: number, used: Bounds, cellsPerSync: number): Chunk[] {
  const width = used.right - used.left + 1;
  const rows = Math.max(1, Math.floor(cellsPerSync / width));
  const out: Chunk[] = [];
  for (let top = used.top; top <= used.bottom; top += rows) {
    out.push({ sheet, bounds: { ...used, top, bottom: Math.min(used.bottom, top + rows - 1) } });
  }
  return out;
}

const cells = (b: Bounds) => (b.bottom - b.top + 1) * (b.right - b.left + 1);

/** Chunks packed, in order, into groups of at most `cellsPerSync` cells: one group per round trip. */
export function packChunks(chunks: readonly Chunk[], cellsPerSync: number): Chunk[][] {
  const groups: Chunk[][] = [];
  let current: Chunk[] = [];
  let size = 0;
  for (const chunk of chunks) {
    const n = cells(chunk.bounds);
    if (current.length && size + n > cellsPerSync) {
      groups.push(current);
      current = [];
      size = 0;
    }
    current.push(chunk);
    size += n;
  }
  if (current.length) groups.push(current);
  return groups;
}

/** A group split in two for a retry after Excel refused it for its size; null when it cannot shrink. */
export function splitGroup(group: readonly Chunk[]): [Chunk[], Chunk[]] | null {
  if (group.length > 1) {
    const half = Math.ceil(group.length / 2);
    return [group.slice(0, half), group.slice(half)];
  }
  const [only] = group;
  const { top, bottom } = only.bounds;
  if (top === bottom) return null;
  const mid = top + Math.floor((bottom - top) / 2);
  return [
    [{ ...only, bounds: { ...only.bounds, bottom: mid } }],
    [{ ...only, bounds: { ...only.bounds, top: mid + 1 } }],
  ];
}

/**
 * Used-range probes (`Range.getUsedRangeOrNullObject(true)`, an address each) sent in one round
 * trip. A full-height sheet of bands is about 1,050 of them; a request of a few hundred bytes each
 * stays far under 5 MB, and more than this many (many sheets each with a stray cell) go in turns.
 */
export const PROBES_PER_SYNC = 4000;

/**
 * Bands asked about first when a sheet is cut into pieces: few enough that a stray value at
 * XFD1048576 costs some 64 probes rather than 1,049, with a second look only at bands whose used
 * part is tall (or wide) enough to hide a gap.
 */
export const COARSE_BANDS = 64;
