/**
 * A mid-year scorecard gives two quarters and the year's target: "Annual target 2024/25" of 560 new
 * affordable homes, 140 at Q1 and 281 at Q2. The figures are the year so far (a quarter, then half of
 * the year's 560), but nothing on the sheet says so, and two quarters were too few to read them as
 * cumulative: Q2's 281 was rated red against the whole year's 560, a confident colour for a service
 * on course. Worked out by hand before the engine was run:
 *
 * - affordable homes, higher being better: Q1's 140 is within half the year's 560, and Q2's 281 is
 *   twice it, adding 141 of its own: the year so far, read as cumulative with a warning; half the
 *   year against the whole: not rated (target-for-year), not red;
 * - households in temporary accommodation, lower being better: 96 then 104 against 120 for the
 *   year, a level that moves a little, not a year so far: rated as it stands, 104 within 120, green;
 * - homelessness preventions, higher being better: 140 then 150 against 600, each quarter its own
 *   (150 is not half as much again as 140): not cumulative, and the year's 600 is four times each
 *   quarter's, so not rated, as before;
 * - with a plain "Target" (which may be the quarter's), nothing is read as cumulative from two
 *   quarters: 281 against 560 stays red, and 150 against 600 too, as before.
 */
import { parseConfig } from '../../../src/core/config/schema';
import { buildReport } from '../../../src/core/report/buildReport';
import type { RawValue } from '../../../src/core/values/types';

const ROWS: RawValue[][] = [
  ['HS1', 'Number of new affordable homes delivered', 'High', 560, 140, 281],
  ['HS2', 'Number of households in temporary accommodation', 'Low', 120, 96, 104],
  ['HS3', 'Number of households prevented from becoming homeless', 'High', 600, 140, 150],
];
const report = (target: string) =>
  buildReport(
    [
      {
        name: 'Housing',
        values: [['Ref', 'Indicator', 'Polarity', target, 'Q1 2024/25', 'Q2 2024/25'], ...ROWS.map((r) => [...r])],
      },
    ],
    parseConfig({}),
  );

describe("two quarters that build up towards the year's target", () => {
  const r = report('Annual target 2024/25');

  it('are read as the year so far, and not rated against the whole year', () => {
    expect(r.period?.label).toBe('Q2 2024/25');
    expect(r.items.map((i) => [i.indicator.id, i.indicator.cumulative ?? false, i.rating.rag])).toEqual([
      ['HS1', true, 'none'],
      ['HS2', false, 'green'],
      ['HS3', false, 'none'],
    ]);
  });

  it('says at the figures why they are read as cumulative, and at the target why it is not used', () => {
    const cumulative = r.issues.filter((i) => i.code === 'cumulative-from-figures');
    expect(cumulative.map((i) => i.cell)).toEqual(['E2']);
    expect(cumulative[0].message).toContain(
      "'Number of new affordable homes delivered' rises from Q1 2024/25 to Q2 2024/25",
    );
    expect(cumulative[0].message).toContain('560');
    const forYear = r.issues.filter((i) => i.code === 'target-for-year');
    expect(forYear.map((i) => i.cell)).toEqual(['D2', 'D4']);
  });
});

describe('two quarters beside a plain "Target"', () => {
  it("are not read as cumulative: the target may be the quarter's", () => {
    const r = report('Target');
    expect(r.items.map((i) => [i.indicator.id, i.indicator.cumulative ?? false, i.rating.rag])).toEqual([
      ['HS1', false, 'red'],
      ['HS2', false, 'green'],
      ['HS3', false, 'red'],
    ]);
    expect(r.issues.filter((i) => i.code === 'cumulative-from-figures')).toEqual([]);
  });
});
