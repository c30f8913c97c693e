/**
 * A worksheet's grid assembled row by row, the one way both readers give it to the engine: the
 * engine's own (read/index.ts) and exceljs's (readWorkbook.ts) feed it their rows and cells in
 * order, and it makes the dense rows, keeps formulas only where a row has one, reports formulas
 * without a saved result, and leaves out the far-away cells.
 */
import {
  type Bounds,
  colToLetters,
  type Issue,
  type ListObjectInfo,
  type RawValue,
  type SheetGrid,
  trimFarCells,
  warning,
  withHiddenRows,
  withMerges,
} from '../core';

const EMPTY_ROW: readonly RawValue[] = Object.freeze([]);
const NO_TEXT = EMPTY_ROW as readonly null[];

/**
 * Builds one sheet's grid: {@link row} for each row with cells, in order, then {@link cell} for
 * each of its cells, left to right; then {@link grid}.
 */
export class GridBuilder {
  private readonly values: (readonly RawValue[])[] = [];
  private readonly formats: (readonly (string | null)[])[] = [];
  // Formulas, kept only for rows that have one (the engine recognises SUBTOTAL rows and its own labels).
  private readonly formulas: (readonly (string | null)[])[] = [];
  private anyFormula = false;
  private readonly noResult: string[] = [];
  private r = -1;
  private vals: RawValue[] = [];
  private fmts: (string | null)[] = [];
  private fmls: (string | null)[] | null = null;

  constructor(private readonly name: string) {}

  /** Starts the zero-based row `r` (after any row started before it); rows not started are blank. */
  row(r: number): void {
    this.endRow();
    const { values, formats } = this;
    while (values.length < r) {
      values.push(EMPTY_ROW);
      formats.push(NO_TEXT);
    }
    this.r = r;
    this.vals = [];
    this.fmts = [];
    this.fmls = null;
  }

  /**
   * The cell in zero-based column `c` of the current row (after any cell given before it):
   * its value (`undefined` for a formula without a saved result, read as blank and reported),
   * its number format, and its formula (with or without a leading '='; null or '' for none).
   */
  cell(c: number, value: RawValue | undefined, format: string | null, formula: string | null): void {
    const { vals, fmts } = this;
    while (vals.length < c) {
      vals.push(null);
      fmts.push(null);
    }
    let v = value;
    if (v === undefined) {
      this.noResult.push(`${colToLetters(c)}${this.r + 1}`);
      v = null;
    }
    vals.push(v);
    fmts.push(format);
    // The formula without a leading '=' ("SUBTOTAL(9,B2:B3)"), in its column.
    if (formula) {
      const fmls = (this.fmls ??= []);
      while (fmls.length < c) fmls.push(null);
      fmls[c] = formula.replace(/^=/, '');
    }
  }

  private endRow(): void {
    if (this.r < 0) return;
    const { formulas, fmls } = this;
    this.values.push(this.vals);
    this.formats.push(this.fmts);
    while (formulas.length < this.r) formulas.push(NO_TEXT);
    formulas.push(fmls ?? NO_TEXT);
    if (fmls) this.anyFormula = true;
    this.r = -1;
  }

  /**
   * The sheet's grid, with its Excel tables and, when it is hidden or very hidden, its visibility
   * (`state` as the workbook part gives it: the engine decides what to read); far-away cells left out (see tables/farCells.ts), as the
   * add-in leaves them unread, so that every host gives the engine the same grids and warnings.
   * Formulas without a saved result are reported once to `onIssue`.
   */
  grid(
    tables: readonly ListObjectInfo[],
    state: string | null | undefined,
    onIssue?: (issue: Issue) => void,
    hiddenRows: readonly number[] = [],
    merges: readonly Bounds[] = [],
  ): SheetGrid {
    this.endRow();
    const { name, values, formats, formulas, noResult } = this;
    if (noResult.length && onIssue)
      onIssue(warning('formula-no-result', { sheet: name, cells: noResult }, { sheet: name, cell: noResult[0] }));
    const plain: SheetGrid = this.anyFormula ? { name, values, formats, formulas } : { name, values, formats };
    const grid = withMerges(
      trimFarCells(withHiddenRows(tables.length ? { ...plain, tables } : plain, hiddenRows)),
      merges,
    );
    return state === 'hidden' || state === 'veryHidden' ? { ...grid, visibility: state } : grid;
  }
}
