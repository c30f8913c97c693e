/**
 * Torbay's adult social care local account (appendix 1) heads its latest year "2022/23 Outturn
 * Prov.": the year's figures, provisional. Before, "Prov." kept the header from being read, so the
 * report went back a year without a word. The answers below were worked out by hand before the
 * engine was run.
 */
import { parseConfig } from '../../../src/core/config/schema';
import { buildReport } from '../../../src/core/report/buildReport';
import type { SheetGrid } from '../../../src/core/values/types';

const grid: SheetGrid = {
  name: 'ASCOF',
  values: [
    ['Enhancing quality of life for people with care and support needs'],
    ['KPI', '2021/22 Outturn', '2022/23 Outturn Prov.', '2021/22 Target', '2022/23 Target', 'Good is'],
    ['Proportion of people who use services who have control over their daily life (%)', 76.2, 78.1, 77, 77, 'Higher'],
    ['Adults with learning disabilities in paid employment (%)', 4.1, 3.2, 5, 5, 'Higher'],
    ['Delayed transfers of care per 100,000 population', 9.4, 'n/a', 8, 8, 'Lower'],
  ],
};

describe('a year headed "Outturn Prov."', () => {
  const r = buildReport([grid], parseConfig({}));

  it('is read as that year, and reported on', () => {
    expect(r.period?.label).toBe('2022/23');
    // 78.1 against 77, higher is better: green. 3.2 against 5, beyond 5 % of it: red. n/a: no data.
    expect(r.items.map((i) => [i.rating.current?.measure.cell, i.rating.rag, i.rating.status])).toEqual([
      ['C3', 'green', 'rated'],
      ['C4', 'red', 'rated'],
      ['C5', 'none', 'no-data'],
    ]);
  });

  it("marks the year's figures provisional, and the narrative says so; the year before is not", () => {
    expect(r.items.map((i) => i.indicator.values.map((v) => v.measure.flag ?? null))).toEqual([
      [null, 'provisional'],
      [null, 'provisional'],
      [null, null],
    ]);
    expect(r.narrative.text).toContain('78.1 per cent (provisional)');
    expect(r.narrative.text).not.toContain('76.2 per cent (provisional)');
  });
});
