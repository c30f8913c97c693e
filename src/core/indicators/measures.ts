import { toA1 } from '../address';
import type { Measure } from './types';
import type { NoDataReason, ParsedNumber, RawValue, SheetGrid } from '../values/types';
import { mergedTextAt } from '../tables/gridAccess';
import { hasLiteralPercent } from '../values/numberFormat';
import { parseNumber, SECONDS_PER_DAY } from '../values/parseNumber';
import { decideStorage, type StorageCell, type StorageContext, type StorageDecision } from '../values/storage';
import { tidySpaces } from '../values/whitespace';

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
  return tidySpaces(String(v));
}

export function readCell(grid: SheetGrid, row: number, col: number): CellReading {
  const raw = rawAt(grid, row, col);
  const format = formatAt(grid, row, col);
  const parsed = parseNumber(raw, format);
  if (raw === null && grid.merges) {
    // A blank cell under a merged area's words ("Measured annually" over two quarters) says what they say of
    // why there is no figure; a figure or other text in the area is its top-left cell's alone.
    const said = mergedTextAt(grid, row, col);
    const merged = said === null ? null : parseNumber(said, null);
    if (merged?.noData && SAID_WHY.has(merged.noData.reason)) return { row, col, raw, format, parsed: merged };
  }
  return { row, col, raw, format, parsed };
}

/** The reasons for no figure that a merged area's words may give its other cells: why none is due or given. */
const SAID_WHY: ReadonlySet<NoDataReason> = new Set([
  'not-available',
  'to-be-confirmed',
  'suppressed',
  'reported-annually',
  'not-due',
]);

const POWERS = [1, 10, 100, 1000, 10000, 100000, 1000000];

/**
 * Rounds away binary noise from scaling (0.927 × 100 = 92.69999999999999): the number to 12
 * significant digits.
 *
 * Every value read passes through here, so the usual case skips the string round trip: when the
 * number lies within a ten-millionth of a millionth (relatively) of a decimal with at most 9
 * digits and 6 places, that decimal is what 12 significant digits give, and `units / 10^places` is
 * the double `Number()` would parse from it.
 */
export function clean(x: number): number {
  if (x === 0) return 0;
  const size = Math.abs(x);
  for (let places = 0; places < POWERS.length; places++) {
    const units = Math.round(x * POWERS[places]);
    if (Math.abs(units) >= 1e9) break;
    const near = units / POWERS[places];
    if (Math.abs(x - near) <= size * 1e-13) return near === 0 ? 0 : near;
  }
  return Number(x.toPrecision(12));
}

/**
 * A measure from a reading. `percentage` says the indicator is a percentage; `fractions` says
 * how its plain numbers (no % format) are stored in this row. Cells formatted as % are always
 * fractions; text such as "92.7%" is parsed to a fraction too.
 */
export function toMeasure(sheet: string, r: CellReading, percentage: boolean, fractions: boolean): Measure {
  const m = plainMeasure(sheet, r, percentage, fractions);
  // A marked figure ("153 (p)") or a share written as counts ("1 of 9") is rare: its measure alone gets the extra field.
  const flagged = r.parsed.flag ? { ...m, flag: r.parsed.flag } : m;
  return r.parsed.counts ? { ...flagged, counts: r.parsed.counts } : flagged;
}

function plainMeasure(sheet: string, r: CellReading, percentage: boolean, fractions: boolean): Measure {
  // A length of time kept as a fraction of a day is measured in seconds.
  const scale = r.parsed.duration ? SECONDS_PER_DAY : percentage && (r.parsed.percentFormat || fractions) ? 100 : 1;
  const value =
    r.parsed.value === null
      ? null
      : scale === SECONDS_PER_DAY
        ? // A time read from a file is a fraction of a day to 15 digits: to the millisecond, 262.0000000727 is 262.
          Math.round(r.parsed.value * SECONDS_PER_DAY * 1000) / 1000
        : clean(r.parsed.value * scale);
  return {
    sheet,
    cell: toA1(r.row, r.col),
    row: r.row,
    col: r.col,
    raw: r.raw,
    value,
    scale,
    fromText: r.parsed.fromText,
    // A fraction shown without a % format ("0.000") prints as points: three places become one.
    formatDecimals:
      r.parsed.formatDecimals === null
        ? generalDecimals(value, r)
        : scale === 100 && !r.parsed.percentFormat
          ? Math.max(0, r.parsed.formatDecimals - 2)
          : r.parsed.formatDecimals,
    noData: r.parsed.noData,
  };
}

/**
 * The decimals a number in a cell without a number format (General) is shown with, where the house
 * style's would hide them: 2 for a figure typed to two places (1.13 per 1,000, 97.65 per cent from
 * 0.9765), which Excel shows as typed and an officer quotes so (printed at one place, 1.13 and 1.05
 * both read "1.1", and a fall of 7 % "the same as last quarter"). Null otherwise: the house style's
 * decimals then apply (a whole number, one place, or a worked-out 1.1333…).
 */
function generalDecimals(value: number | null, r: CellReading): number | null {
  if (value === null || r.parsed.fromText || r.parsed.duration || typeof r.raw !== 'number') return null;
  const hundredths = value * 100;
  return Math.abs(hundredths - Math.round(hundredths)) < 1e-9 * Math.max(1, Math.abs(hundredths)) &&
    Math.round(hundredths) % 10 !== 0
    ? 2
    : null;
}

/**
 * Decides how a percentage row stores its plain numbers (see {@link decideStorage}): formats, then
 * the label, then magnitude, then the table's other rows; a guess says so.
 */
export function rowStoresFractions(
  readings: readonly CellReading[],
  context: StorageContext = { labelSaysPercent: false },
): StorageDecision {
  const cells: StorageCell[] = [];
  for (const r of readings) {
    if (r.parsed.value === null) continue;
    cells.push({
      value: r.parsed.value,
      percentFormat: r.parsed.percentFormat,
      literalPercent: !r.parsed.percentFormat && !r.parsed.fromText && hasLiteralPercent(r.format),
    });
  }
  return decideStorage(cells, context);
}
