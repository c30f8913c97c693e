/**
 * The fake workbook's state: what Excel itself would hold. Proxies (see `objects.ts`) only ever
 * touch it from inside `context.sync()`, as Office.js does.
 */
import { type Bounds, boundsToA1, MAX_COL, MAX_ROW, parseBounds } from '../../../src/core/address';
import type { RawValue } from '../../../src/core/values/types';

/** An error as Office.js reports it: `OfficeExtension.Error` carries `code` and `debugInfo`. */
export class FakeOfficeError extends Error {
  override readonly name = 'RichApi.Error';
  readonly debugInfo: { code: string; message: string; errorLocation: string };
  constructor(
    readonly code: string,
    location: string,
    message = `${code} at ${location}`,
  ) {
    super(message);
    this.debugInfo = { code, message, errorLocation: location };
  }
}

export interface CellState {
  value: RawValue;
  formula: string | null;
  format: string;
}

export interface CfState {
  readonly id: number;
  readonly type: string;
  formula: string | null;
  fill: string | null;
  font: string | null;
  stopIfTrue: boolean;
  readonly areas: readonly Bounds[];
}

/** A record of a format or chart call, for tests that check what was asked for. */
export interface Recorded {
  readonly target: string;
  readonly path: string;
  readonly value: unknown;
}

export interface ChartState {
  /** "Chart 1", … as Excel names a new chart, until the add-in or the user names it. */
  name: string;
  readonly type: string;
  readonly source: string;
  readonly seriesBy: string | undefined;
  readonly calls: Recorded[];
}

export interface SheetState {
  name: string;
  readonly cells: Map<number, CellState>;
  isProtected: boolean;
  readonly tables: { name: string; bounds: Bounds; showTotals?: boolean }[];
  readonly cfs: CfState[];
  readonly charts: ChartState[];
  readonly formatCalls: Recorded[];
  /** `Worksheet.visibility` as Excel gives it; absent: "Visible". */
  visibility?: 'Visible' | 'Hidden' | 'VeryHidden';
  /** The zero-based rows hidden (by hand or by a filter): `RangeFormat.rowHidden`, and what `getSpecialCells` counts as not visible. */
  readonly hiddenRows: Set<number>;
  /** Merged areas (Home › Merge & Center): their value is their top-left cell's; see `Range.getMergedAreasOrNullObject`. */
  readonly merges: Bounds[];
}

export interface NameState {
  readonly name: string;
  sheet: SheetState | null;
  readonly bounds: Bounds;
  visible: boolean;
  /** `NamedItem.comment` (ExcelApi 1.4); "" when none. */
  comment?: string;
}

export interface DocState {
  readonly sheets: SheetState[];
  readonly names: NameState[];
  readonly settings: Map<string, unknown>;
  active: SheetState | null;
  /** Review › Protect Workbook (structure): sheets cannot be added, deleted, moved or renamed. */
  structureProtected?: boolean;
  /** The locale's list separator, the only one `Worksheet.getRanges` takes between areas (see README); "," unless set. */
  listSeparator?: ',' | ';';
}

/**
 * Refuses a change to the workbook's structure while it is protected. The documentation does not
 * name the code Excel gives (see test/excel/fake/README.md); the fake gives AccessDenied, which
 * the error table describes as "You cannot perform the requested operation".
 */
export function checkStructure(doc: DocState, what: string): void {
  if (doc.structureProtected)
    throw new FakeOfficeError('AccessDenied', what, 'The workbook is protected, so its sheets cannot be changed.');
}

export const WHOLE_SHEET: Bounds = { top: 0, left: 0, bottom: MAX_ROW, right: MAX_COL };
export const key = (row: number, col: number) => row * (MAX_COL + 1) + col;
export const rowOf = (k: number) => Math.floor(k / (MAX_COL + 1));
export const colOf = (k: number) => k % (MAX_COL + 1);

/** A sheet's cells, counting changes to its keys so that the sorted index below knows when to rebuild. */
class CellMap extends Map<number, CellState> {
  version = 0;
  override set(k: number, v: CellState): this {
    this.version++;
    return super.set(k, v);
  }
  override delete(k: number): boolean {
    this.version++;
    return super.delete(k);
  }
  override clear(): void {
    this.version++;
    super.clear();
  }
}

export function newSheet(name: string): SheetState {
  return {
    name,
    cells: new CellMap(),
    isProtected: false,
    tables: [],
    cfs: [],
    charts: [],
    formatCalls: [],
    hiddenRows: new Set(),
    merges: [],
  };
}

const sortedKeys = new WeakMap<CellMap, { version: number; keys: number[] }>();

/** The keys of the cells in rows `top`…`bottom` (row-major keys sort by row), from an index kept per sheet. */
function keysInRows(cells: Map<number, CellState>, top: number, bottom: number): Iterable<number> {
  if (!(cells instanceof CellMap)) return cells.keys();
  let index = sortedKeys.get(cells);
  if (!index || index.version !== cells.version) {
    index = { version: cells.version, keys: [...cells.keys()].sort((a, b) => a - b) };
    sortedKeys.set(cells, index);
  }
  const { keys } = index;
  const first = (k: number) => {
    let lo = 0;
    let hi = keys.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (keys[mid] < k) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return keys.slice(first(key(top, 0)), first(key(bottom + 1, 0)));
}

/** A sheet name as Excel writes it in an address: quoted only when it must be. */
export function sheetRef(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function addressOf(sheet: SheetState, b: Bounds): string {
  return `${sheetRef(sheet.name)}!${boundsToA1(b)}`;
}

/** Bounds of an address, or an InvalidArgument error as Excel raises it at sync. */
export function boundsOrFail(address: string, where: string): Bounds {
  const columns = /^\$?([A-Za-z]{1,3}):\$?([A-Za-z]{1,3})$/.exec(address.trim());
  // Whole rows ("7:8"), as Excel takes them.
  const rows = /^\$?(\d+):\$?(\d+)$/.exec(address.trim());
  const b = columns
    ? parseBounds(`${columns[1]}1:${columns[2]}${MAX_ROW + 1}`)
    : rows
      ? parseBounds(`A${rows[1]}:XFD${rows[2]}`)
      : parseBounds(address);
  if (!b)
    throw new FakeOfficeError(
      'InvalidArgument',
      where,
      `The argument is invalid or missing or has an incorrect format: "${address}".`,
    );
  return b;
}

export function intersects(a: Bounds, b: Bounds): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

/**
 * The smallest rectangle inside `within` holding every cell with a value or formula — or, unless
 * `valuesOnly`, with a number format of its own too (formatting makes a cell used in Excel) — or null.
 */
export function usedBounds(sheet: SheetState, within: Bounds = WHOLE_SHEET, valuesOnly = true): Bounds | null {
  let out: { top: number; left: number; bottom: number; right: number } | null = null;
  for (const k of keysInRows(sheet.cells, within.top, within.bottom)) {
    const cell = sheet.cells.get(k)!;
    if (cell.value === null && cell.formula === null && (valuesOnly || cell.format === 'General')) continue;
    const r = rowOf(k);
    const c = colOf(k);
    if (r < within.top || r > within.bottom || c < within.left || c > within.right) continue;
    if (!out) out = { top: r, left: c, bottom: r, right: c };
    else {
      out.top = Math.min(out.top, r);
      out.bottom = Math.max(out.bottom, r);
      out.left = Math.min(out.left, c);
      out.right = Math.max(out.right, c);
    }
  }
  return out;
}
