/**
 * Anglia Revenues Partnership's quarterly report gives each measure as a block of rows under
 * quarters without a year: "2018/19" (this year's figures), "Target", then "2017/18" (last year's
 * at the same points). The "2017/18" row was left out with a warning that it had no name, so no
 * figure was compared with a year earlier. It is now read as last year's figures for the same
 * quarters. The answers below were worked out by hand before the engine was run.
 */
import { parseConfig } from '../../../src/core/config/schema';
import { buildReport } from '../../../src/core/report/buildReport';
import type { RawValue, SheetGrid } from '../../../src/core/values/types';

const values: RawValue[][] = [
  ['Q4 2018-2019 Performance report March 2019'],
  ['All Partner Councils Combined'],
  [],
  ['Measure', null, 'Q1', 'Q2', 'Q3', 'Q4'],
  ['Council Tax Collection', '2018/19', 110_000_000, 215_000_000, 350_054_879, 414_474_455],
  [null, 'Target', 108_000_000, 212_000_000, 345_000_000, 410_581_171],
  [null, '2017/18', 103_000_000, 203_000_000, 330_000_000, 389_387_314],
  ['Benefits new claims - average days to process', '2018/19', 20.1, 19.4, 18.5, 24.6],
  [null, 'Target', 21, 21, 21, 21],
  [null, '2017/18', 22.3, 21.0, 19.8, 23.9],
  ['Number of electronic forms received', '2018/19', 9_000, 19_000, 28_424, 37_899],
  [null, '2016/17', 7_000, 15_000, 22_000, 29_000],
];
// Money as the report shows it: '£#,##0' on the council tax rows.
const formats = values.map((row, r) => row.map(() => (r >= 4 && r <= 6 ? '£#,##0' : null)));
const grid: SheetGrid = { name: 'Combined', values, formats };

describe("a block's row labelled with the year before", () => {
  it("is last year's figures for the same quarters, compared with a year earlier", () => {
    const r = buildReport([grid], parseConfig({}));
    expect(r.period?.label).toBe('Q4 2018/19');
    // £414,474,455 against £410,581,171: green. 24.6 days against 21 (lower): 17 % over, red.
    expect(r.items.map((i) => i.rating.rag)).toEqual(['green', 'red', 'none']);
    const [tax, claims] = r.items.map((i) => i.rating.longTerm);
    expect(tax?.from.period.label).toBe('Q4 2017/18');
    expect(tax?.from.measure.cell).toBe('F7');
    expect(tax?.direction).toBe('improving');
    // 24.6 days against 23.9 a year before: more days is worse.
    expect(claims?.from.measure.value).toBe(23.9);
    expect(claims?.direction).toBe('declining');
    // Collection runs as a year to date (£110m, £215m, £350m, £414m): compared with the same point
    // last year alone, and said to be read so.
    expect(r.narrative.text).toContain(
      'Council Tax Collection stood at £414,474,455, above the target of £410,581,171. That is better than £389,387,314 a year earlier.',
    );
    expect(r.items[0].indicator.cumulative).toBe(true);
    expect(r.issues.filter((i) => i.code === 'cumulative-from-figures').map((i) => i.cell)).toEqual(['C5', 'C11']);
    // Only the rows of two years before go unread, and they are said to be.
    expect(r.issues.filter((i) => i.code === 'row-without-name').map((i) => i.cell)).toEqual(['B12']);
    expect(r.items[2].rating.longTerm).toBeNull();
  });

  it("gives the first quarter last year's fourth as the quarter before", () => {
    const r = buildReport([grid], parseConfig({ period: 'Q1 2018/19' }));
    // 20.1 days in Q1 against 23.9 in Q4 2017/18 and 22.3 in Q1 2017/18: both improvements.
    expect(r.items[1].rating.shortTerm?.from.period.label).toBe('Q4 2017/18');
    expect(r.items[1].rating.shortTerm?.direction).toBe('improving');
    expect(r.items[1].rating.longTerm?.from.measure.value).toBe(22.3);
  });
});
