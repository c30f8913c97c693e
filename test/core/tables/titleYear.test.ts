/**
 * Headers that name a quarter but not its year ("Quarter 1", "Quarter 2") take the year from the
 * titles above the table. Cumbria's corporate scorecard is titled "Corporate Performance Scorecard
 * Quarter 2: 2013/14" and dated, beneath, "Dated: 17th January 2013" (a date in 2012/13). The year
 * the title names is the figures'; the day the document was made is not. The answers below were
 * worked out by hand before the engine was run.
 */
import { parseConfig } from '../../../src/core/config/schema';
import { buildReport } from '../../../src/core/report/buildReport';
import type { SheetGrid } from '../../../src/core/values/types';

const table = [
  ['Measure', 'Good performance is', 'Target', 'Quarter 1', 'Quarter 2'],
  ['% of invoices paid within 30 days', 'Bigger', 92, 93.4, 94.1],
  ['Working days lost to sickness per FTE', 'Smaller', 2, 2.3, 2.1],
];
const report = (titles: string[][], name = 'Scorecard') =>
  buildReport([{ name, values: [...titles, [], ...table] } as SheetGrid], parseConfig({}));

describe('the year of quarters headed without one', () => {
  it('is the year the title names, not the year of the line dating the document', () => {
    const r = report([['Corporate Performance Scorecard Quarter 2: 2013/14'], ['Dated: 17th January 2013']]);
    expect(r.period?.label).toBe('Q2 2013/14');
  });

  it('comes from a month in the titles when no title names a year', () => {
    const r = report([['Corporate performance to September 2013']]);
    expect(r.period?.label).toBe('Q2 2013/14');
  });

  it("is the title's year, not the year a key beneath it compares the figures with", () => {
    // Havering's corporate reports: the key, nearer the table than the title, names last year's
    // quarter ("… compared with Quarter 3 2023/24"); the figures' quarters are 2024/25's.
    const r = report([
      ['Corporate Performance Report – Quarter 2 2024/25'],
      [
        'RAG key: Green = on target. Amber = off target and performance has improved or been maintained compared with Quarter 2 2023/24.',
      ],
    ]);
    expect(r.period?.label).toBe('Q2 2024/25');
  });

  it("takes no year from a line that only dates the document, but the sheet's name still gives one", () => {
    expect(report([['Corporate performance'], ['Published 15 May 2014']]).period).toBeNull();
    expect(report([['Corporate performance'], ['Published 15 May 2014']], 'Q2 2013-14').period?.label).toBe(
      'Q2 2013/14',
    );
  });
});

describe("a quarter without a year after last year's column", () => {
  // Bridgend's housing performance appendix: "2013/14 Actual Performance | 2014/15 Target | Target Q4 |
  // Q4 Actual" under a title naming 2014/15. The quarter was taken as 2013/14's, following the column before it.
  const rows = [
    ['Indicator Description', '2013/14 Actual Performance', '2014/15 Target', 'Target Q4', 'Q4 Actual'],
    ['% of homeless presentations decided within 33 working days', 80.3, 75, 75, 87.6],
  ];

  it("is the title's year, not the year of the column before it", () => {
    const r = buildReport(
      [{ name: 'Homelessness', values: [['HOMELESSNESS AND HOUSING ADVICE 2014/15'], [], ...rows] }],
      parseConfig({}),
    );
    expect(r.period?.label).toBe('Q4 2014/15');
    // 87.6 against 75, higher: green; up from 80.3 in 2013/14.
    expect(r.items[0].rating.rag).toBe('green');
    expect(r.narrative.summary[0].text).toContain('Compared with 2013/14, 1 improved.');
  });

  it("takes the year of the row's target where no title names one, rather than the year before", () => {
    const r = buildReport([{ name: 'Homelessness', values: rows }], parseConfig({}));
    expect(r.issues.some((i) => i.code === 'period-without-year')).toBe(false);
    expect(r.period?.label).toBe('Q4 2014/15');
  });

  it('is said to have no year where neither a title nor a target names one', () => {
    const unnamed = rows.map((row, i) => (i === 0 ? row.map((h) => (h === '2014/15 Target' ? 'Target' : h)) : row));
    const r = buildReport([{ name: 'Homelessness', values: unnamed }], parseConfig({}));
    expect(r.issues.filter((i) => i.code === 'period-without-year').map((i) => i.cell)).toEqual(['E1']);
    expect(r.period?.label).not.toBe('Q4 2013/14');
  });
});
