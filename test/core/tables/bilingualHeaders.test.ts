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

describe('a second block of the scorecard under the same headings, its title at the top of the sheet', () => {
  // Anglesey's corporate scorecard, Q2 2024/25: one title over two blocks, each headed "Canlyniad /
  // Actual | Targed / Target | Canlyniad Ch1 / Q1 Result | Canlyniad Ch2 23/24 / Q2 23/24 Result",
  // the second (financial management) thirteen rows below the title, the first block between.
  // Before, the second block's "Actual" and "Q1 Result" were read as no period (the title was more
  // than six rows above), and its indicators had no figure for the quarter reported on.
  // Worked by hand: the title's Q2 2024/25 holds for both blocks; savings achieved, £2,040k against
  // £2,620k, higher is better, 22.1 % short: red, as the sheet's "Coch / Red"; better than £1,480k in
  // Q1 2024/25.
  const heads = [
    'Canlyniad / Actual',
    'Targed / Target',
    'Canlyniad Ch1 / Q1 Result',
    'Canlyniad Ch2 23/24 / Q2 23/24 Result',
  ];
  const sheet: SheetGrid = {
    name: 'Cerdyn Sgorio - Scorecard',
    values: [
      ['Cerdyn Sgorio Corfforaethol – Chwarter 2 2024/25 / Corporate Scorecard – Quarter 2 2024/25'],
      [],
      [],
      ['Iechyd y Cyngor Cyfan / Whole Council Health', 'CAG / RAG', ...heads],
      ['Percentage of invoices paid within 30 days', 'Melyn / Yellow', 89.4, 90, 90.2, 91.5],
      ['Percentage of FOI requests responded to within timescale', 'Gwyrdd / Green', 85, 80, 82, 79],
      ['Percentage of Stage 1 complaints responded to within 5 working days', 'Melyn / Yellow', 92, 95, 94, 93],
      ['Percentage of calls answered within 60 seconds', 'Coch / Red', 73.2, 85, 79.1, 84.2],
      ['Percentage of Council Tax collected (in-year)', 'Ambr / Amber', 52.9, 56.5, 28.4, 53.1],
      [
        'Average number of calendar days taken to deliver a Disabled Facilities Grant',
        'Coch / Red',
        190,
        170,
        182,
        176,
      ],
      [
        'Percentage of written responses to Stage 2 complaints within 20 working days',
        'Gwyrdd / Green',
        85,
        80,
        82,
        79,
      ],
      ['Percentage of Freedom of Information reviews completed', 'Gwyrdd / Green', 100, 90, 95, 92],
      [],
      ['Rheolaeth Ariannol / Financial Management', 'CAG / RAG', ...heads],
      ['Budget savings achieved (£k)', 'Coch / Red', 2040, 2620, 1480, 2310],
    ],
  };

  it("reads the second block's columns by the title's quarter, as the first block's", () => {
    const r = buildReport([sheet], parseConfig({}));
    expect(r.period?.label).toBe('Q2 2024/25');
    const savings = r.items.find((i) => i.indicator.name.startsWith('Budget savings'))!;
    expect([savings.rating.current?.measure.cell, savings.rating.rag, savings.sheetRag?.rag]).toEqual([
      'C15',
      'red',
      'red',
    ]);
    expect(savings.rating.shortTerm?.from.period.label).toBe('Q1 2024/25');
    expect(r.issues.filter((i) => i.code === 'period-without-year' || i.code === 'table-period-missing')).toEqual([]);
  });
});
