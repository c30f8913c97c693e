/**
 * A monthly monitoring report whose rows are rated on the year to date against a "Target to date"
 * (months April to September, then "YTD | Target to date | Annual target"). The year to date is what
 * is rated, but the month's own figure moved since last month, and the report said nothing of it:
 * no month-on-month counts in the summary and no trend in any sentence. Worked out by hand before
 * the engine was run:
 * - ENV01 missed bins (lower): 1,310 to date against 1,350, green; September 204 against August's 231, better;
 * - ENV02 residual waste (lower): 227 kg against 222 kg, 2.3 % over, amber; 37 kg against 38.4 kg, better;
 * - CUS02 My Account registrations (higher): 2,273 against 2,400, 5.3 % short, red; 377 against 341, better;
 * - CUS03 online forms (higher): 7,435 against 7,200, green; 1,234 against 1,290, worse.
 * So: "Compared with last month, 3 improved and 1 declined." The largest improvement in proportion is
 * ENV01's (27 of 231, 11.7 %; CUS02's is 36 of 341, 10.6 %): down 27 to 204. The one decline is
 * CUS03's, down 56 to 1,234.
 */
import { parseConfig } from '../../../src/core/config/schema';
import { buildReport } from '../../../src/core/report/buildReport';
import type { RawValue } from '../../../src/core/values/types';

const months = ['Apr 2024', 'May 2024', 'Jun 2024', 'Jul 2024', 'Aug 2024', 'Sep 2024'];
const values: RawValue[][] = [
  ['District Council – Environment and Customer Services Performance Monitoring 2024/25'],
  [],
  ['Ref', 'Indicator', 'Good is', ...months, 'YTD', 'Target to date', 'Annual target 2024/25'],
  ['ENV01', 'Number of missed bin collections', 'Low', 212, 198, 240, 225, 231, 204, 1310, 1350, 2700],
  ['ENV02', 'Residual household waste per household (kg)', 'Low', 38.2, 36.9, 37.5, 39.1, 38.4, 37, 227, 222, 445],
  ['CUS02', 'Number of new My Account registrations', 'High', 410, 385, 362, 398, 341, 377, 2273, 2400, 4800],
  [
    'CUS03',
    'Number of customer contacts via online forms',
    'High',
    1180,
    1205,
    1236,
    1290,
    1290,
    1234,
    7435,
    7200,
    14400,
  ],
];

describe("a month's own figure beside the year to date that is rated", () => {
  const r = buildReport([{ name: 'Month 6', values }], parseConfig({}));
  const text = (id: string) =>
    [...r.narrative.performingWell, ...r.narrative.areasForFocus].find((i) => i.indicatorId === id)!.text;

  it('rates the year to date, as before', () => {
    expect(r.period?.label).toBe('September 2024');
    expect(r.items.map((i) => [i.indicator.id, i.rating.rag])).toEqual([
      ['ENV01', 'green'],
      ['ENV02', 'amber'],
      ['CUS02', 'red'],
      ['CUS03', 'green'],
    ]);
  });

  it("says how the month's figure moved since last month, citing both cells", () => {
    const env01 = [...r.narrative.performingWell].find((i) => i.indicatorId === 'ENV01')!;
    expect(env01.text).toContain('The figure for September 2024 is better than 231 last month.');
    expect(env01.cells.map((c) => c.cell)).toEqual(expect.arrayContaining(['I4', 'H4']));
    expect(text('CUS03')).toContain('The figure for September 2024 is worse than 1,290 last month.');
  });

  it('counts those movements in the summary, with the largest in proportion', () => {
    const summary = r.narrative.summary[0].text;
    expect(summary).toContain('Compared with last month, 3 improved and 1 declined.');
    expect(summary).toContain(
      'Proportionally, the largest improvement on last month was in missed bin collections, down 27 to 204.',
    );
    expect(summary).toContain(
      'The one decline on last month was in customer contacts via online forms, down 56 to 1,234.',
    );
  });
});
