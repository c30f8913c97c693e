/**
 * Ranges and range areas. A range is resolved at sync time, so a used range is the used range
 * when the batch runs; an *OrNullObject range with nothing behind it reports `isNullObject`.
 */
import type { Bounds } from '../../../src/core/address';
import { type CellProperty, type Evaluator, readCells, writeCells } from './cells';
import { FakeConditionalFormatCollection } from './conditionalFormats';
import { FakeContext, FakeObject, recorder } from './context';
import { FakeOfficeError, type SheetState, addressOf, boundsOrFail, colOf, rowOf, usedBounds } from './doc';

/** Resolves, at sync, what a range stands for; null for a null object. */
export type RangeResolver = () => { sheet: SheetState; bounds: Bounds } | null;

const CELL_PROPERTIES = new Set(['values', 'formulas', 'valueTypes', 'numberFormat']);
/** Excel documents an 8,192-character limit on a `getRanges` address. */
const MAX_ADDRESS = 8192;

export class FakeRange extends FakeObject {
  constructor(
    ctx: FakeContext,
    private readonly resolver: RangeResolver,
    private readonly evaluate: Evaluator,
    orNull = false,
  ) {
    super(ctx, 'Range', orNull);
  }

  private resolve(what: string): { sheet: SheetState; bounds: Bounds } {
    const found = this.resolver();
    if (!found) throw new FakeOfficeError('ItemNotFound', what);
    return found;
  }

  /** The sheet and rectangle now (for the fake's own use, inside sync). */
  resolvedNow(): { sheet: SheetState; bounds: Bounds } {
    return this.resolve('Range');
  }

  protected override isNullNow(): boolean {
    return this.resolver() === null;
  }

  protected readNow(name: string): unknown {
    const { sheet, bounds } = this.resolve(`Range.${name}`);
    if (name === 'address') return addressOf(sheet, bounds);
    if (name === 'rowHidden') return rowHidden(sheet, bounds);
    if (name === 'rowCount') return bounds.bottom - bounds.top + 1;
    if (name === 'columnCount') return bounds.right - bounds.left + 1;
    if (CELL_PROPERTIES.has(name)) {
      const cells = (bounds.bottom - bounds.top + 1) * (bounds.right - bounds.left + 1);
      if (cells > 5_000_000) throw new FakeOfficeError('RangeExceedsLimit', `Range.${name}`);
      return readCells(sheet, bounds, name as CellProperty);
    }
    throw new FakeOfficeError('InvalidArgument', `Range.${name}`, `The fake does not know Range.${name}.`);
  }

  get address(): string {
    return this.got('address');
  }
  get values(): unknown[][] {
    return this.got('values');
  }
  set values(data: unknown[][]) {
    this.writeArray('values', data);
  }
  get formulas(): unknown[][] {
    return this.got('formulas');
  }
  set formulas(data: unknown[][]) {
    this.writeArray('formulas', data);
  }
  get numberFormat(): unknown[][] {
    return this.got('numberFormat');
  }
  set numberFormat(data: unknown[][]) {
    this.writeArray('numberFormat', data);
  }
  get valueTypes(): unknown[][] {
    return this.got('valueTypes');
  }

  private writeArray(what: 'values' | 'formulas' | 'numberFormat', data: unknown[][]): void {
    this.ctx.write(`Range.${what}`, data, () => {
      const { sheet, bounds } = this.resolve(`Range.${what}`);
      writeCells(sheet, bounds, what, data, this.evaluate);
    });
  }

  /**
   * Font, fill, widths…: recorded against the sheet (refused on a protected sheet). Excel holds
   * one value of each property per cell, so a setting replaces the records of the same property
   * on cells inside its range; `useStandardHeight` (and `useStandardWidth`) replaces row heights
   * (column widths) there.
   */
  get format(): unknown {
    return recorder(this.ctx, 'RangeFormat', (path, value) => {
      const { sheet, bounds } = this.resolve('RangeFormat');
      if (sheet.isProtected) throw new FakeOfficeError('AccessDenied', `RangeFormat.${path}`);
      const replaces = new Set([path, ...(STANDARD[path] ? [STANDARD[path]] : [])]);
      dropFormats(sheet, bounds, (p) => replaces.has(p));
      sheet.formatCalls.push({ target: addressOf(sheet, bounds), path, value });
    });
  }

  /** `Range.rowHidden` (ExcelApi 1.2): see {@link rowHidden}; set, it hides or shows every row of the range. */
  get rowHidden(): boolean | null {
    return this.got('rowHidden');
  }
  set rowHidden(hidden: boolean) {
    this.ctx.write('Range.rowHidden', hidden, () => {
      const { sheet, bounds } = this.resolve('Range.rowHidden');
      for (let r = bounds.top; r <= bounds.bottom; r++)
        if (hidden) sheet.hiddenRows.add(r);
        else sheet.hiddenRows.delete(r);
    });
  }

  /**
   * The visible cells of this range (ExcelApi 1.9), the only special cells the fake knows: the rows
   * not hidden, in runs, each run one area; a null object when every row is hidden. The fake hides
   * no columns. https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getspecialcellsornullobject-member(1)
   */
  getSpecialCellsOrNullObject(cellType: string): FakeVisibleAreas {
    if (cellType !== 'Visible')
      throw new FakeOfficeError(
        'InvalidArgument',
        'Range.getSpecialCellsOrNullObject',
        `The fake knows only "Visible" cells.`,
      );
    return new FakeVisibleAreas(this.ctx, () => {
      const { sheet, bounds } = this.resolve('Range.getSpecialCellsOrNullObject');
      const areas: { top: number; left: number; bottom: number; right: number }[] = [];
      for (let r = bounds.top; r <= bounds.bottom; r++) {
        if (sheet.hiddenRows.has(r)) continue;
        const last = areas[areas.length - 1];
        if (last && last.bottom === r - 1) last.bottom = r;
        else areas.push({ top: r, left: bounds.left, bottom: r, right: bounds.right });
      }
      return areas.length ? { sheet, areas } : null;
    });
  }

  /**
   * The merged areas whose top-left cell is in this range (ExcelApi 1.13), a null object when there
   * are none; more than 512 fail at sync, as the reference warns ("if the merged areas count in this
   * range is more than 512, then this method will fail to return the result"). An area that only
   * overlaps the range from above or the left is not given (OfficeDev/office-js issue 3611).
   * https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getmergedareasornullobject-member(1)
   */
  getMergedAreasOrNullObject(): FakeVisibleAreas {
    return new FakeVisibleAreas(this.ctx, () => {
      const { sheet, bounds } = this.resolve('Range.getMergedAreasOrNullObject');
      const areas = sheet.merges.filter(
        (b) => b.top >= bounds.top && b.top <= bounds.bottom && b.left >= bounds.left && b.left <= bounds.right,
      );
      if (areas.length > 512) throw new FakeOfficeError('GeneralException', 'Range.getMergedAreasOrNullObject');
      return areas.length ? { sheet, areas } : null;
    });
  }

  /**
   * `Range.clear(applyTo)`: "Contents" empties the cells, "Formats" takes off their formats
   * (number formats included), "All" (the default) both. As in Excel, column widths and row
   * heights stay; a chart over the range stays too.
   */
  clear(applyTo: 'All' | 'Formats' | 'Contents' = 'All'): void {
    this.ctx.write('Range.clear', applyTo, () => {
      const { sheet, bounds } = this.resolve('Range.clear');
      if (sheet.isProtected) throw new FakeOfficeError('AccessDenied', 'Range.clear');
      for (const [k, cell] of [...sheet.cells]) {
        const r = rowOf(k);
        const c = colOf(k);
        if (r < bounds.top || r > bounds.bottom || c < bounds.left || c > bounds.right) continue;
        // A new state rather than an edit of the old, as a cell emptied and written again is another cell.
        const left = {
          value: applyTo === 'Formats' ? cell.value : null,
          formula: applyTo === 'Formats' ? cell.formula : null,
          format: applyTo === 'Contents' ? cell.format : 'General',
        };
        if (left.value === null && left.formula === null && left.format === 'General') sheet.cells.delete(k);
        else sheet.cells.set(k, left);
      }
      if (applyTo !== 'Contents') dropFormats(sheet, bounds, (p) => !KEPT_BY_CLEAR.has(p));
    });
  }

  get conditionalFormats(): FakeConditionalFormatCollection {
    return new FakeConditionalFormatCollection(this.ctx, () => {
      const { sheet, bounds } = this.resolve('Range.conditionalFormats');
      return { sheet, areas: [bounds] };
    });
  }

  /**
   * The used part of this range, or a null object: cells with a value or formula, and with
   * `valuesOnly` false (the default, as documented) formatted empty cells too. Only an address
   * travels, however large the range.
   */
  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return new FakeRange(
      this.ctx,
      () => {
        const { sheet, bounds } = this.resolve('Range.getUsedRangeOrNullObject');
        const used = usedBounds(sheet, bounds, valuesOnly);
        return used ? { sheet, bounds: used } : null;
      },
      this.evaluate,
      true,
    );
  }
}

/**
 * `Range.rowHidden`: true when every row of the range is hidden, false when none is, null when some
 * are (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-rowhidden-member).
 */
function rowHidden(sheet: SheetState, bounds: Bounds): boolean | null {
  let hidden = 0;
  for (const r of sheet.hiddenRows) if (r >= bounds.top && r <= bounds.bottom) hidden++;
  return hidden === 0 ? false : hidden === bounds.bottom - bounds.top + 1 ? true : null;
}

/**
 * The areas `getSpecialCellsOrNullObject` (or `getMergedAreasOrNullObject`) found: only `address` can be loaded, as
 * `RangeAreas.address` gives it, each area with its sheet's name ("Sheet1!A1:F5, Sheet1!A7:F20").
 */
export class FakeVisibleAreas extends FakeObject {
  constructor(
    ctx: FakeContext,
    private readonly found: () => { sheet: SheetState; areas: Bounds[] } | null,
  ) {
    super(ctx, 'RangeAreas', true);
  }

  protected override isNullNow(): boolean {
    return this.found() === null;
  }

  protected readNow(name: string): unknown {
    const found = this.found();
    if (name === 'address' && found) return found.areas.map((b) => addressOf(found.sheet, b)).join(', ');
    throw new FakeOfficeError('InvalidArgument', `RangeAreas.${name}`, `The fake does not know RangeAreas.${name}.`);
  }

  get address(): string {
    return this.got('address');
  }
}

/** What `useStandardHeight` / `useStandardWidth` put back. */
const STANDARD: Record<string, string> = { useStandardHeight: 'rowHeight', useStandardWidth: 'columnWidth' };
/** Format properties `Range.clear` leaves as they are. */
const KEPT_BY_CLEAR = new Set(['rowHeight', 'columnWidth', 'useStandardHeight', 'useStandardWidth']);

/** Takes off the sheet's format records for properties `which` on ranges inside `within`. */
function dropFormats(sheet: SheetState, within: Bounds, which: (path: string) => boolean): void {
  const inside = (target: string) => {
    const at = target.lastIndexOf('!');
    const b = at < 0 ? null : boundsOrNull(target.slice(at + 1));
    return (
      b !== null && b.top >= within.top && b.bottom <= within.bottom && b.left >= within.left && b.right <= within.right
    );
  };
  for (let i = sheet.formatCalls.length - 1; i >= 0; i--) {
    const call = sheet.formatCalls[i];
    if (which(call.path) && inside(call.target)) sheet.formatCalls.splice(i, 1);
  }
}

function boundsOrNull(address: string): Bounds | null {
  try {
    return boundsOrFail(address.replace(/\$/g, ''), 'format');
  } catch {
    return null;
  }
}

/**
 * Several rectangles of one sheet (ExcelApi 1.9): their count and their conditional formats. The
 * address takes the areas apart at the locale's list separator only, as Excel on Windows does
 * (office-js issues 1167 and 1985; the reference says either a comma or a semicolon): with the
 * other one the address is invalid, at sync.
 */
export class FakeRangeAreas extends FakeObject {
  constructor(
    ctx: FakeContext,
    private readonly sheet: () => SheetState,
    private readonly address: string,
    private readonly separator: ',' | ';',
  ) {
    super(ctx, 'RangeAreas');
  }

  private areas(): Bounds[] {
    if (this.address.length > MAX_ADDRESS)
      throw new FakeOfficeError(
        'InvalidArgument',
        'Worksheet.getRanges',
        'The address is longer than 8,192 characters.',
      );
    return this.address.split(this.separator).map((a) => boundsOrFail(a.trim(), 'Worksheet.getRanges'));
  }

  protected readNow(name: string): unknown {
    if (name === 'areaCount') return this.areas().length;
    throw new FakeOfficeError('InvalidArgument', `RangeAreas.${name}`, `The fake does not know RangeAreas.${name}.`);
  }

  get areaCount(): number {
    return this.got('areaCount');
  }

  get conditionalFormats(): FakeConditionalFormatCollection {
    return new FakeConditionalFormatCollection(this.ctx, () => ({ sheet: this.sheet(), areas: this.areas() }));
  }
}
