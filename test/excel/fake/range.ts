/**
 * Ranges and range areas. A range is resolved at sync time, so a used range is the used range
 * when the batch runs; an *OrNullObject range with nothing behind it reports `isNullObject`.
 */
import type { Bounds } from '../../../src/core/address';
import { type CellProperty, type Evaluator, readCells, writeCells } from './cells';
import { FakeConditionalFormatCollection } from './conditionalFormats';
import { FakeContext, FakeObject, recorder } from './context';
import { FakeOfficeError, type SheetState, addressOf, boundsOrFail, usedBounds } from './doc';

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

  /** Font, fill, widths…: recorded against the sheet (refused on a protected sheet). */
  get format(): unknown {
    return recorder(this.ctx, 'RangeFormat', (path, value) => {
      const { sheet, bounds } = this.resolve('RangeFormat');
      if (sheet.isProtected) throw new FakeOfficeError('AccessDenied', `RangeFormat.${path}`);
      sheet.formatCalls.push({ target: addressOf(sheet, bounds), path, value });
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

/** Several rectangles of one sheet (ExcelApi 1.9): here only their conditional formats. */
export class FakeRangeAreas {
  constructor(
    private readonly ctx: FakeContext,
    private readonly sheet: () => SheetState,
    private readonly address: string,
  ) {}

  get conditionalFormats(): FakeConditionalFormatCollection {
    return new FakeConditionalFormatCollection(this.ctx, () => {
      if (this.address.length > MAX_ADDRESS)
        throw new FakeOfficeError(
          'InvalidArgument',
          'Worksheet.getRanges',
          'The address is longer than 8,192 characters.',
        );
      const areas = this.address.split(/[,;]/).map((a) => boundsOrFail(a.trim(), 'Worksheet.getRanges'));
      return { sheet: this.sheet(), areas };
    });
  }
}
