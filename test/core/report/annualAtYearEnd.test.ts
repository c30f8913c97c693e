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

describe('a measure whose quarters add up to the year, at the year end', () => {
  // The plan's fleet emissions: 812, 798, 845 and 790 tCO2e in the quarters, 3,245 for 2023/24 against
  // the year's target of 3,300 (lower is better). Q4's 790 is a quarter of the year, not rated against
  // it; at the year's end the year's own figure is: 3,245 against 3,300, green, improved on 3,410.
  const values: RawValue[][] = [
    [
      'Ref',
      'Measure',
      'Unit',
      'Desired trend',
      '2022/23',
      'Q1 2023/24',
      'Q2 2023/24',
      'Q3 2023/24',
      'Q4 2023/24',
      '2023/24',
      'Target 2023/24',
    ],
    ['CC03', 'Council fleet emissions', 'tCO2e', '↓', 3410, 812, 798, 845, 790, 3245, 3300],
  ];

  it("is rated on the year's figure, with a note naming it", () => {
    const r = buildReport([{ name: 'Carbon KPIs', values }], parseConfig({}));
    const rating = r.items[0].rating;
    expect([rating.rag, rating.current?.measure.cell]).toEqual(['green', 'J2']);
    expect(r.issues.map((i) => i.code)).not.toContain('target-for-year');
    expect(r.issues.find((i) => i.code === 'year-end-outturn')).toMatchObject({ severity: 'info', cell: 'J2' });
    expect(r.narrative.text).toContain(
      'Council fleet emissions (CC03) stood at 3,245 tCO2e in 2023/24, below the target of 3,300 tCO2e.',
    );
  });
});
