/**
 * Welsh councils print their scorecards in Welsh and English, each header, rating and code in both
 * across " / ": Anglesey's corporate scorecard heads its columns "Dangosydd / Indicator", "CAG / RAG",
 * "Ch2 2024/25 / Q2 2024/25", "Targed / Target" and rates "Coch / Red", "Melyn / Yellow", with "Dim
 * data / No data" where a figure is missing. Before, no header was read and the workbook was refused.
 * The answers below were worked out by hand from docs/rating.md before the engine was run.
 */
import { parseConfig } from '../../../src/core/config/schema';
import { buildReport } from '../../../src/core/report/buildReport';
import { classifyHeader, isFiguresHeader } from '../../../src/core/tables/columnRoles';
import { parseSheetRag } from '../../../src/core/values/sheetRag';
import { noDataReasonOf } from '../../../src/core/values/noDataCodes';
import type { SheetGrid } from '../../../src/core/values/types';

const grid: SheetGrid = {
  name: 'Scorecard',
  values: [
    ['Dangosydd / Indicator', 'CAG / RAG', 'Ch1 2024/25 / Q1 2024/25', 'Ch2 2024/25 / Q2 2024/25', 'Targed / Target'],
    ['Percentage of invoices paid within 30 days', 'Melyn / Yellow', 0.902, 0.894, 0.9],
    ['Percentage of calls answered within 60 seconds', 'Coch / Red', 0.791, 0.732, 0.85],
    ['Percentage of FOI requests responded to within timescale', '', 0.78, 'Dim data / No data', 0.8],
  ],
  formats: [[], ['', '', '0.0%', '0.0%', '0%'], ['', '', '0.0%', '0.0%', '0%'], ['', '', '0.0%', '', '0%']],
};

describe('headers, ratings and codes in Welsh and English', () => {
  it('reads each header by the half that means something', () => {
    expect(grid.values[0].map((h) => classifyHeader(h)?.role ?? null)).toEqual([
      'name',
      'rag',
      'period',
      'period',
      'target',
    ]);
    expect(classifyHeader('Ch2 2024/25 / Q2 2024/25')?.period?.label).toBe('Q2 2024/25');
    expect(parseSheetRag('Coch / Red')?.rag).toBe('red');
    expect(parseSheetRag('Melyn / Yellow')?.rag).toBe('amber');
    expect(parseSheetRag('Gwyrdd / Green')?.rag).toBe('green');
    expect(noDataReasonOf('Dim data / No data')).toBe('not-available');
    // "Canlyniad / Actual" heads figures, as "Actual" does, for a title to give its period.
    expect(isFiguresHeader('Canlyniad / Actual')).toBe(true);
    expect(isFiguresHeader('Canlyniad / Sylwadau')).toBe(false);
  });

  it('rates the quarter as an English scorecard is rated, the sheet agreeing', () => {
    const r = buildReport([grid], parseConfig({}));
    expect(r.period?.label).toBe('Q2 2024/25');
    // 89.4 % against 90 %, higher is better: amber, as the sheet's "Melyn / Yellow". 73.2 % against 85 %:
    // red, as "Coch / Red". No figure for FOI, marked as not available.
    expect(r.items.map((i) => [i.rating.current?.measure.cell, i.rating.rag])).toEqual([
      ['D2', 'amber'],
      ['D3', 'red'],
      ['D4', 'none'],
    ]);
    expect(r.items.map((i) => i.sheetRag?.rag ?? null)).toEqual(['amber', 'red', null]);
    expect(r.issues.filter((i) => i.code === 'rag-disagrees')).toEqual([]);
    expect(r.items[2].rating.current?.measure.noData?.reason).toBe('not-available');
  });

  it('leaves a header whose halves mean different things as it was', () => {
    expect(classifyHeader('Target / Actual')).toBeNull();
    expect(parseSheetRag('Red / Green')?.rag ?? null).toBeNull();
  });
});
