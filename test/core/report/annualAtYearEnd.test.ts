/**
 * A measure reported once a year, in a year-end report on the last quarter: a climate action plan's
 * "Q1 2023/24 … Q4 2023/24 | 2023/24 | Target 2023/24", its emissions "Annual" in each quarter and
 * 14,820 tCO2e for 2023/24. The report said "The latest, for 2022/23, was 15,980 tCO2e", passing over
 * this year's figure beside it.
 *
 * Worked by hand, Q4 2023/24, tolerance 5 %: CC01 (lower is better) 14,820 against 14,000, edge
 * 14,700: red, improved on 15,980 a year earlier. At Q3 the year's figure is not yet the period's: no
 * figure, reported annually.
 */
import { parseConfig } from '../../../src/core/config/schema';
import { buildReport } from '../../../src/core/report/buildReport';
import type { RawValue } from '../../../src/core/values/types';

const header = ['Ref', 'Measure', 'Unit', 'Desired trend', '2022/23', 'Q1 2023/24', 'Q2 2023/24', 'Q3 2023/24'];
const rows = (q4: boolean): RawValue[][] => [
  [...header, ...(q4 ? ['Q4 2023/24'] : []), '2023/24', 'Target 2023/24'],
  [
    'CC01',
    'Council scope 1 and 2 greenhouse gas emissions',
    'tCO2e',
    '↓',
    15980,
    'Annual',
    'Annual',
    'Annual',
    ...(q4 ? ['Annual'] : []),
    q4 ? 14820 : null,
    14000,
  ],
  [
    'CC07',
    'Street lights converted to LED (%)',
    '%',
    '↑',
    91.5,
    92.8,
    94,
    95.1,
    ...(q4 ? [96.2] : []),
    q4 ? 96.2 : null,
    95,
  ],
];

describe('a measure reported annually, at the year end', () => {
  it("is rated on the year's own figure, said to be the year's", () => {
    const r = buildReport([{ name: 'Carbon KPIs', values: rows(true) }], parseConfig({}));
    expect(r.period?.label).toBe('Q4 2023/24');
    const cc01 = r.items.find((i) => i.indicator.id === 'CC01')!.rating;
    expect(cc01.rag).toBe('red');
    expect(cc01.current?.measure.cell).toBe('J2');
    expect(cc01.longTerm?.direction).toBe('improving');
    expect(r.narrative.text).toContain(
      'Council scope 1 and 2 greenhouse gas emissions (CC01) stood at 14,820 tCO2e in 2023/24.',
    );
    // A quarterly measure is rated on its quarter, as before.
    expect(r.items.find((i) => i.indicator.id === 'CC07')!.rating.current?.measure.cell).toBe('I3');
  });

  it('has no figure before the year end', () => {
    const r = buildReport([{ name: 'Carbon KPIs', values: rows(false) }], parseConfig({}));
    expect(r.period?.label).toBe('Q3 2023/24');
    expect(r.items.find((i) => i.indicator.id === 'CC01')!.rating.status).toBe('no-data');
  });
});
