/**
 * The cells the engine reads (a sheet as a grid of raw values, as either host gives it) and the values parsed from them.
 *
 * Conventions: rows and columns are zero-based numbers inside the engine; cell addresses
 * handed to people (JSON, narrative, messages) are A1 strings such as "F5".
 */
import type { Bounds } from '../address';

/** An Excel error value such as `#N/A` or `#DIV/0!`. */
export interface ExcelError {
  readonly error: string;
}

/**
 * A cell's stored value as the host gives it. Dates arrive as Excel serial numbers (the
 * adapters convert), formulas as their cached result.
 */
export type RawValue = number | string | boolean | ExcelError | null;

/** One worksheet as a rectangle of values and number formats, anchored at A1. */
export interface SheetGrid {
  readonly name: string;
  /** `values[row][col]`, zero-based from A1. Ragged rows are allowed; missing cells are blank. */
  readonly values: readonly (readonly RawValue[])[];
  /** Number format codes in the same shape (`"0.0%"`, `"mmm-yy"`, `"General"`); optional. */
  readonly formats?: readonly (readonly (string | null | undefined)[])[];
  /** Excel tables (ListObjects) on the sheet, when the host knows them. */
  readonly tables?: readonly ListObjectInfo[];
  /**
   * Formulas in the same shape, without the leading "=" (null where the cell holds a constant);
   * optional. The engine reads them to recognise cells it wrote itself on an earlier run, and rows
   * of `SUBTOTAL` formulas, which are totals rather than indicators.
   */
  readonly formulas?: readonly (readonly (string | null | undefined)[])[];
  /**
   * Cells far from the sheet's tables that the host left out of the grid (see `tables/farCells.ts`):
   * each rectangle is reported as a `far-cell-ignored` warning.
   */
  readonly farAway?: readonly Bounds[];
  /**
   * Whether the sheet is shown: 'hidden' (Unhide shows it again) or 'veryHidden' (only a macro or
   * the VBA editor shows it); absent when it is visible. The engine reads a hidden sheet with a
   * warning and leaves a very hidden one out (see `report/sheetChoice.ts`).
   */
  readonly visibility?: 'hidden' | 'veryHidden';
  /**
   * The zero-based rows the officer has hidden (or a filter hides), in order; absent when none is.
   * An indicator on a hidden row is left out of the report with a `rows-hidden` warning, as Excel's
   * charts leave out hidden rows (see `tables/tableBody.ts`). Hidden columns are read as any other.
   */
  readonly hiddenRows?: readonly number[];
  /**
   * Merged areas of more than one cell whose top-left cell holds text, as zero-based bounds; absent
   * when there are none. Only the top-left cell of a merged area holds its value: the others read
   * blank. A Pentana export merges "Measured annually" over two quarters' cells, so the engine reads
   * the words of such an area for its other cells when they hold a period's figure (see
   * `indicators/measures.ts`), never a figure.
   */
  readonly merges?: readonly Bounds[];
}

/** An Excel table (ListObject): the header row is its first row. */
export interface ListObjectInfo {
  readonly name: string;
  /** Zero-based inclusive bounds, header row included. */
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
  /** True when the table shows its totals row (its last row, `bottom`), which is not an indicator. */
  readonly totalsRow?: boolean;
}

/** Zero-based position of a cell on a named sheet. */
export interface CellRef {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
}

/** Why a cell holds no usable number. */
export type NoDataReason =
  | 'blank' // empty cell
  | 'not-available' // "n/a", "-", "DNA", "not available"
  | 'to-be-confirmed' // "TBC", "TBA", "awaited"
  | 'suppressed' // official statistics codes c, z, x, k, ":", "*"
  | 'error' // an Excel error such as #N/A or #DIV/0!
  | 'reported-annually' // "Annual", "Reported annually", "Year end" in a quarter's cell
  | 'not-due' // "Not due", "Measured twice per year", "Six-monthly": taken at other times, none due this period
  | 'date' // a date (a number under a date format) where a figure belongs
  | 'text'; // some other text that is not a number

/** A cell understood as a number (or as no data, with the reason). */
export interface ParsedNumber {
  /** The number as stored (a fraction stays a fraction: 0.927 for 92.7 %). `null` when no data. */
  readonly value: number | null;
  /** True when the cell shows a percentage: a % number format, or text such as "92.7%". */
  readonly percentFormat: boolean;
  /** True when the number came from text ("1,234", "92.7%"). Live formulas cannot compare it. */
  readonly fromText: boolean;
  /** Decimal places the number format shows, when it says (e.g. 1 for "0.0%"). */
  readonly formatDecimals: number | null;
  /** Set when `value` is null. */
  readonly noData: { readonly reason: NoDataReason; readonly shown: string } | null;
  /** Currency symbol the format or text carries ("£"), if any. */
  readonly currency:
    string | null; /** A mark on the figure: "153 (p)" is provisional, "39.8% (est)" estimated, "153 r" revised. */
  readonly flag?: 'provisional' | 'estimated' | 'revised' | 'projected';
  /**
   * True when the figure is a length of time: a number under a time format ("mm:ss", "[h]:mm"), or text
   * such as "4 minutes 22 seconds". `value` is then a fraction of a day, as Excel keeps time.
   */
  readonly duration?: true;
  /**
   * The scale text gives an amount ("£1.25m", "£245k"): `value` is then the whole amount (1,250,000),
   * printed in the scale written.
   */
  readonly magnitude?: Magnitude;
  /** The counts a share is written as ("1 of 9"): `value` is then their quotient, a fraction. */
  readonly counts?: Counts;
}

/** A share written as its counts: "1 of 9" is 1 of 9. */
export interface Counts {
  readonly of: number;
  readonly in: number;
}

/**
 * The kind of quantity an indicator measures. A 'duration' is a length of time kept as Excel keeps
 * time (or written as one): its measures are in seconds, printed as "4 minutes 22 seconds".
 */
export type Unit = 'percentage' | 'count' | 'days' | 'rate' | 'money' | 'ratio' | 'number' | 'duration';

/** Figures kept in thousands, millions or billions. */
export type Magnitude = 'thousands' | 'millions' | 'billions';
