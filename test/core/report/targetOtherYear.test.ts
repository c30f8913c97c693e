/**
 * Broxbourne's collection statistics give the collection rates for 2016/17 and 2017/18 beside
 * "Target 2018/19"; Bath and North East Somerset's benefits targets give "01/02 actual" and "02/03
 * actual" beside "03/04 target". The report is on the latest figures, and rated them against the
 * next year's targets without a word: amber and red where the sheet's own status says green. They
 * are now not rated against a target for another year, with one warning for the column. The answers
 * below were worked out by hand before the engine was run.
 */
import { parseConfig } from '../../../src/core/config/schema';
import { buildReport } from '../../../src/core/report/buildReport';
import { reportToJson } from '../../../src/core/report/toJson';
import type { RawValue, SheetGrid } from '../../../src/core/values/types';

const grid = (header: readonly string[], rows: readonly (readonly RawValue[])[]): SheetGrid => ({
  name: 'Collection statistics',
  values: [[...header], ...rows.map((r) => [...r])],
});

const ROWS = [
  ['% of council tax collected in the billing year', 'Higher', 97.2, 97.37, 98.1],
  ['% of business rates collected in the billing year', 'Higher', 94.92, 98.34, 99.1],
];

describe("a target for another year than the report's", () => {
  it("is not used: the indicators are not rated, and the column's one warning says why", () => {
    const r = buildReport(
      [grid(['Indicator', 'Polarity', '2016/17', '2017/18', 'Target 2018/19'], ROWS)],
      parseConfig({}),
    );
    expect(r.period?.label).toBe('2017/18');
    expect(r.items.map((i) => [i.rating.rag, i.rating.status])).toEqual([
      ['none', 'no-target'],
      ['none', 'no-target'],
    ]);
    const warned = r.issues.filter((i) => i.code === 'target-other-year');
    expect(warned.map((w) => [w.sheet, w.cell])).toEqual([['Collection statistics', 'E2']]);
    expect(warned[0].message).toContain(
      "the targets under 'Target 2018/19' are for 2018/19, but the report is on 2017/18, so the 2 indicators with a target there are not rated against them",
    );
    expect(reportToJson(r).indicators[0].targetUnusable).toEqual({ cell: 'E2', shown: '98.1%', reason: 'other-year' });
    expect(r.narrative.text).toContain("It is not rated: its target is for 2018/19 ('98.1%' in E2), not 2017/18");
    expect(r.narrative.text).toContain('2 indicators are not rated until their target is checked');
  });

  it('quotes a count as its cell shows it, with its thousands grouped', () => {
    // Wandsworth's waste statistics: 4,287 reports of non-collection in 2017/18 beside a 2018/19 target of 2,114.
    const r = buildReport(
      [
        grid(
          ['Indicator', 'Polarity', '2017/18', '2018/19 target'],
          [['Reports about non-collection of waste', 'Lower', 4287, 2114]],
        ),
      ],
      parseConfig({}),
    );
    expect(r.narrative.text).toContain("It is not rated: its target is for 2018/19 ('2,114' in D2), not 2017/18");
  });

  it("rates against the target for the report's own year", () => {
    const rows = ROWS.map((row) => [...row.slice(0, 4), 97]);
    const r = buildReport(
      [grid(['Indicator', 'Polarity', '2016/17', '2017/18', 'Target 2017/18'], rows)],
      parseConfig({}),
    );
    // 97.37 against 97: green; 98.34 against 97: green.
    expect(r.items.map((i) => i.rating.rag)).toEqual(['green', 'green']);
    expect(r.issues.filter((i) => i.code === 'target-other-year')).toEqual([]);
  });

  it("takes the report's year among targets for two years", () => {
    const rows = ROWS.map((row) => [...row.slice(0, 4), 98, row[4]]);
    const header = ['Indicator', 'Polarity', '2016/17', '2017/18', 'Target 2017/18', 'Target 2018/19'];
    const r = buildReport([grid(header, rows)], parseConfig({}));
    // 97.37 against 98: 0.6 % short, amber; 98.34 against 98: green.
    expect(r.items.map((i) => [i.rating.rag, i.indicator.target?.measure?.cell])).toEqual([
      ['amber', 'E2'],
      ['green', 'E3'],
    ]);
    expect(r.issues.filter((i) => i.code === 'target-other-year')).toEqual([]);
  });

  it("holds a quarter of a new year against last year's target no more than a year's figure", () => {
    const header = ['Indicator', 'Polarity', 'Q3 2024/25', 'Q4 2024/25', 'Q1 2025/26', 'Target 2024/25'];
    const rows = [['% of invoices paid within 30 days', 'Higher', 94.1, 95.3, 93.8, 95]];
    const r = buildReport([grid(header, rows)], parseConfig({}));
    expect(r.period?.label).toBe('Q1 2025/26');
    expect(r.items[0].rating.status).toBe('no-target');
    expect(r.issues.filter((i) => i.code === 'target-other-year').map((i) => i.cell)).toEqual(['F2']);
  });
});

// Torbay's adult social care outcomes: last year's outturn and target beside this year's outturn, and
// a "2022/23 Target" column of 'n/a' on every row. Nothing is rated for 2022/23, and a warning says so.
describe("a target column for the report's year with no target in it", () => {
  const torbay = grid(
    ['KPI', '2021/22 Outturn', '2022/23 Outturn', '2021/22 Target', '2022/23 Target'],
    [
      ['Proportion of people who use services who have control over their daily life', 78.9, 80.6, 82, 'n/a'],
      ['Proportion of adults with a learning disability in paid employment', 6.5, 7.2, 7, 'n/a'],
    ],
  );

  it('leaves the indicators unrated, and says the other year’s targets are not used', () => {
    const r = buildReport([torbay], parseConfig({}));
    expect(r.period?.label).toBe('2022/23');
    expect(r.items.map((i) => i.rating.status)).toEqual(['no-target', 'no-target']);
    const warned = r.issues.filter((i) => i.code === 'targets-not-given');
    expect(warned.map((w) => [w.sheet, w.cell, w.severity])).toEqual([['Collection statistics', 'E2:E3', 'warning']]);
    expect(warned[0].message).toContain(
      "no indicator has a target under '2022/23 Target', so none is rated for 2022/23; the targets under '2021/22 Target' are for another year",
    );
  });

  it('says nothing where one indicator has its target for the year', () => {
    const values = torbay.values.map((row) => [...row]);
    values[2][4] = 7;
    const r = buildReport([{ ...torbay, values }], parseConfig({}));
    expect(r.issues.filter((i) => i.code === 'targets-not-given')).toEqual([]);
  });
});
