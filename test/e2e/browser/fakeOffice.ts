/// <reference types="office-js" />
/**
 * Stands in for Office.js in the browser tests: served in place of Microsoft's CDN script, it
 * installs `Office` and `Excel` globals over the in-memory Excel fake, loaded with the sheets the
 * test puts on `window.scorecardE2E` (by an init script, before the page's own scripts run).
 */
import type { SheetGrid } from '../../../src/core/values/types';
import { boundsToA1 } from '../../../src/core/address';
import { FakeExcel } from '../../excel/fakeExcel';
import type { FakeContext } from '../../excel/fake/context';
import { FakeRange } from '../../excel/fake/range';

/** What the test provides before the page loads. */
export interface BrowserSetup {
  readonly grids: readonly SheetGrid[];
  readonly dark: boolean;
}

interface E2EWindow {
  scorecardE2E?: BrowserSetup;
  /** The fake workbook, for the test to look into. */
  fakeExcel?: FakeExcel;
  /** The cell last selected with `Range.select()`, as "Sheet!A1". */
  fakeSelection?: string | null;
  Office?: unknown;
  Excel?: unknown;
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

target.fakeExcel = excel;
target.Excel = { run: excel.run };
target.Office = {
  HostType: { Excel: 'Excel' },
  onReady(callback?: (ready: typeof info) => void): Promise<typeof info> {
    return Promise.resolve().then(() => {
      callback?.(info);
      return info;
    });
  },
  context: {
    requirements: { isSetSupported: () => true },
    officeTheme: setup.dark
      ? { isDarkTheme: true, bodyBackgroundColor: '#292929' }
      : { isDarkTheme: false, bodyBackgroundColor: '#ffffff' },
  },
  actions: { associate: () => undefined },
  addin: { showAsTaskpane: () => Promise.resolve() },
};
