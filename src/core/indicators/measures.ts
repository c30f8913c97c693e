import { toA1 } from '../address';
import type { Measure, ParsedNumber, RawValue, SheetGrid } from '../types';
import { parseNumber } from '../values/parseNumber';

/** A cell of a grid with its parse, before a scale is chosen for it. */
export interface CellReading {
  readonly row: number;
  readonly col: number;
  readonly raw: RawValue;
  readonly format: string | null;
  readonly parsed: ParsedNumber;
}

/** The stored value of a cell (blank when outside the grid). */
export function rawAt(grid: SheetGrid, row: number, col: number): RawValue {
  const v = grid.values[row]?.[col];
  return v === undefined ? null : v;
}

export function formatAt(grid: SheetGrid, row: number, col: number): string | null {
  return grid.formats?.[row]?.[col] ?? null;
}

/** The cell's text as a person reads it, trimmed (numbers as written, blanks as ""). */
export function textAt(grid: SheetGrid, row: number, col: number): string {
  const v = rawAt(grid, row, col);
  if (v === null) return '';
  if (typeof v === 'object') return v.error;
  return String(v).replace(/\s+/g, ' ').trim();
}

export function readCell(grid: SheetGrid, row: number, col: number): CellReading {
  const raw = rawAt(grid, row, col);
  const format = formatAt(grid, row, col);
  return { row, col, raw, format, parsed: parseNumber(raw, format) };
}

/** Rounds away binary noise from scaling (0.927 × 100 = 92.69999999999999). */
export function clean(x: number): number {
  return Number(x.toPrecision(12));
}

/**
 * A measure from a reading. `percentage` says the indicator is a percentage; `fractions` says
 * how its plain numbers (no % format) are stored in this row. Cells formatted as % are always
 * fractions; text such as "92.7%" is parsed to a fraction too.
 */
export function toMeasure(sheet: string, r: CellReading, percentage: boolean, fractions: boolean): Measure {
  const scale = percentage && (r.parsed.percentFormat || fractions) ? 100 : 1;
  return {
    sheet,
    cell: toA1(r.row, r.col),
    row: r.row,
    col: r.col,
    raw: r.raw,
    value: r.parsed.value === null ? null : clean(r.parsed.value * scale),
    scale,
    fromText: r.parsed.fromText,
    // A fraction shown without a % format ("0.000") prints as points: three places become one.
    formatDecimals: scale === 100 && !r.parsed.percentFormat && r.parsed.formatDecimals !== null ? Math.max(0, r.parsed.formatDecimals - 2) : r.parsed.formatDecimals,
    noData: r.parsed.noData,
  };
}

/**
 * Decides how a percentage row stores its plain numbers. Any plain number above 1.5 means 0–100
 * points; otherwise, plain numbers all within 0–1 are fractions (92.7 % stored as 0.927 without a
 * % format). Returns whether the choice was a guess worth a warning.
 */
export function rowStoresFractions(readings: readonly CellReading[]): { fractions: boolean; guessed: boolean } {
  const plain = readings.filter((r) => r.parsed.value !== null && !r.parsed.percentFormat);
  if (plain.some((r) => Math.abs(r.parsed.value!) > 1.5)) return { fractions: false, guessed: false };
  if (plain.length === 0) return { fractions: true, guessed: false };
  const formatted = readings.some((r) => r.parsed.value !== null && r.parsed.percentFormat);
  return { fractions: true, guessed: !formatted && plain.some((r) => r.parsed.value !== 0 && r.parsed.value !== 1) };
}
