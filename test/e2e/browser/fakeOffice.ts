/// <reference types="office-js" />
/**
 * Stands in for Office.js in the browser tests: served in place of Microsoft's CDN script, it
 * installs `Office` and `Excel` globals over the in-memory Excel fake, loaded with the sheets the
 * test puts on `window.scorecardE2E` (by an init script, before the page's own scripts run).
 */
import type { SheetGrid } from '../../../src/core/values/types';
import { boundsToA1 } from '../../../src/core/address';
import { FakeExcel } from '../../excel/fakeExcel';
import { FakeActionRegistry } from '../../excel/fake/actions';
import type { FakeContext } from '../../excel/fake/context';
import { FakeRange } from '../../excel/fake/range';

/** What the test provides before the page loads. */
export interface BrowserSetup {
  readonly grids: readonly SheetGrid[];
  readonly dark: boolean;
  /** Hold `Office.onReady` until the test calls `releaseOfficeReady()`: the moment before the pane opens. */
  readonly holdReady?: boolean;
}

interface E2EWindow {
  scorecardE2E?: BrowserSetup;
  /** The fake workbook, for the test to look into. */
  fakeExcel?: FakeExcel;
  /** The cell last selected with `Range.select()`, as "Sheet!A1". */
  fakeSelection?: string | null;
  Office?: unknown;
  Excel?: unknown;
  /** `Office.actions`: the test clicks ribbon buttons through it. */
  fakeRibbon?: FakeActionRegistry;
  /** Lets a held `Office.onReady` resolve. */
  releaseOfficeReady?: () => void;
  /** When each `Excel.run` batch resolved (`performance.now()`): the moment its data reached the pane. */
  fakeRunsDone?: number[];
}

const target = window as unknown as E2EWindow;
const setup: BrowserSetup = target.scorecardE2E ?? { grids: [], dark: false };
const excel = new FakeExcel();
for (const grid of setup.grids) excel.addSheet(grid.name, grid);

// `Range.select()` moves Excel's selection, which the workbook itself does not keep: it is recorded
// here, at sync like any other command, for the test to read.
function select(this: FakeRange): void {
  const ctx = (this as unknown as { ctx: FakeContext }).ctx;
  ctx.write('Range.select', undefined, () => {
    const { sheet, bounds } = this.resolvedNow();
    target.fakeSelection = `${sheet.name}!${boundsToA1(bounds)}`;
  });
}
if (!('select' in FakeRange.prototype)) Object.defineProperty(FakeRange.prototype, 'select', { value: select });
target.fakeSelection = null;

const info = { host: 'Excel', platform: 'OfficeOnline' };
const actions = new FakeActionRegistry();
let release: () => void = () => undefined;
const ready = setup.holdReady ? new Promise<void>((resolve) => (release = resolve)) : Promise.resolve();

/**
 * The requirement sets of Excel on the web today (Microsoft 365 is the same or later): `isSetSupported`
 * says yes only up to these versions, as Office.js does
 * (https://learn.microsoft.com/javascript/api/requirement-sets/excel/excel-api-requirement-sets).
 */
const SUPPORTED: Record<string, string> = { ExcelApi: '1.17', SharedRuntime: '1.2' };
function isSetSupported(name: string, minVersion = '1.1'): boolean {
  const have = SUPPORTED[name];
  if (!have) return false;
  const [haveMajor, haveMinor] = have.split('.').map(Number);
  const [major, minor = 0] = minVersion.split('.').map(Number);
  return haveMajor > major || (haveMajor === major && haveMinor >= minor);
}

target.fakeExcel = excel;
target.fakeRibbon = actions;
target.releaseOfficeReady = () => release();
target.fakeRunsDone = [];
target.Excel = {
  run: (first: unknown, second?: unknown) =>
    (excel.run as (first: unknown, second?: unknown) => Promise<unknown>)(first, second).then((result) => {
      target.fakeRunsDone!.push(performance.now());
      return result;
    }),
};
target.Office = {
  HostType: { Excel: 'Excel' },
  onReady(callback?: (ready: typeof info) => void): Promise<typeof info> {
    return ready.then(() => {
      callback?.(info);
      return info;
    });
  },
  context: {
    requirements: { isSetSupported },
    officeTheme: setup.dark
      ? { isDarkTheme: true, bodyBackgroundColor: '#292929' }
      : { isDarkTheme: false, bodyBackgroundColor: '#ffffff' },
  },
  // Usable as soon as this script has run, before onReady resolves, as Office.js's is.
  actions,
  // The pane's visibility in the shared runtime (test/excel/fake/addin.ts): the test can hide and show it.
  addin: excel.addin,
};
