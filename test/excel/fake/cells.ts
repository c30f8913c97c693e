/**
 * Reading and writing cells as Office.js does: `values` give formula results, errors as text and
 * "" for empty; `formulas` give "=…" for formulas and the value otherwise; `valueTypes` say which.
 * A string written to `values` is taken as a formula when it starts with "=" and as a number when
 * it looks like one — unless the cell's number format is text ("@"), when it is kept as text.
 * A write into the empty column just right of a table widens the table (tables.ts).
 */
import type { RawValue } from '../../../src/core/values/types';
import type { Bounds } from '../../../src/core/address';
import { type CellState, FakeOfficeError, type SheetState, key } from './doc';
import { expandTables, tablesToExpand } from './tables';

/** Works out a formula's result; the fake does not calculate, so tests may supply one. */
export type Evaluator = (formula: string, sheet: string, row: number, col: number) => RawValue;

/** The default: our label-header formulas ("text"&T(N("marker"))) and HYPERLINK show their text; others show "". */
export const defaultEvaluator: Evaluator = (formula) => {
  const header = /^"((?:[^"]|"")*)"&T\(N\(/.exec(formula);
  if (header) return header[1].replace(/""/g, '"');
  // HYPERLINK(target, name) shows its name, as Excel does.
  const link = /^HYPERLINK\("(?:[^"]|"")*","((?:[^"]|"")*)"\)$/.exec(formula);
  return link ? link[1].replace(/""/g, '"') : '';
};

export type CellProperty = 'values' | 'formulas' | 'valueTypes' | 'numberFormat';

function shown(v: RawValue): string | number | boolean {
  if (v === null) return '';
  return typeof v === 'object' ? v.error : v;
}

function read(cell: CellState | undefined, what: CellProperty): unknown {
  if (what === 'numberFormat') return cell?.format ?? 'General';
  if (!cell || (cell.value === null && cell.formula === null)) return what === 'valueTypes' ? 'Empty' : '';
  if (what === 'formulas') return cell.formula !== null ? `=${cell.formula}` : shown(cell.value);
  if (what === 'values') return shown(cell.value);
  const v = cell.value;
  if (v === null || v === '') return cell.formula !== null ? 'String' : 'Empty';
  if (typeof v === 'object') return 'Error';
  return typeof v === 'number' ? 'Double' : typeof v === 'boolean' ? 'Boolean' : 'String';
}

/** One of the four arrays for a rectangle, row by row. */
export function readCells(sheet: SheetState, b: Bounds, what: CellProperty): unknown[][] {
  const out: unknown[][] = [];
  for (let r = b.top; r <= b.bottom; r++) {
    const line: unknown[] = [];
    for (let c = b.left; c <= b.right; c++) line.push(read(sheet.cells.get(key(r, c)), what));
    out.push(line);
  }
  return out;
}

function cellAt(sheet: SheetState, r: number, c: number): CellState {
  let cell = sheet.cells.get(key(r, c));
  if (!cell) {
    cell = { value: null, formula: null, format: 'General' };
    sheet.cells.set(key(r, c), cell);
  }
  return cell;
}

function put(sheet: SheetState, r: number, c: number, input: unknown, evaluate: Evaluator, asFormula: boolean): void {
  const cell = cellAt(sheet, r, c);
  if (cell.format === '@' || typeof input !== 'string') {
    cell.formula = null;
    cell.value = input === '' || input === null ? null : (input as RawValue);
    return;
  }
  if (input.startsWith('=') && input.length > 1) {
    cell.formula = input.slice(1);
    cell.value = evaluate(cell.formula, sheet.name, r, c);
    return;
  }
  cell.formula = null;
  cell.value = input === '' ? null : !asFormula && /^-?\d+(\.\d+)?$/.test(input.trim()) ? Number(input) : input;
}

/**
 * Writes a 2D array over a rectangle; null entries leave their cell alone. The array must match
 * the rectangle, and a protected sheet refuses any change (AccessDenied), as Excel does.
 */
export function writeCells(
  sheet: SheetState,
  b: Bounds,
  what: 'values' | 'formulas' | 'numberFormat',
  data: unknown,
  evaluate: Evaluator,
): void {
  const where = `Range.${what}`;
  if (sheet.isProtected)
    throw new FakeOfficeError('AccessDenied', where, 'The cell or chart you are trying to change is protected.');
  const rows = b.bottom - b.top + 1;
  const cols = b.right - b.left + 1;
  if (
    !Array.isArray(data) ||
    data.length !== rows ||
    data.some((line) => !Array.isArray(line) || line.length !== cols)
  ) {
    throw new FakeOfficeError(
      'InvalidArgument',
      where,
      `The ${what} array does not match the range's ${rows} × ${cols} cells.`,
    );
  }
  // Excel's AutoCorrect widens a table over a column written next to it (see tables.ts).
  const expanding = what === 'numberFormat' ? [] : tablesToExpand(sheet, b, data as unknown[][]);
  (data as unknown[][]).forEach((line, i) =>
    line.forEach((input, j) => {
      if (input === null || input === undefined) return;
      if (what === 'numberFormat') cellAt(sheet, b.top + i, b.left + j).format = String(input);
      else put(sheet, b.top + i, b.left + j, input, evaluate, what === 'formulas');
    }),
  );
  expandTables(sheet, expanding);
}
