/**
 * Fakes loaded with a scorecard for the adapter tests: the Northmoor sample workbook (read with
 * the .xlsx adapter) and synthetic scorecards of any size.
 */
import { existsSync } from 'fs';
import * as path from 'path';
import type { SheetGrid } from '../../src/core/values/types';
import { loadWorkbook, workbookToGrids } from '../../src/xlsx/readWorkbook';
import { syntheticGrid } from '../../bench/syntheticGrid';
import { FakeExcel } from './fakeExcel';

export const SAMPLE = path.join(__dirname, '..', '..', 'samples', 'northmoor-childrens-scorecard.xlsx');

/** A small scorecard built inline: title, header on row 3, four indicators, a section row. */
export const SMALL_GRID: SheetGrid = {
  name: 'Scorecard',
  values: [
    ['Northmoor Council scorecard'],
    [],
    ['Ref', 'Indicator', 'Good is', 'Target', 'Q1 2021/22', 'Q2 2021/22'],
    ['CS01', 'Assessments completed within 45 working days (%)', 'Higher', 90, 85, 92],
    ['CS02', 'Visits within timescale (%)', 'Higher', 90, 88, 87],
    ['Children in care'],
    ['CS03', 'Plans reviewed on time (%)', 'Higher', 90, 84, 80],
    ['CS04', 'Re-referrals within 12 months (%)', 'Lower', 20, 22, 18],
  ],
};

/** The sample workbook's sheets as grids, or the small inline scorecard when the sample is absent. */
export async function sampleGrids(): Promise<SheetGrid[]> {
  if (!existsSync(SAMPLE)) return [SMALL_GRID];
  return workbookToGrids(await loadWorkbook(SAMPLE));
}

/** A fake Excel holding the given sheets. */
export function fakeWith(grids: readonly SheetGrid[]): FakeExcel {
  const excel = new FakeExcel();
  for (const grid of grids) excel.addSheet(grid.name, grid);
  return excel;
}

/** A fake Excel holding a synthetic scorecard of `n` indicators. */
export function syntheticExcel(n: number): FakeExcel {
  return fakeWith([syntheticGrid(n)]);
}
