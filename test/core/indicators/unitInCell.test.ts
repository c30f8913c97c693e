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

describe('lengths of time written in more than one unit', () => {
  // Enfield's customer service commitments give times as text: "51 seconds" against a target of "3 minutes".
  const r = buildReport(
    [
      {
        name: 'Customer',
        values: [
          ['Indicator', 'Target', '2017/18', '2018/19'],
          ['Average time to answer a call', '3 minutes', '2 minutes', '51 seconds'],
          ['Average wait in the contact centre', '5 minutes', '4 minutes', '4 minutes 22 seconds'],
          ['Tenants satisfied with repairs (%)', 85, 'Measured twice per year', 88],
          ['Complaints answered within 10 working days (%)', 90, 91, 93],
          ['Calls answered (%)', 95, 96, 97],
        ],
      },
    ],
    parseConfig({}),
  );
  const said = (code: string) => r.issues.filter((i) => i.code === code).map((i) => i.cell);

  it('are read as lengths of time, in seconds: 51 seconds is not 51 minutes, and beats 3 minutes', () => {
    expect(r.period?.label).toBe('2018/19');
    expect(r.items.slice(0, 2).map((i) => i.indicator.values.map((v) => v.measure.value))).toEqual([
      [120, 51],
      [240, 262],
    ]);
    expect(r.items.slice(0, 2).map((i) => [i.indicator.unit, i.indicator.target?.value, i.rating.rag])).toEqual([
      ['duration', 180, 'green'],
      ['duration', 300, 'green'],
    ]);
    expect(r.narrative.text).toContain('51 seconds');
    expect(r.narrative.text).toContain('4 minutes 22 seconds');
    expect(said('figure-unit-differs')).toEqual([]);
  });

  it('says that text which is not a figure gives none, but not of a cell that says when the measure is taken', () => {
    expect(said('figure-unreadable')).toEqual([]);
    expect(r.items[2].indicator.values[0].measure.noData?.reason).toBe('not-due');
    expect(r.items[2].rating.rag).toBe('green');
  });
});

describe('figures typed in another unit than the row', () => {
  const r = buildReport(
    [
      {
        name: 'Lettings',
        values: [
          ['Indicator', 'Target', '2017/18', '2018/19'],
          ['Average time to re-let a home', '3 weeks', '4 weeks', '20 days'],
          ['Average wait for a repair', '5 days', '4 days', 'see note'],
        ],
      },
    ],
    parseConfig({}),
  );
  const said = (code: string) => r.issues.filter((i) => i.code === code).map((i) => i.cell);

  it("are not read as the row's unit: 20 days is not 20 weeks, and a warning says so", () => {
    expect(r.items[0].indicator.values.map((v) => v.measure.value)).toEqual([4, null]);
    // No 2018/19 figure is read, so the report is on 2017/18.
    expect(r.period?.label).toBe('2017/18');
    expect(said('figure-unit-differs')).toEqual(['D2']);
    expect(r.issues.find((i) => i.cell === 'D2')?.message).toBe(
      "Lettings!D2: the figure '20 days' is written in days, but the row is in weeks, so it is not read; write the figures and the target as numbers in one unit, and the unit in the name or a unit column.",
    );
  });

  it('says that text which is not a figure gives none', () => {
    expect(said('figure-unreadable')).toEqual(['D3']);
  });
});
