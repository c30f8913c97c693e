/**
 * Mansfield's housing performance table types some figures with their unit ("34 days", "41 days"
 * for the average time to re-let a home). Before, such a figure was "data not available", with no
 * warning. It is the figure, stored as text: read, and said so. The answers below were worked out
 * by hand before the engine was run.
 */
import { parseConfig } from '../../../src/core/config/schema';
import { buildReport } from '../../../src/core/report/buildReport';
import type { SheetGrid } from '../../../src/core/values/types';

const grid: SheetGrid = {
  name: 'Lettings',
  values: [
    ['Performance Indicator', '2023 - 24', '2022 - 23'],
    ['Average time to re-let standard voids (days)', '34 days', '41 days'],
    ['Rent collected as a % of rent due', 0.987, 0.981],
    ['Average time to re-let major works voids (days)', 'see note', '88 days'],
  ],
  formats: [[], [], [null, '0.0%', '0.0%'], []],
};

describe('a figure typed with its unit', () => {
  const r = buildReport([grid], parseConfig({}));

  it('is read as its number, each cell named in a warning', () => {
    expect(r.period?.label).toBe('2023/24');
    expect(r.items.map((i) => i.indicator.values.map((v) => v.measure.value))).toEqual([
      [41, 34],
      [98.1, 98.7],
      [88, null],
    ]);
    expect(r.issues.filter((i) => i.code === 'number-as-text').map((i) => i.cell)).toEqual(['C2', 'B2', 'C4']);
  });

  it('is printed with its unit, and text that is not a figure stays no data', () => {
    expect(r.narrative.text).toContain('Average time to re-let standard voids stood at 34 days.');
    expect(r.items[2].rating.status).toBe('no-data');
  });
});

describe('days that are working days', () => {
  const r = buildReport(
    [
      {
        name: 'KPIs',
        values: [
          ['Indicator', 'Target', 'Q1 2024/25', 'Q2 2024/25'],
          ['Average length of assessment (working days)', 35, 38.2, 36.5],
          ['Average working days lost to sickness per FTE', 2.2, 2.5, 2.4],
        ],
      },
    ],
    parseConfig({}),
  );

  it('are printed so where the bracket that says it leaves the short name, and as days where the name says it', () => {
    expect(r.narrative.text).toContain('Average length of assessment stood at 36.5 working days');
    expect(r.narrative.text).toContain('Average working days lost to sickness per FTE stood at 2.4 days');
  });
});
