/**
 * Turning what `Range.values`, `valueTypes`, `formulas` and `numberFormat` return into the
 * engine's cell vocabulary, and building a {@link SheetGrid} anchored at A1 from loaded blocks.
 */
import type { Bounds, ListObjectInfo, RawValue, SheetGrid } from '../core';

/** One rectangle of loaded cells: the four parallel arrays Office.js returns for it. */
export interface LoadedBlock {
  readonly bounds: Bounds;
  readonly values: readonly (readonly unknown[])[];
  readonly valueTypes: readonly (readonly unknown[])[];
  readonly formulas: readonly (readonly unknown[])[];
  readonly numberFormat: readonly (readonly unknown[])[];
}

/**
 * A cell value as the engine wants it. Errors come back from Excel as text ("#N/A") with the
 * value type "Error"; empty cells as "" with "Empty". Anything else keeps its JavaScript type.
 */
export function toRawValue(value: unknown, valueType: unknown): RawValue {
  if (valueType === 'Error') return { error: String(value) };
  if (valueType === 'Empty' || value === '' || value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  return String(value);
}

/**
 * The formula without "=", or null for a constant. `formulas` repeats a constant's value, so text
 * such as "=HYPERLINK(…)" stored as text (its value is the same text) is not taken for a formula.
 */
export function toFormula(formula: unknown, value: unknown): string | null {
  if (typeof formula !== 'string' || !formula.startsWith('=') || formula === value) return null;
  return formula.slice(1);
}

/** A number format code, or null when there is none to speak of. */
export function toFormat(format: unknown): string | null {
  return typeof format === 'string' && format !== '' ? format : null;
}

/** Places loaded blocks into one grid anchored at A1 (rows above and columns left of the data are blank). */
export function blocksToGrid(
  name: string,
  blocks: readonly LoadedBlock[],
  tables: readonly ListObjectInfo[],
): SheetGrid {
  const values: RawValue[][] = [];
  const formats: (string | null)[][] = [];
  const formulas: (string | null)[][] = [];
  for (const block of blocks) {
    const { top, left } = block.bounds;
    block.values.forEach((row, i) => {
      const r = top + i;
      while (values.length <= r) {
        values.push([]);
        formats.push([]);
        formulas.push([]);
      }
      row.forEach((value, j) => {
        const c = left + j;
        for (const line of [values[r], formats[r], formulas[r]]) while (line.length < c) line.push(null);
        values[r][c] = toRawValue(value, block.valueTypes[i]?.[j]);
        formats[r][c] = toFormat(block.numberFormat[i]?.[j]);
        formulas[r][c] = toFormula(block.formulas[i]?.[j], value);
      });
    });
  }
  const grid = { name, values, formats, formulas };
  return tables.length ? { ...grid, tables } : grid;
}

/** The part of a loaded block inside `bounds` (which must lie within the block's). */
export function sliceBlock(block: LoadedBlock, bounds: Bounds): LoadedBlock {
  const rows = <T>(grid: readonly (readonly T[])[]) =>
    grid
      .slice(bounds.top - block.bounds.top, bounds.bottom - block.bounds.top + 1)
      .map((row) => row.slice(bounds.left - block.bounds.left, bounds.right - block.bounds.left + 1));
  return {
    bounds,
    values: rows(block.values),
    valueTypes: rows(block.valueTypes),
    formulas: rows(block.formulas),
    numberFormat: rows(block.numberFormat),
  };
}
