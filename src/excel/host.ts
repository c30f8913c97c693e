/// <reference types="office-js" />
/**
 * The task pane's and ribbon's {@link HostApi} over the open workbook. This is the one module
 * that calls `Excel.run`; the engine and the writers load on first use, in their own chunk.
 */
import type { HostApi } from '../app/hostApi';
import { CommandCancelledError } from '../app/progress';
import { describeExcelError, type ExcelAction } from './errors';
import { whenPaneShown } from './visibility';

type Batch<T> = (context: Excel.RequestContext) => Promise<T>;

/** Runs a batch of work against the workbook, as `Excel.run` does, with or without its options. */
export interface ExcelRunner {
  <T>(batch: Batch<T>): Promise<T>;
  <T>(options: Excel.RunOptions, batch: Batch<T>): Promise<T>;
}

/** What can be swapped out: Excel itself (for tests), the clock, the rule layout, the wait for a cell edit. */
export interface ExcelHostOptions {
  /** `Excel.run` unless given (tests pass a fake). */
  readonly run?: ExcelRunner;
  /**
   * Whether a block's conditional formats go over all its ranges at once (`RangeAreas`, ExcelApi 1.9).
   * Always, in Excel: the manifest requires ExcelApi 1.9 (see src/app/requirementSets.ts), so this is
   * never asked of Office; only the bench and tests turn it off, to measure the one-rule-per-range layout.
   */
  readonly rangeAreas?: () => boolean;
  /**
   * Whether to ask Excel to hold each command until the officer finishes editing a cell
   * (`Excel.RunOptions.delayForCellEdit`) rather than fail: by default where ExcelApi 1.11 is
   * supported, the set the option is documented with; elsewhere a command met during an edit says
   * "Press Enter or Esc to finish editing".
   */
  readonly delayForCellEdit?: () => boolean;
  /**
   * Whether to read each sheet's merged areas, whose words ("Measured annually" over two quarters)
   * say why a period's cell has no figure: by default where ExcelApi 1.13 is supported, the set
   * `Range.getMergedAreasOrNullObject` is documented with; elsewhere the cell reads blank.
   */
  readonly mergedAreas?: () => boolean;
  readonly now?: () => Date;
  /** Cells read per round trip; see `readWorkbook`. */
  readonly cellsPerSync?: number;
}

/** Whether this Excel supports a requirement set (ExcelApi 1.11 for `delayForCellEdit`, 1.13 for merged areas, beyond the manifest's 1.9). */
function officeSupports(set: string, version: string): boolean {
  return typeof Office !== 'undefined' && Office.context?.requirements?.isSetSupported(set, version) === true;
}

/**
 * Runs a command; any failure becomes one sentence saying what happened and whether anything
 * changed. A Cancel stays a {@link CommandCancelledError}, for the pane to tell from a failure.
 */
async function guarded<T>(action: ExcelAction, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof CommandCancelledError) throw error;
    throw new Error(describeExcelError(error, action));
  }
}

/**
 * Changes the configuration stored in the workbook: reads it, applies one change (whose code loads
 * first, in the adapter's own chunk) and stores the result, in two round trips.
 */
function storeSetting(
  run: <T>(batch: Batch<T>) => Promise<T>,
  loadChange: () => Promise<(stored: unknown) => unknown>,
): Promise<void> {
  return guarded('settings', async () => {
    const [change, { CONFIG_KEY, saveConfig }] = await Promise.all([loadChange(), import('./settings')]);
    await run(async (context) => {
      const item = context.workbook.settings.getItemOrNullObject(CONFIG_KEY).load('value');
      await context.sync();
      await saveConfig(context, change(item.isNullObject ? null : item.value));
    });
  });
}

/**
 * The Excel host. `refreshRag` reads the workbook and its stored settings, rates every indicator
 * and applies live RAG conditional formats and labels, resolving to a summary such as "Rated 20
 * indicators for Q2 2021/22: 8 green, 4 amber, 3 red."; `draftNarrative` writes the Narrative
 * sheet and resolves to the draft text; `review` reads and rates without writing, for the pane's
 * lists; `saveIndicator` stores one indicator's target, polarity and tolerance in the workbook's
 * settings, `saveColumnRole` one column's role, `saveWorkbookSettings` the workbook-wide ones and
 * `saveIndicatorIncluded` / `saveTableIncluded` whether an indicator or a table is left out;
 * `insertNarrative` writes the officer's edited narrative to the Narrative sheet; `clearRag` removes
 * what the others wrote, and nothing of the officer's; `onPaneShown` says when the pane is shown
 * again (`Office.addin`, see visibility.ts); `selectCell`
 * activates a sheet and selects a cell. Each runs in one `Excel.run`, in a fixed number of round
 * trips; failures reject with a sentence for the pane.
 */
export function createExcelHost(options: ExcelHostOptions = {}): HostApi {
  const excelRun: ExcelRunner =
    options.run ??
    (((first: Excel.RunOptions | Batch<unknown>, second?: Batch<unknown>) =>
      second ? Excel.run(first as Excel.RunOptions, second) : Excel.run(first as Batch<unknown>)) as ExcelRunner);
  const delay = options.delayForCellEdit ?? (() => officeSupports('ExcelApi', '1.11'));
  // Every batch, reads included, waits for a cell edit to end where Excel can hold it.
  const run = <T>(batch: Batch<T>): Promise<T> =>
    delay() ? excelRun({ delayForCellEdit: true }, batch) : excelRun(batch);
  const settings = () => ({
    rangeAreas: options.rangeAreas?.() ?? true,
    mergedAreas: (options.mergedAreas ?? (() => officeSupports('ExcelApi', '1.13')))(),
    now: (options.now ?? (() => new Date()))(),
    cellsPerSync: options.cellsPerSync,
  });
  return {
    refreshRag: (control) =>
      guarded('refresh', async () => {
        const { refreshInContext } = await import('./workflows');
        const s = settings();
        return run((context) => refreshInContext(context, { ...s, control }));
      }),
    draftNarrative: (style, whenEdited, control) =>
      guarded('draft', async () => {
        const { draftInContext } = await import('./workflows');
        const s = settings();
        return run((context) => draftInContext(context, { ...s, narrativeStyle: style, control }, whenEdited));
      }),
    clearRag: (whenEdited, control) =>
      guarded('clear', async () => {
        const { clearInContext } = await import('./workflows');
        const s = settings();
        return run((context) => clearInContext(context, { ...s, control }, whenEdited));
      }),
    review: () =>
      guarded('refresh', async () => {
        const { reviewInContext } = await import('./workflows');
        const s = settings();
        return run((context) => reviewInContext(context, s));
      }),
    insertNarrative: (text, style, whenEdited) =>
      guarded('insert', async () => {
        const { insertInContext } = await import('./workflows');
        const s = settings();
        return run((context) => insertInContext(context, { ...s, narrativeStyle: style }, text, whenEdited));
      }),
    saveIndicator: (key, indicatorSettings) =>
      storeSetting(run, async () => {
        const { withIndicatorSettings } = await import('../app/settingEdits');
        return (stored) => withIndicatorSettings(stored, key, indicatorSettings);
      }),
    saveWorkbookSettings: (workbookSettings) =>
      storeSetting(run, async () => {
        const { withWorkbookSettings } = await import('../app/settingEdits');
        return (stored) => withWorkbookSettings(stored, workbookSettings);
      }),
    saveColumnRole: (table, column, role) =>
      storeSetting(run, async () => {
        const { withColumnRole } = await import('../app/settingEdits');
        return (stored) => withColumnRole(stored, table, column, role);
      }),
    saveIndicatorIncluded: (key, included) =>
      storeSetting(run, async () => {
        const { withIndicatorIncluded } = await import('../app/settingEdits');
        return (stored) => withIndicatorIncluded(stored, key, included);
      }),
    saveTableIncluded: (table, included) =>
      storeSetting(run, async () => {
        const { withTableIncluded } = await import('../app/settingEdits');
        return (stored) => withTableIncluded(stored, table, included);
      }),
    onPaneShown: (listener) => whenPaneShown(listener),
    selectCell: async (sheet, cell) => {
      try {
        await run(async (context) => {
          const worksheet = context.workbook.worksheets.getItem(sheet);
          worksheet.activate();
          worksheet.getRange(cell).select();
          await context.sync();
        });
      } catch {
        throw new Error(
          `Could not go to ${sheet}!${cell}. If you are typing in a cell, press Enter or Esc and try again.`,
        );
      }
    },
  };
}
