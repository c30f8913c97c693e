/**
 * A council landlord's Tenant Satisfaction Measures as the Regulator's returns lay them out: "TSM |
 * TSM Description | Target | % | No. | Stock" under a title naming the year, then "No. per 1,000
 * homes" for the neighbourhood measures. The sheet was refused ("TSM Description" was no name
 * header), and with plain headers its "%" column was not read, so every measure with a figure was
 * "data not available". The answers below were worked out by hand before the engine was run.
 */
import { parseConfig } from '../../../src/core/config/schema';
import { buildReport } from '../../../src/core/report/buildReport';
import type { SheetGrid } from '../../../src/core/values/types';

const grid: SheetGrid = {
  name: 'TSM 2024-25',
  values: [
    ['Tenant Satisfaction Measures – year end 2024/25 (April 2024 to March 2025)'],
    [],
    ['TSM', 'TSM Description', 'Target', '%', 'No.', 'Stock'],
    [
      'BS01',
      'Proportion of homes for which all required gas safety checks have been carried out.',
      100,
      99.9,
      3736,
      3738,
    ],
    [
      'BS04',
      'Proportion of homes for which all required legionella risk assessments have been carried out.',
      100,
      69.9,
      496,
      710,
    ],
    ['RP01', 'Proportion of homes that do not meet the Decent Homes Standard.', 0, 8.8, 380, 4320],
    [],
    [],
    ['TSM', 'TSM Description', 'Target', 'No. per 1,000 homes', 'No.', 'Stock'],
    ['CH01 (pt1)', 'Number of stage one complaints received per 1,000 homes.', 'n/a', 41.2, 178, 4320],
  ],
};

describe("a landlord's Tenant Satisfaction Measures", () => {
  const r = buildReport([grid], parseConfig({}));

  it('are read: the "%" and "No. per 1,000 homes" columns are the year the title names', () => {
    expect(r.period?.label).toBe('2024/25');
    expect(r.tables.map((t) => t.columns.map((c) => c.role))).toEqual([
      ['ref', 'name', 'target', 'period', 'ignore', 'ignore'],
      ['ref', 'name', 'target', 'period', 'ignore', 'ignore'],
    ]);
    expect(r.issues.filter((i) => i.code === 'period-from-title').map((i) => i.cell)).toEqual(['D3', 'D9']);
  });

  it('are rated against their targets, a share of homes failing the standard lower-is-better', () => {
    // 99.9 against 100: amber (95 ≤ 99.9 < 100). 69.9: red. 8.8 against 0, lower (the name says "not meet"): red.
    expect(r.items.map((i) => [i.indicator.id, i.rating.current?.measure.value, i.rating.rag])).toEqual([
      ['BS01', 99.9, 'amber'],
      ['BS04', 69.9, 'red'],
      ['RP01', 8.8, 'red'],
      ['CH01 (pt1)', 41.2, 'none'],
    ]);
    expect(r.narrative.text).toContain(
      'Homes that do not meet the Decent Homes Standard (RP01): 8.8 per cent against a target of 0 per cent.',
    );
  });
});
