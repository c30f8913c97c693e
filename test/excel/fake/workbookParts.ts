/**
 * Tables, names and settings of the fake workbook, and the workbook object that holds them.
 */
import { type Bounds, boundsToA1 } from '../../../src/core/address';
import type { Evaluator } from './cells';
import { FakeContext, FakeObject, loadNames } from './context';
import { type DocState, FakeOfficeError, type NameState, type SheetState, sheetRef } from './doc';
import { FakeRange } from './range';
import { FakeWorksheetCollection } from './workbook';

class FakeTable extends FakeObject {
  constructor(
    ctx: FakeContext,
    private readonly sheet: SheetState,
    private readonly table: { name: string; bounds: Bounds; showTotals?: boolean },
    private readonly evaluate: Evaluator,
  ) {
    super(ctx, 'Table');
  }
  protected readNow(name: string): unknown {
    if (name === 'name') return this.table.name;
    if (name === 'showTotals') return this.table.showTotals ?? false;
    throw new FakeOfficeError('InvalidArgument', `Table.${name}`);
  }
  get name(): string {
    return this.got('name');
  }
  get showTotals(): boolean {
    return this.got('showTotals');
  }
  getRange(): FakeRange {
    return new FakeRange(this.ctx, () => ({ sheet: this.sheet, bounds: this.table.bounds }), this.evaluate);
  }
}

class FakeTableCollection extends FakeObject {
  constructor(
    ctx: FakeContext,
    private readonly doc: DocState,
    private readonly evaluate: Evaluator,
  ) {
    super(ctx, 'TableCollection');
  }
  protected readNow(): unknown {
    throw new FakeOfficeError('InvalidArgument', 'TableCollection.load');
  }
  override load(arg?: unknown): this {
    const names = loadNames(arg).map((n) => n.replace(/^items\//, ''));
    this.ctx.enqueue({
      kind: 'load',
      what: 'TableCollection.load',
      requestBytes: 64,
      run: () => {
        const all = this.doc.sheets.flatMap((sheet) => sheet.tables.map((table) => ({ sheet, table })));
        const field = (table: { name: string; showTotals?: boolean }, n: string) =>
          n === 'name' ? table.name : n === 'showTotals' ? (table.showTotals ?? false) : null;
        const values = all.map(({ table }) => names.map((n) => [n, field(table, n)] as const));
        return {
          bytes: JSON.stringify(values).length,
          commit: () => {
            const items = all.map(({ sheet, table }) => new FakeTable(this.ctx, sheet, table, this.evaluate));
            items.forEach((item, i) => values[i].forEach(([n, v]) => item.deliver(n, v)));
            this.deliver('items', items);
          },
        };
      },
    });
    return this;
  }
  get items(): FakeTable[] {
    return this.got('items');
  }
}

class FakeNamedItem extends FakeObject {
  constructor(
    ctx: FakeContext,
    private readonly doc: DocState,
    private readonly find: () => NameState | null,
    orNull: boolean,
  ) {
    super(ctx, 'NamedItem', orNull);
  }
  protected override isNullNow(): boolean {
    return this.find() === null;
  }
  private state(what: string): NameState {
    const found = this.find();
    if (!found) throw new FakeOfficeError('ItemNotFound', what);
    return found;
  }
  protected readNow(name: string): unknown {
    const n = this.state(`NamedItem.${name}`);
    if (name === 'type') return n.sheet ? 'Range' : 'Error';
    if (name === 'value')
      return n.sheet
        ? `${sheetRef(n.sheet.name)}!${boundsToA1(n.bounds).replace(/([A-Z]+)(\d+)/g, '$$$1$$$2')}`
        : '#REF!';
    if (name === 'visible') return n.visible;
    if (name === 'comment') return n.comment ?? '';
    throw new FakeOfficeError('InvalidArgument', `NamedItem.${name}`);
  }
  get type(): string {
    return this.got('type');
  }
  get value(): unknown {
    return this.got('value');
  }
  get comment(): string {
    return this.got('comment');
  }
  set comment(value: string) {
    this.ctx.write('NamedItem.comment', value, () => void (this.state('NamedItem.comment').comment = value));
  }
  set visible(value: boolean) {
    this.ctx.write('NamedItem.visible', value, () => void (this.state('NamedItem.visible').visible = value));
  }
  delete(): void {
    this.ctx.write('NamedItem.delete', undefined, () => {
      const n = this.state('NamedItem.delete');
      this.doc.names.splice(this.doc.names.indexOf(n), 1);
    });
  }
}

class FakeSetting extends FakeObject {
  constructor(
    ctx: FakeContext,
    private readonly doc: DocState,
    private readonly key: string,
  ) {
    super(ctx, 'Setting', true);
  }
  protected override isNullNow(): boolean {
    return !this.doc.settings.has(this.key);
  }
  protected readNow(name: string): unknown {
    if (name !== 'value') throw new FakeOfficeError('InvalidArgument', `Setting.${name}`);
    return this.doc.settings.get(this.key);
  }
  get value(): unknown {
    return this.got('value');
  }
  delete(): void {
    this.ctx.write('Setting.delete', undefined, () => void this.doc.settings.delete(this.key));
  }
}

export class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly tables: FakeTableCollection;
  constructor(
    private readonly ctx: FakeContext,
    private readonly doc: DocState,
    evaluate: Evaluator,
  ) {
    this.worksheets = new FakeWorksheetCollection(ctx, doc, evaluate);
    this.tables = new FakeTableCollection(ctx, doc, evaluate);
  }

  get names() {
    const doc = this.doc;
    const ctx = this.ctx;
    const named = (name: string, orNull: boolean) =>
      new FakeNamedItem(
        ctx,
        doc,
        () => doc.names.find((n) => n.name.toLowerCase() === name.toLowerCase()) ?? null,
        orNull,
      );
    return {
      getItemOrNullObject: (name: string) => named(name, true),
      getItem: (name: string) => named(name, false),
      add: (name: string, reference: FakeRange, comment?: string) => {
        ctx.write('NamedItemCollection.add', name, () => {
          if (doc.names.some((n) => n.name.toLowerCase() === name.toLowerCase()))
            throw new FakeOfficeError('ItemAlreadyExists', 'NamedItemCollection.add');
          const { sheet, bounds } = reference.resolvedNow();
          doc.names.push({ name, sheet, bounds, visible: true, ...(comment !== undefined && { comment }) });
        });
        return named(name, false);
      },
    };
  }

  /** Workbook (structure) protection, ExcelApi 1.7: `protected` only. */
  get protection(): FakeObject & { readonly protected: boolean } {
    const doc = this.doc;
    return new (class extends FakeObject {
      protected readNow(name: string): unknown {
        if (name !== 'protected') throw new FakeOfficeError('InvalidArgument', `WorkbookProtection.${name}`);
        return doc.structureProtected ?? false;
      }
      get protected(): boolean {
        return this.got('protected');
      }
    })(this.ctx, 'WorkbookProtection');
  }

  get settings() {
    return {
      getItemOrNullObject: (key: string) => new FakeSetting(this.ctx, this.doc, key),
      add: (key: string, value: unknown) =>
        this.ctx.write(
          'SettingCollection.add',
          value,
          () => void this.doc.settings.set(key, JSON.parse(JSON.stringify(value))),
        ),
    };
  }
}
