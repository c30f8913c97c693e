/**
 * A monthly revenues, benefits and housing dashboard: the months April to October across, then the
 * month's "Target" and "RAG", then "YTD", "YTD Target" and "YTD RAG". The report is on October 2024,
 * and the sheet rates each month's own figure against the plain "Target" (its RAG column) and the
 * year to date against the "YTD Target". Worked out by hand before the engine was run, by the key's
 * 5 %:
 * - RB06 overpayments recovered, £41,950 in October against £46,400 (higher): 9.6 % short: red, as
 *   the sheet's October RAG says (its year to date, £312,400 against £325,000, is amber);
 * - RB04 16.9 days against 20 (lower): green;
 * - HM03 31 days against 28 (lower): 10.7 % over: red, as the sheet says (29.3 to date: amber);
 * - HM04 1.21 % against 1.00 % (lower): red;
 * - HN01 24 preventions against 25: 4 % short: amber;
 * - RB01 council tax collected (cumulative), 65.4 % against 65.9 %: amber.
 * No disagreement with the sheet's October RAG; one note says the plain target is the month's.
 */
import { parseConfig } from '../../../src/core/config/schema';
import { buildReport } from '../../../src/core/report/buildReport';
import type { RawValue } from '../../../src/core/values/types';

const months = ['Apr-24', 'May-24', 'Jun-24', 'Jul-24', 'Aug-24', 'Sep-24', 'Oct-24'];
const values: RawValue[][] = [
  ['Revenues, Benefits and Housing – Monthly Performance Dashboard 2024/25'],
  ['RAG key: G = on or better than target; A = within 5% of target; R = more than 5% away from target.'],
  [],
  ['Ref', 'Measure', 'Unit', 'Good is', ...months, 'Target', 'RAG', 'YTD', 'YTD Target', 'YTD RAG'],
  [
    'RB01',
    '% of Council Tax collected (cumulative)',
    '%',
    'High',
    10.6,
    19.8,
    28.9,
    38,
    47.1,
    56.3,
    65.4,
    65.9,
    'A',
    65.4,
    65.9,
    'A',
  ],
  [
    'RB04',
    'Average time to process new claims (days)',
    'Days',
    'Low',
    18.2,
    17.5,
    19.9,
    21.4,
    20.3,
    18.8,
    16.9,
    20,
    'G',
    18.9,
    20,
    'G',
  ],
  [
    'RB06',
    'Housing Benefit overpayments recovered',
    '£',
    'High',
    46120,
    44870,
    43300,
    45010,
    47600,
    43550,
    41950,
    46400,
    'R',
    312400,
    325000,
    'A',
  ],
  ['HM03', 'Average days to re-let standard voids', 'Days', 'Low', 27, 29, 26, 30, 33, 29, 31, 28, 'R', 29.3, 28, 'A'],
  [
    'HM04',
    'Rent lost through vacant dwellings (% of rent due)',
    '%',
    'Low',
    0.95,
    1.02,
    0.98,
    1.11,
    1.18,
    1.16,
    1.21,
    1,
    'R',
    1.09,
    1,
    'R',
  ],
  ['HN01', 'Homelessness preventions', 'Number', 'High', 26, 22, 25, 27, 21, 23, 24, 25, 'A', 168, 175, 'A'],
];

describe("a month's own target beside a target for the year to date", () => {
  const r = buildReport([{ name: 'Dashboard', values }], parseConfig({}));

  it("rates the month's own figure against the month's target, as the sheet's RAG for it does", () => {
    expect(r.period?.label).toBe('October 2024');
    expect(r.items.map((i) => [i.indicator.id, i.rating.rag, i.rating.current?.measure.cell])).toEqual([
      ['RB01', 'amber', 'K5'],
      ['RB04', 'green', 'K6'],
      ['RB06', 'red', 'K7'],
      ['HM03', 'red', 'K8'],
      ['HM04', 'red', 'K9'],
      ['HN01', 'amber', 'K10'],
    ]);
    expect(r.issues.filter((i) => i.code === 'rag-disagrees')).toEqual([]);
    expect(r.issues.filter((i) => i.code === 'rated-to-date')).toEqual([]);
  });

  it('says once that the plain target is the month’s, naming both columns', () => {
    const notes = r.issues.filter((i) => i.code === 'target-beside-ytd');
    expect(notes).toHaveLength(1);
    expect(notes[0].message).toContain("'Target'");
    expect(notes[0].message).toContain("'YTD Target'");
  });
});
