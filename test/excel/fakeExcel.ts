/// <reference types="office-js" />
/**
 * A small in-memory Excel for the adapter's tests: `run(batch)` gives a request context whose
 * proxies behave like Office.js where it matters — commands are queued and applied only at
 * `context.sync()`, reading a property that was not loaded (or loaded but not yet synced) throws
 * PropertyNotLoaded, errors surface at `sync()` and are not rolled back, conditional formats keep
 * their priority order, and each round trip's request and response are measured against Excel on
 * the web's 5 MB limit. Charts and range formats are recorded, not drawn. While the user edits a
 * cell (`editMode`) every round trip fails with InvalidOperationInCellEditMode, unless its batch
 * was run with `{ delayForCellEdit: true }`: then it waits until the edit ends (`endCellEdit()`).
 */
import { parseA1, parseBounds } from '../../src/core/address';
import type { RawValue, SheetGrid } from '../../src/core/values/types';
import { FakeAddin } from './fake/addin';
import { defaultEvaluator, type Evaluator } from './fake/cells';
import { type BatchRunner, type Command, FakeContext } from './fake/context';
import {
  type CellState,
  type CfState,
  type ChartState,
  type DocState,
  FakeOfficeError,
  type SheetState,
  key,
  newSheet,
} from './fake/doc';
import { RoundTripGate } from './fake/pause';
import { newChart } from './fake/workbook';
import { FakeWorkbook } from './fake/workbookParts';

export { FakeOfficeError } from './fake/doc';
export type { RoundTripGate } from './fake/pause';
export type { CellState, CfState, ChartState, SheetState } from './fake/doc';

/** One round trip as the fake saw it. */
export interface RoundTrip {
  readonly commands: number;
  readonly requestBytes: number;
  readonly responseBytes: number;
}

class FakeRequestContext extends FakeContext {
  readonly workbook: FakeWorkbook;
  constructor(runner: BatchRunner, doc: DocState, evaluate: Evaluator) {
    super(runner);
    this.workbook = new FakeWorkbook(this, doc, evaluate);
  }
}

/** A batch of work, as `Excel.run` takes it. */
type Batch<T> = (context: Excel.RequestContext) => Promise<T>;

/** `Excel.run`'s two forms the adapter uses: with and without `Excel.RunOptions`. */
export interface FakeRun {
  <T>(batch: Batch<T>): Promise<T>;
  <T>(options: Excel.RunOptions, batch: Batch<T>): Promise<T>;
}

export class FakeExcel implements BatchRunner {
  readonly doc: DocState = { sheets: [], names: [], settings: new Map(), active: null, structureProtected: false };
  /** Every round trip (a sync with commands), in order. */
  readonly trips: RoundTrip[] = [];
  /** `Office.addin`: the task pane's visibility in the shared runtime (see fake/addin.ts). */
  readonly addin = new FakeAddin();
  private editing = false;
  private editEnded: Promise<void> = Promise.resolve();
  private endEdit: () => void = () => undefined;
  private waiters: (() => void)[] = [];
  /** Excel on the web's limit on a request and on a response. */
  payloadLimit = 5 * 1024 * 1024;
  /** Results for formulas written by the adapter (the fake does not calculate). */
  evaluate: Evaluator = defaultEvaluator;
  /** Runs before each command at sync; throw from it to make that command fail. */
  beforeCommand: ((command: Command) => void) | null = null;
  private gate: RoundTripGate | null = null;

  /**
   * From now on, holds each round trip before it runs until the test lets it go (see
   * `fake/pause.ts`): a command can be looked at, and cancelled, between its steps with no timers.
   */
  pauseRoundTrips(): RoundTripGate {
    this.gate = new RoundTripGate(() => (this.gate = null));
    return this.gate;
  }

  /**
   * `Excel.run`, with or without `Excel.RunOptions`: a fresh context; commands left queued when the
   * batch ends are synced, as Office.js does.
   */
  run: FakeRun = (<T>(first: Excel.RunOptions | Batch<T>, second?: Batch<T>): Promise<T> => {
    const [options, batch] = typeof first === 'function' ? [{}, first] : [first, second!];
    const delay = options.delayForCellEdit === true;
    const runner: BatchRunner = { runBatch: (commands) => this.runBatch(commands, delay) };
    const context = new FakeRequestContext(runner, this.doc, (f, s, r, c) => this.evaluate(f, s, r, c));
    return (async () => {
      const result = await batch(context as unknown as Excel.RequestContext);
      if (context.pending) await context.sync();
      return result;
    })();
  }) as FakeRun;

  /** True while the user is typing in a cell: round trips fail, or wait when their batch asked to. */
  get editMode(): boolean {
    return this.editing;
  }
  set editMode(on: boolean) {
    if (on === this.editing) return;
    this.editing = on;
    if (on) this.editEnded = new Promise((resolve) => (this.endEdit = resolve));
    else this.endEdit();
  }

  /** The user presses Enter: the edit ends and delayed round trips go ahead. */
  endCellEdit(): void {
    this.editMode = false;
  }

  /** Resolves once a round trip is waiting for the user to finish editing a cell. */
  whenWaitingForEdit(): Promise<void> {
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  get roundTrips(): number {
    return this.trips.length;
  }

  async runBatch(commands: Command[], delayForCellEdit = false): Promise<void> {
    await Promise.resolve();
    if (!commands.length) return;
    const requestBytes = commands.reduce((n, c) => n + c.requestBytes, 0);
    if (this.gate) await this.gate.pass(commands.map((c) => c.what));
    const trip = { commands: commands.length, requestBytes, responseBytes: 0 };
    this.trips.push(trip);
    // Excel.RunOptions.delayForCellEdit: the request is held until the user leaves cell-edit mode.
    while (this.editing && delayForCellEdit) {
      for (const waiter of this.waiters.splice(0)) waiter();
      await this.editEnded;
    }
    if (this.editing)
      throw new FakeOfficeError(
        'InvalidOperationInCellEditMode',
        'RequestContext.sync',
        'The operation is not available while Excel is in cell-edit mode.',
      );
    if (requestBytes > this.payloadLimit)
      throw new FakeOfficeError('RequestPayloadSizeLimitExceeded', 'RequestContext.sync');
    const deliveries = [];
    for (const command of commands) {
      this.beforeCommand?.(command);
      const delivery = command.run();
      if (delivery) {
        deliveries.push(delivery);
        trip.responseBytes += delivery.bytes;
      }
    }
    if (trip.responseBytes > this.payloadLimit)
      throw new FakeOfficeError('ResponsePayloadSizeLimitExceeded', 'RequestContext.sync');
    for (const delivery of deliveries) delivery.commit();
  }

  // ----- setting up -----------------------------------------------------------------------

  /** Adds a sheet holding a grid (values, number formats, formulas and tables as the engine describes them). */
  addSheet(name: string, grid: Partial<Omit<SheetGrid, 'name'>> = {}): SheetState {
    const sheet = newSheet(name);
    (grid.values ?? []).forEach((row, r) =>
      row.forEach((value, c) => {
        const formula = grid.formulas?.[r]?.[c] ?? null;
        const format = grid.formats?.[r]?.[c] ?? 'General';
        if (value !== null || formula !== null || format !== 'General')
          sheet.cells.set(key(r, c), { value, formula, format });
      }),
    );
    for (const t of grid.tables ?? [])
      sheet.tables.push({
        name: t.name,
        bounds: { top: t.top, left: t.left, bottom: t.bottom, right: t.right },
        ...(t.totalsRow && { showTotals: true }),
      });
    if (grid.visibility) sheet.visibility = grid.visibility === 'hidden' ? 'Hidden' : 'VeryHidden';
    for (const r of grid.hiddenRows ?? []) sheet.hiddenRows.add(r);
    for (const b of grid.merges ?? []) sheet.merges.push({ ...b });
    this.doc.sheets.push(sheet);
    if (!grid.visibility) this.doc.active ??= sheet;
    return sheet;
  }

  /** Sets one cell as a user would. */
  setCell(sheet: string, address: string, value: RawValue, options: { formula?: string; format?: string } = {}): void {
    const at = parseA1(address)!;
    const cell = this.sheet(sheet).cells.get(key(at.row, at.col));
    this.sheet(sheet).cells.set(key(at.row, at.col), {
      value,
      formula: options.formula ?? null,
      format: options.format ?? cell?.format ?? 'General',
    });
  }

  /** Adds a conditional format of the user's, at the top as Excel's own UI does. */
  addUserRule(sheet: string, rule: { type?: string; formula?: string; ranges: string[]; fill?: string }): CfState {
    const cf: CfState = {
      id: -(this.sheet(sheet).cfs.length + 1),
      type: rule.type ?? 'Custom',
      formula: rule.formula ?? null,
      fill: rule.fill ?? null,
      font: null,
      stopIfTrue: false,
      areas: rule.ranges.map((r) => parseBounds(r)!),
    };
    this.sheet(sheet).cfs.unshift(cf);
    return cf;
  }

  /** Adds a chart of the user's to a sheet (Excel names it "Chart n" unless given a name). */
  addUserChart(sheet: string, source: string, name?: string): ChartState {
    const chart = newChart(this.sheet(sheet), 'ColumnClustered', source);
    if (name !== undefined) chart.name = name;
    return chart;
  }

  // ----- looking -------------------------------------------------------------------------

  sheet(name: string): SheetState {
    const found = this.doc.sheets.find((s) => s.name === name);
    if (!found) throw new Error(`The fake has no sheet '${name}'.`);
    return found;
  }

  cell(sheet: string, address: string): CellState | undefined {
    const at = parseA1(address)!;
    return this.sheet(sheet).cells.get(key(at.row, at.col));
  }

  /** The sheet's conditional formats, in priority order. */
  rules(sheet: string): CfState[] {
    return [...this.sheet(sheet).cfs];
  }

  /**
   * What a cell shows now. The fake does not calculate, except here for a formula that is just a
   * reference to one cell (`=Narrative!A1`, `='Q2 draft'!$B$3`): it shows that cell's value as
   * Excel would, or #REF! where the reference has gone.
   */
  shown(sheet: string, address: string): RawValue {
    const cell = this.cell(sheet, address);
    const ref = cell?.formula
      ? /^(?:'((?:[^']|'')+)'|([A-Za-z_][\w.]*))!\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(cell.formula)
      : null;
    if (!cell || !ref) return cell?.value ?? null;
    const target = this.doc.sheets.find(
      (s) => s.name.toLowerCase() === (ref[1]?.replace(/''/g, "'") ?? ref[2]).toLowerCase(),
    );
    if (!target) return { error: '#REF!' };
    const at = parseA1(`${ref[3]}${ref[4]}`)!;
    return target.cells.get(key(at.row, at.col))?.value ?? 0;
  }

  /**
   * The workbook saved, closed and opened again: a new fake over a copy of what the file keeps —
   * its sheets (cells, tables, rules, charts, protection, visibility, hidden rows), names, settings and
   * structure protection — and nothing of this one's session (round trips, a held gate, the pane's
   * visibility). See README.md, "Reopening a workbook".
   */
  reopened(): FakeExcel {
    // What a file holds is plain data (cell values are numbers, text, booleans or error objects).
    const copyOf = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
    const again = new FakeExcel();
    again.evaluate = this.evaluate;
    const copies = this.doc.sheets.map((sheet) => {
      const { cells, hiddenRows, ...rest } = copyOf({
        ...sheet,
        cells: [...sheet.cells],
        hiddenRows: [...sheet.hiddenRows],
      });
      const copy: SheetState = { ...newSheet(sheet.name), ...rest, hiddenRows: new Set(hiddenRows) };
      for (const [k, cell] of cells) copy.cells.set(k, cell);
      return copy;
    });
    for (const copy of copies) again.doc.sheets.push(copy);
    for (const name of this.doc.names) {
      const at = name.sheet ? this.doc.sheets.indexOf(name.sheet) : -1;
      again.doc.names.push({ ...copyOf({ ...name, sheet: null }), sheet: at >= 0 ? copies[at] : null });
    }
    for (const [k, value] of this.doc.settings) again.doc.settings.set(k, copyOf(value));
    again.doc.active = this.doc.active ? copies[this.doc.sheets.indexOf(this.doc.active)] : null;
    again.doc.structureProtected = this.doc.structureProtected;
    if (this.doc.listSeparator) again.doc.listSeparator = this.doc.listSeparator;
    return again;
  }

  /**
   * Everything a user could see or that the file keeps, to compare before and after; `leaveOut`
   * names settings to leave out (a note that rightly differs from one refresh to the next).
   */
  snapshot(leaveOut: readonly string[] = []): string {
    const sheets = this.doc.sheets.map((s) => ({
      name: s.name,
      cells: [...s.cells.entries()].sort(([a], [b]) => a - b),
      cfs: s.cfs.map((cf) => ({ ...cf, id: undefined })),
      charts: s.charts,
      formats: s.formatCalls,
      hiddenRows: [...s.hiddenRows].sort((a, b) => a - b),
    }));
    return JSON.stringify({
      sheets,
      names: this.doc.names.map((n) => ({ ...n, sheet: n.sheet?.name ?? null })),
      settings: [...this.doc.settings].filter(([k]) => !leaveOut.includes(k)),
    });
  }
}
