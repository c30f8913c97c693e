/**
 * Council Tax and business rates collection rates, given at Q2 as the share of the year's due
 * collected so far (a district council's annual performance appendix: Council Tax 35.88 % at Q1,
 * 57.87 % at Q2, against 98.50 % for the year). Worked out by hand:
 * - two quarters are enough to see a year to date: 35.88 % at Q1 is at most half, and 57.87 % is
 *   1.6 times it, so the measure is cumulative, warned as read from its figures;
 * - against "Target", which does not say whose target it is, it is rated as it stands, with the
 *   caveat that the target may be the year's; against "Annual target", half-way through the year, it
 *   is not rated, as a count would not be: 57.87 % is the year's due collected so far.
 * - "% of rent collected", 97.1 % and 97.4 %, does not run so: not cumulative.
 */
import { parseConfig } from '../../../src/core/config/schema';
import { buildReport } from '../../../src/core/report/buildReport';
import type { RawValue } from '../../../src/core/values/types';

const report = (target: string, rows: RawValue[][]) =>
  buildReport(
    [
      {
        name: 'Appendix 1',
        values: [['Indicator', 'Polarity', target, 'Q1 2023/24', 'Q2 2023/24', 'Q3 2023/24'], ...rows],
      },
    ],
    parseConfig({}),
  );
const rows: RawValue[][] = [
  ['Council Tax collection rates', 'Higher', 98.5, 35.88, 57.87, null],
  ['% of rent collected', 'Higher', 98, 97.1, 97.4, null],
];

describe('a collection rate given as the year so far', () => {
  it('is cumulative from two quarters, and a plain target is used with a caveat', () => {
    const r = report('Target', rows);
    expect(r.period?.label).toBe('Q2 2023/24');
    expect(r.items.map((i) => i.indicator.cumulative ?? false)).toEqual([true, false]);
    const read = r.issues.filter((i) => i.code === 'cumulative-from-figures');
    expect(read.map((i) => i.cell)).toEqual(['D2']);
    expect(read[0].message).toMatch(
      /^Appendix 1!D2:E2: 'Council Tax collection rates' rises from Q1 2023\/24 to Q2 2023\/24/,
    );
    expect(r.issues.filter((i) => i.code === 'cumulative-annual-target').map((i) => i.cell)).toEqual(['C2']);
    expect(r.items[0].rating.rag).toBe('red');
  });

  it("is not rated against the year's target half-way through the year", () => {
    const r = report('Annual target', rows);
    expect(r.items[0].rating.rag).toBe('none');
    expect(r.issues.filter((i) => i.code === 'target-for-year').map((i) => i.cell)).toEqual(['C2']);
    expect(r.items[1].rating.rag).toBe('amber');
  });

  it("is rated against the year's target where its name says year to date but its figures are a ratio", () => {
    // A landlord's "Rent collected as a percentage of rent due (year to date)": 96.2 % in Q1 and
    // 97.9 % in Q2 against 98.5 % for the year. A share of the year's rent built up would be near a
    // quarter of it at Q1; 96.2 % is a share of the rent due so far, held to the year's target as it
    // stands: 97.9 % is within 5 % of 98.5 %, amber, as the sheet's "Near target" says.
    const r = report('Annual target', [
      ['Rent collected as a percentage of rent due (year to date)', 'Higher', 98.5, 96.2, 97.9, null],
    ]);
    expect(r.items[0].indicator.cumulative).toBe(true);
    expect(r.items[0].rating.rag).toBe('amber');
    expect(r.issues.some((i) => i.code === 'target-for-year')).toBe(false);
  });
});
