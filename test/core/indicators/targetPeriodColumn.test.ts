/**
 * A district council's annual performance appendix: "Target | Time period to achieve target | Q1 |
 * Q2 | Q3 | Q4", the second column saying for each row whether its target is met month by month or
 * over the financial year. Worked by hand, at Q2 2023/24:
 * - invoices paid within 30 days, "Monthly", 97.15 % against 90 %: green;
 * - council tax collected, "Financial year", 57.87 % built up over the year against 98.5 % for the
 *   year: half a year's collection is not short of a year's target, so not rated (it was red);
 * - working days lost to sickness, "Financial year", 2.2 days in Q2 against 8 days for the year, the
 *   year being the total of the quarters: not rated against the year's 8 (it was green, unsaid).
 */
import { parseConfig } from '../../../src/core/config/schema';
import { buildReport } from '../../../src/core/report/buildReport';
import type { RawValue } from '../../../src/core/values/types';

const values: RawValue[][] = [
  ['Annual Performance Indicators 2023/24'],
  [],
  ['PI No.', 'Indicator', 'Target', 'Time period to achieve target', 'Q1', 'Q2', 'Q3', 'Q4', 'Comments'],
  [1, '% of undisputed invoices paid within 30 days', 0.9, 'Monthly', 0.9565, 0.9715, null, null, null],
  [
    5,
    'Council Tax collection rates',
    0.985,
    'Financial year',
    0.3588,
    0.5787,
    null,
    null,
    'Note annual figure is built up cumulatively across quarters.',
  ],
  [
    10,
    'Average working days lost to sickness per FTE',
    '8 days',
    'Financial year',
    2.1,
    2.2,
    null,
    null,
    'Quarterly figures; year end is the total of the four quarters',
  ],
];
const pct = (r: number, c: number) => (r > 2 && r < 5 && [2, 4, 5].includes(c) ? '0.00%' : null);
const formats = values.map((row, r) => row.map((_, c) => pct(r, c)));

describe('a column saying each target is for the financial year', () => {
  const r = buildReport([{ name: 'Appendix 1', values, formats }], parseConfig({}));

  it('holds a figure part-way through the year back from the year’s target', () => {
    expect(r.period?.label).toBe('Q2 2023/24');
    expect(r.items.map((i) => [i.indicator.id, i.rating.rag, i.rating.targetUnusable?.why.kind ?? null])).toEqual([
      ['1', 'green', null],
      ['5', 'none', 'for-the-year'],
      ['10', 'none', 'for-the-year'],
    ]);
  });
});
