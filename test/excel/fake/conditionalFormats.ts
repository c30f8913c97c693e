/**
 * Conditional formats, kept per sheet in priority order (index 0 is applied first). As in
 * Office.js, `add` puts a new format at the top; setting `priority` moves it (a negative value
 * counts from the back, out-of-range values go to the nearest end) and the proxy must not be used
 * again afterwards; `custom` exists only on custom
 * formats; a protected sheet refuses every change.
 */
import type { Bounds } from '../../../src/core/address';
import { defaultEvaluator } from './cells';
import { FakeContext, FakeObject, loadNames } from './context';
import { type CfState, FakeOfficeError, type SheetState, addressOf, intersects } from './doc';
import { FakeRange } from './range';

/** Resolves, at sync, the sheet and the areas a collection belongs to. */
export type AreasResolver = () => { sheet: SheetState; areas: Bounds[] };

let nextId = 1;

function guard(sheet: SheetState, what: string): void {
  if (sheet.isProtected) throw new FakeOfficeError('AccessDenied', what, 'The sheet is protected.');
}

class FakeRule extends FakeObject {
  constructor(
    ctx: FakeContext,
    private readonly cf: (write: boolean) => CfState,
  ) {
    super(ctx, 'ConditionalFormatRule');
  }
  protected readNow(name: string): unknown {
    if (name !== 'formula') throw new FakeOfficeError('InvalidArgument', `ConditionalFormatRule.${name}`);
    return this.cf(false).formula;
  }
  get formula(): string {
    return this.got('formula');
  }
  set formula(value: string) {
    this.ctx.write('ConditionalFormatRule.formula', value, () => void (this.cf(true).formula = value));
  }
}

export class FakeConditionalFormat extends FakeObject {
  private moved = false;
  constructor(
    ctx: FakeContext,
    private readonly sheetOf: () => SheetState,
    private readonly stateOf: () => CfState,
  ) {
    super(ctx, 'ConditionalFormat');
  }

  /** The state, checked at sync: gone → ItemNotFound; used after a priority move → InvalidOperation. */
  private state(what: string, write = false): CfState {
    if (this.moved)
      throw new FakeOfficeError('InvalidOperation', what, 'Re-fetch a conditional format after changing its priority.');
    const cf = this.stateOf();
    const sheet = this.sheetOf();
    if (!sheet.cfs.includes(cf)) throw new FakeOfficeError('ItemNotFound', what);
    if (write) guard(sheet, what);
    return cf;
  }

  protected readNow(name: string): unknown {
    const cf = this.state(`ConditionalFormat.${name}`);
    if (name === 'type') return cf.type;
    if (name === 'priority') return this.sheetOf().cfs.indexOf(cf);
    if (name === 'stopIfTrue') return cf.stopIfTrue;
    if (name === 'id') return String(cf.id);
    throw new FakeOfficeError('InvalidArgument', `ConditionalFormat.${name}`);
  }

  get type(): string {
    return this.got('type');
  }
  get stopIfTrue(): boolean {
    return this.got('stopIfTrue');
  }
  set stopIfTrue(value: boolean) {
    this.ctx.write(
      'ConditionalFormat.stopIfTrue',
      value,
      () => void (this.state('ConditionalFormat.stopIfTrue', true).stopIfTrue = value),
    );
  }
  get priority(): number {
    return this.got('priority');
  }
  set priority(value: number) {
    this.ctx.write('ConditionalFormat.priority', value, () => {
      const cf = this.state('ConditionalFormat.priority', true);
      const list = this.sheetOf().cfs;
      // A negative priority counts from the back (-1 is last); out of range goes to the nearest end.
      const at = value < 0 ? list.length + value : value;
      list.splice(list.indexOf(cf), 1);
      list.splice(Math.max(0, Math.min(at, list.length)), 0, cf);
      this.moved = true;
    });
  }

  /** The custom-format parts; using them on a format of another type fails at sync. */
  get custom() {
    const custom = (what: string, write = true) => {
      const cf = this.state(what, write);
      if (cf.type !== 'Custom') throw new FakeOfficeError('InvalidArgument', `ConditionalFormat.custom (${cf.type})`);
      return cf;
    };
    const colour = (part: 'fill' | 'font') => ({
      set color(value: string) {
        ctxWrite(
          `ConditionalRange${part === 'fill' ? 'Fill' : 'Font'}.color`,
          value,
          () => void (custom(`custom.format.${part}`)[part] = value),
        );
      },
    });
    const ctxWrite = (what: string, value: unknown, run: () => void) => this.ctx.write(what, value, run);
    return {
      rule: new FakeRule(this.ctx, (write) => custom('custom.rule', write)),
      format: { fill: colour('fill'), font: colour('font') },
    };
  }

  /** The range the format applies to; like Office.js, an error at sync when it has several areas. */
  getRange(): FakeRange {
    return new FakeRange(
      this.ctx,
      () => {
        const cf = this.state('ConditionalFormat.getRange');
        if (cf.areas.length !== 1)
          throw new FakeOfficeError(
            'InvalidOperation',
            'ConditionalFormat.getRange',
            'The conditional format applies to several ranges.',
          );
        return { sheet: this.sheetOf(), bounds: cf.areas[0] };
      },
      defaultEvaluator,
    );
  }

  /** The areas the format applies to (ExcelApi 1.9), as `RangeAreas.address`: "Sheet1!F5:F9, Sheet1!F12". */
  getRanges(): FakeFormatAreas {
    return new FakeFormatAreas(this.ctx, () => ({
      sheet: this.sheetOf(),
      areas: this.state('ConditionalFormat.getRanges').areas,
    }));
  }

  delete(): void {
    this.ctx.write('ConditionalFormat.delete', undefined, () => {
      const cf = this.state('ConditionalFormat.delete', true);
      const list = this.sheetOf().cfs;
      list.splice(list.indexOf(cf), 1);
    });
  }
}

/** The areas of one conditional format: only `address` can be loaded. */
export class FakeFormatAreas extends FakeObject {
  constructor(
    ctx: FakeContext,
    private readonly resolve: () => { sheet: SheetState; areas: readonly Bounds[] },
  ) {
    super(ctx, 'RangeAreas');
  }
  protected readNow(name: string): unknown {
    if (name !== 'address') throw new FakeOfficeError('InvalidArgument', `RangeAreas.${name}`);
    const { sheet, areas } = this.resolve();
    return areas.map((b) => addressOf(sheet, b)).join(', ');
  }
  get address(): string {
    return this.got('address');
  }
}

export class FakeConditionalFormatCollection extends FakeObject {
  constructor(
    ctx: FakeContext,
    private readonly resolve: AreasResolver,
  ) {
    super(ctx, 'ConditionalFormatCollection');
  }

  protected readNow(): unknown {
    throw new FakeOfficeError('InvalidArgument', 'ConditionalFormatCollection.load');
  }

  /** `load("items/type, items/priority")`: the formats that touch the areas, in priority order. */
  override load(arg?: unknown): this {
    const names = loadNames(arg).map((n) => n.replace(/^items\//, ''));
    this.ctx.enqueue({
      kind: 'load',
      what: 'ConditionalFormatCollection.load',
      requestBytes: 64,
      run: () => {
        const { sheet, areas } = this.resolve();
        const members = sheet.cfs.filter((cf) => cf.areas.some((a) => areas.some((b) => intersects(a, b))));
        const items = members.map(
          (cf) =>
            new FakeConditionalFormat(
              this.ctx,
              () => sheet,
              () => cf,
            ),
        );
        const values = members.map((cf) =>
          names.map(
            (n) =>
              [
                n,
                n === 'type'
                  ? cf.type
                  : n === 'priority'
                    ? sheet.cfs.indexOf(cf)
                    : n === 'stopIfTrue'
                      ? cf.stopIfTrue
                      : null,
              ] as const,
          ),
        );
        return {
          bytes: JSON.stringify(values).length,
          commit: () => {
            items.forEach((item, i) => values[i].forEach(([n, v]) => item.deliver(n, v)));
            this.deliver('items', items);
          },
        };
      },
    });
    return this;
  }

  get items(): FakeConditionalFormat[] {
    return this.got('items');
  }

  /** A new format over the collection's areas, at the top of the sheet's priority order. */
  add(type: string): FakeConditionalFormat {
    let created: CfState | null = null;
    let home: SheetState | null = null;
    this.ctx.write('ConditionalFormatCollection.add', type, () => {
      const { sheet, areas } = this.resolve();
      guard(sheet, 'ConditionalFormatCollection.add');
      created = { id: nextId++, type, formula: null, fill: null, font: null, stopIfTrue: false, areas };
      home = sheet;
      sheet.cfs.unshift(created);
    });
    return new FakeConditionalFormat(
      this.ctx,
      () => home!,
      () => created!,
    );
  }
}
