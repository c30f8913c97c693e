/**
 * The workbook, its worksheets, tables, names and settings, as proxies over the fake document.
 */
import type { Evaluator } from './cells';
import { FakeContext, FakeObject, loadNames, recorder } from './context';
import { boundsToA1 } from '../../../src/core/address';
import {
  type ChartState,
  type DocState,
  FakeOfficeError,
  type SheetState,
  WHOLE_SHEET,
  boundsOrFail,
  newSheet,
  usedBounds,
} from './doc';
import { FakeRange, FakeRangeAreas } from './range';

/** A collection's `load("items/a, items/b")`: items made at sync, their properties delivered with them. */
function loadItems<T extends FakeObject>(
  ctx: FakeContext,
  owner: FakeObject,
  what: string,
  arg: unknown,
  list: () => unknown[],
  make: (x: never) => T,
  read: (x: never, name: string) => unknown,
): void {
  const names = loadNames(arg).map((n) => n.replace(/^items\//, ''));
  ctx.enqueue({
    kind: 'load',
    what,
    requestBytes: 64,
    run: () => {
      const states = list();
      const values = states.map((s) => names.map((n) => [n, read(s as never, n)] as const));
      return {
        bytes: JSON.stringify(values).length,
        commit: () => {
          const items = states.map((s) => make(s as never));
          items.forEach((item, i) => values[i].forEach(([n, v]) => item.deliver(n, v)));
          owner.deliver('items', items);
        },
      };
    },
  });
}

export class FakeWorksheet extends FakeObject {
  constructor(
    ctx: FakeContext,
    private readonly doc: DocState,
    readonly resolveSheet: () => SheetState,
    private readonly evaluate: Evaluator,
  ) {
    super(ctx, 'Worksheet');
  }

  protected readNow(name: string): unknown {
    const sheet = this.resolveSheet();
    if (name === 'name') return sheet.name;
    if (name === 'position') return this.doc.sheets.indexOf(sheet);
    throw new FakeOfficeError('InvalidArgument', `Worksheet.${name}`);
  }

  get name(): string {
    return this.got('name');
  }
  get position(): number {
    return this.got('position');
  }
  set position(value: number) {
    this.ctx.write('Worksheet.position', value, () => {
      const sheet = this.resolveSheet();
      this.doc.sheets.splice(this.doc.sheets.indexOf(sheet), 1);
      this.doc.sheets.splice(Math.min(value, this.doc.sheets.length), 0, sheet);
    });
  }

  get protection(): FakeObject & { readonly protected: boolean } {
    const resolve = this.resolveSheet;
    return new (class extends FakeObject {
      protected readNow(): unknown {
        return resolve().isProtected;
      }
      get protected(): boolean {
        return this.got('protected');
      }
    })(this.ctx, 'WorksheetProtection');
  }

  getRange(address?: string): FakeRange {
    return new FakeRange(
      this.ctx,
      () => ({
        sheet: this.resolveSheet(),
        bounds: address ? boundsOrFail(address, 'Worksheet.getRange') : WHOLE_SHEET,
      }),
      this.evaluate,
    );
  }

  getRanges(address: string): FakeRangeAreas {
    return new FakeRangeAreas(this.ctx, this.resolveSheet, address);
  }

  /**
   * The used range; an empty sheet gives ItemNotFound at sync (use the *OrNullObject form).
   * `valuesOnly` as documented: formatted empty cells count unless it is true.
   */
  getUsedRange(valuesOnly = false): FakeRange {
    return new FakeRange(
      this.ctx,
      () => {
        const sheet = this.resolveSheet();
        const used = usedBounds(sheet, undefined, valuesOnly);
        if (!used) throw new FakeOfficeError('ItemNotFound', 'Worksheet.getUsedRange', 'The sheet is empty.');
        return { sheet, bounds: used };
      },
      this.evaluate,
    );
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return new FakeRange(
      this.ctx,
      () => {
        const sheet = this.resolveSheet();
        const used = usedBounds(sheet, undefined, valuesOnly);
        return used ? { sheet, bounds: used } : null;
      },
      this.evaluate,
      true,
    );
  }

  /** Page set-up (print area, orientation, fit to pages) is recorded against the sheet, as `pageLayout.<path>`. */
  get pageLayout(): unknown {
    return recorder(this.ctx, 'PageLayout', (path, value) => {
      const sheet = this.resolveSheet();
      if (sheet.isProtected) throw new FakeOfficeError('AccessDenied', `PageLayout.${path}`);
      sheet.formatCalls.push({ target: sheet.name, path: `pageLayout.${path}`, value });
    });
  }

  /** Charts are recorded, not drawn: `add` notes the type and source; later calls are noted on it. */
  get charts(): { add(type: string, source: FakeRange, seriesBy?: string): unknown } {
    return {
      add: (type, source, seriesBy) => {
        let chart: ChartState | null = null;
        this.ctx.write('ChartCollection.add', type, () => {
          const sheet = this.resolveSheet();
          if (sheet.isProtected) throw new FakeOfficeError('AccessDenied', 'ChartCollection.add');
          chart = { type, source: boundsToA1(source.resolvedNow().bounds), seriesBy, calls: [] };
          sheet.charts.push(chart);
        });
        return recorder(this.ctx, 'Chart', (path, value) => chart!.calls.push({ target: 'chart', path, value }));
      },
    };
  }

  delete(): void {
    this.ctx.write('Worksheet.delete', undefined, () => {
      const sheet = this.resolveSheet();
      this.doc.sheets.splice(this.doc.sheets.indexOf(sheet), 1);
      for (const n of this.doc.names) if (n.sheet === sheet) n.sheet = null;
      if (this.doc.active === sheet) this.doc.active = this.doc.sheets[0] ?? null;
    });
  }

  activate(): void {
    this.ctx.write('Worksheet.activate', undefined, () => void (this.doc.active = this.resolveSheet()));
  }
}

export class FakeWorksheetCollection extends FakeObject {
  constructor(
    ctx: FakeContext,
    private readonly doc: DocState,
    private readonly evaluate: Evaluator,
  ) {
    super(ctx, 'WorksheetCollection');
  }

  protected readNow(): unknown {
    throw new FakeOfficeError('InvalidArgument', 'WorksheetCollection.load');
  }

  override load(arg?: unknown): this {
    loadItems(
      this.ctx,
      this,
      'WorksheetCollection.load',
      arg,
      () => [...this.doc.sheets],
      (s: SheetState) => this.sheetProxy(() => this.alive(s)),
      (s: SheetState, n) => (n === 'name' ? s.name : n === 'position' ? this.doc.sheets.indexOf(s) : null),
    );
    return this;
  }

  get items(): FakeWorksheet[] {
    return this.got('items');
  }

  private sheetProxy(resolve: () => SheetState): FakeWorksheet {
    return new FakeWorksheet(this.ctx, this.doc, resolve, this.evaluate);
  }

  private alive(sheet: SheetState): SheetState {
    if (!this.doc.sheets.includes(sheet)) throw new FakeOfficeError('ItemNotFound', 'Worksheet');
    return sheet;
  }

  getItem(name: string): FakeWorksheet {
    return this.sheetProxy(() => {
      const found = this.doc.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
      if (!found)
        throw new FakeOfficeError(
          'ItemNotFound',
          'WorksheetCollection.getItem',
          `The requested resource doesn't exist: ${name}.`,
        );
      return found;
    });
  }

  add(name: string): FakeWorksheet {
    let created: SheetState | null = null;
    this.ctx.write('WorksheetCollection.add', name, () => {
      if (this.doc.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase()))
        throw new FakeOfficeError('ItemAlreadyExists', 'WorksheetCollection.add');
      if (!name || name.length > 31 || /[\\/?*[\]:]/.test(name))
        throw new FakeOfficeError('InvalidArgument', 'WorksheetCollection.add');
      created = newSheet(name);
      this.doc.sheets.push(created);
    });
    return this.sheetProxy(() => {
      if (!created) throw new FakeOfficeError('ItemNotFound', 'Worksheet');
      return this.alive(created);
    });
  }
}
