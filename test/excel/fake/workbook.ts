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
  checkStructure,
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
    if (name === 'visibility') return sheet.visibility ?? 'Visible';
    throw new FakeOfficeError('InvalidArgument', `Worksheet.${name}`);
  }

  get name(): string {
    return this.got('name');
  }
  get visibility(): string {
    return this.got('visibility');
  }
  get position(): number {
    return this.got('position');
  }
  set position(value: number) {
    this.ctx.write('Worksheet.position', value, () => {
      checkStructure(this.doc, 'Worksheet.position');
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
    return new FakeRangeAreas(this.ctx, this.resolveSheet, address, this.doc.listSeparator ?? ',');
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

  /** Page set-up (print area, orientation, fit to pages) is recorded against the sheet, as `pageLayout.<path>`, the last of each kept. */
  get pageLayout(): unknown {
    return recorder(this.ctx, 'PageLayout', (path, value) => {
      const sheet = this.resolveSheet();
      if (sheet.isProtected) throw new FakeOfficeError('AccessDenied', `PageLayout.${path}`);
      // One value of each setting per sheet: a new one replaces the old.
      const at = sheet.formatCalls.findIndex((c) => c.target === sheet.name && c.path === `pageLayout.${path}`);
      if (at >= 0) sheet.formatCalls.splice(at, 1);
      sheet.formatCalls.push({ target: sheet.name, path: `pageLayout.${path}`, value });
    });
  }

  /**
   * Charts are recorded, not drawn: `add` notes the type and source and names the chart "Chart n"
   * as Excel does; setting `name` renames it; later calls are noted on it. The collection lists
   * the sheet's charts by name (`load("items/name")`), finds one (`getItemOrNullObject`) and
   * deletes it.
   */
  get charts(): FakeChartCollection {
    return new FakeChartCollection(this.ctx, this.resolveSheet);
  }

  /** Deletes the sheet: names on it and formulas elsewhere that refer to it become #REF!, as in Excel. */
  delete(): void {
    this.ctx.write('Worksheet.delete', undefined, () => {
      checkStructure(this.doc, 'Worksheet.delete');
      const sheet = this.resolveSheet();
      this.doc.sheets.splice(this.doc.sheets.indexOf(sheet), 1);
      for (const n of this.doc.names) if (n.sheet === sheet) n.sheet = null;
      for (const other of this.doc.sheets) refsToDeletedSheet(other, sheet.name);
      if (this.doc.active === sheet) this.doc.active = this.doc.sheets[0] ?? null;
    });
  }

  activate(): void {
    this.ctx.write('Worksheet.activate', undefined, () => void (this.doc.active = this.resolveSheet()));
  }
}

/** One chart's proxy: its name (loadable, settable) and `delete`; anything else is recorded on it. */
function chartProxy(ctx: FakeContext, find: () => ChartState | null, orNull: boolean): unknown {
  const record = recorder(ctx, 'Chart', (path, value) => {
    const chart = find();
    if (!chart) throw new FakeOfficeError('ItemNotFound', `Chart.${path}`);
    if (path === 'name') chart.name = String(value);
    chart.calls.push({ target: 'chart', path, value });
  }) as Record<string, unknown>;
  const item = new (class extends FakeObject {
    protected override isNullNow(): boolean {
      return find() === null;
    }
    protected readNow(name: string): unknown {
      const chart = find();
      if (!chart) throw new FakeOfficeError('ItemNotFound', `Chart.${name}`);
      if (name === 'name') return chart.name;
      throw new FakeOfficeError('InvalidArgument', `Chart.${name}`, `The fake does not know Chart.${name}.`);
    }
  })(ctx, 'Chart', orNull);
  return new Proxy(item, {
    get: (target, prop, receiver) => {
      if (prop === 'name') return (target as unknown as { got(n: string): unknown }).got('name');
      if (prop === 'delete')
        return () =>
          ctx.write('Chart.delete', undefined, () => {
            const chart = find();
            if (!chart) throw new FakeOfficeError('ItemNotFound', 'Chart.delete');
            const sheet = chartSheets.get(chart)!;
            if (sheet.isProtected) throw new FakeOfficeError('AccessDenied', 'Chart.delete');
            sheet.charts.splice(sheet.charts.indexOf(chart), 1);
          });
      if (prop in target) return Reflect.get(target, prop, receiver) as unknown;
      return record[prop as string];
    },
    set: (_target, prop, value) => {
      record[prop as string] = value;
      return true;
    },
  });
}

/** Which sheet holds each chart (for `delete`). */
const chartSheets = new WeakMap<ChartState, SheetState>();

export class FakeChartCollection extends FakeObject {
  constructor(
    ctx: FakeContext,
    private readonly resolveSheet: () => SheetState,
  ) {
    super(ctx, 'ChartCollection');
  }

  protected readNow(): unknown {
    throw new FakeOfficeError('InvalidArgument', 'ChartCollection.load');
  }

  override load(arg?: unknown): this {
    loadItems(
      this.ctx,
      this,
      'ChartCollection.load',
      arg,
      () => [...this.resolveSheet().charts],
      (c: ChartState) =>
        chartProxy(this.ctx, () => (this.resolveSheet().charts.includes(c) ? c : null), false) as never,
      (c: ChartState, n) => (n === 'name' ? c.name : null),
    );
    return this;
  }

  get items(): unknown[] {
    return this.got('items');
  }

  /** The chart of that name; ItemNotFound at sync when there is none. */
  getItem(name: string): unknown {
    const find = () => this.resolveSheet().charts.find((c) => c.name === name) ?? null;
    return chartProxy(this.ctx, find, false);
  }

  /** Excel matches a chart's name exactly. */
  getItemOrNullObject(name: string): unknown {
    return chartProxy(this.ctx, () => this.resolveSheet().charts.find((c) => c.name === name) ?? null, true);
  }

  add(type: string, source: FakeRange, seriesBy?: string): unknown {
    let chart: ChartState | null = null;
    this.ctx.write('ChartCollection.add', type, () => {
      const sheet = this.resolveSheet();
      if (sheet.isProtected) throw new FakeOfficeError('AccessDenied', 'ChartCollection.add');
      chart = newChart(sheet, type, boundsToA1(source.resolvedNow().bounds), seriesBy);
    });
    return chartProxy(this.ctx, () => chart, false);
  }
}

/** A chart as Excel adds it to a sheet: named "Chart n", one more than the charts it has had. */
export function newChart(sheet: SheetState, type: string, source: string, seriesBy?: string): ChartState {
  let n = sheet.charts.length + 1;
  while (sheet.charts.some((c) => c.name === `Chart ${n}`)) n++;
  const chart: ChartState = { name: `Chart ${n}`, type, source, seriesBy, calls: [] };
  sheet.charts.push(chart);
  chartSheets.set(chart, sheet);
  return chart;
}

/** A reference to a sheet in a formula: `Name!A1`, `'My sheet'!$A$1:$B$2`. */
function sheetRefPattern(name: string): RegExp {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const quoted = name.replace(/'/g, "''").replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?:'${quoted}'|\\b${escaped})!\\$?[A-Za-z]{1,3}\\$?\\d+(?::\\$?[A-Za-z]{1,3}\\$?\\d+)?`, 'gi');
}

/** Formulas on `sheet` that refer to the deleted sheet `gone` now say #REF! and show it. */
function refsToDeletedSheet(sheet: SheetState, gone: string): void {
  const pattern = sheetRefPattern(gone);
  for (const cell of sheet.cells.values()) {
    if (cell.formula === null) continue;
    // Only references: text in quotes that looks like one ("#Narrative!A1" in a link) is left alone.
    const edited = cell.formula
      .split(/("(?:[^"]|"")*")/)
      .map((part, i) => (i % 2 ? part : part.replace(pattern, '#REF!')))
      .join('');
    if (edited === cell.formula) continue;
    cell.formula = edited;
    cell.value = { error: '#REF!' };
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
      (s: SheetState, n) =>
        n === 'name'
          ? s.name
          : n === 'position'
            ? this.doc.sheets.indexOf(s)
            : n === 'visibility'
              ? (s.visibility ?? 'Visible')
              : null,
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
      checkStructure(this.doc, 'WorksheetCollection.add');
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
