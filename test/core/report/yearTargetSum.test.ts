/**
 * A quarterly report with a target for the whole year and no year-to-date column, as a district's
 * corporate KPIs have it ("Q1 | Q2 | Q3 | Q4 | Year-end target | 2023/24 outturn"): each quarter's
 * figure is a part of the year's, so none is rated against the year's target, and the officer is
 * asked to check it. Where the quarters so far already add up past that target, the sentence says
 * so, citing them. Worked out by hand before the engine was run:
 * - K11 homes improved through disabled facilities grants (higher): 31 + 28 + 35 = 94 against 90:
 *   "The quarters so far add up to 94, already above it.", cited to D6:F6;
 * - K13 complaints escalated to stage 2 (lower): 5 + 6 + 4 = 15 against 12: already above it, the
 *   worse way;
 * - K10 planning appeals allowed (lower): 2 + 3 + 4 = 9 against 12: not past it, nothing said;
 * - K14 SEND Tribunal appeals (lower): 24 + 19 + 21 = 64 against 22, but 22 beside last year's 88 is
 *   a quarter's target, not the year's: nothing said of a sum;
 * - K15 foster carers approved (cumulative year to date): each figure is the year so far, so they
 *   do not add up: nothing said of a sum.
 * None is rated against the year's target: whether it is met is the officer's to say.
 */
import { parseConfig } from '../../../src/core/config/schema';
import { buildReport } from '../../../src/core/report/buildReport';
import type { RawValue } from '../../../src/core/values/types';

const values: RawValue[][] = [
  ['District Council – Corporate Key Performance Indicators 2024/25'],
  ['Third Quarter Performance Monitoring (October – December 2024)'],
  [],
  ['Ref', 'KPI', 'Good performance', 'Q1', 'Q2', 'Q3', 'Q4', 'Year-end target', '2023/24 outturn'],
  ['Housing'],
  ['K11', 'Number of homes improved through disabled facilities grants', 'High', 31, 28, 35, null, 90, 120],
  ['K13', 'Number of complaints escalated to stage 2', 'Low', 5, 6, 4, null, 12, 20],
  ['K10', 'Number of planning appeals allowed', 'Low', 2, 3, 4, null, 12, 14],
  ['K14', 'Number of SEND Tribunal appeals registered', 'Low', 24, 19, 21, null, 22, 88],
  ['K15', 'New foster carers approved (cumulative year to date)', 'High', 4, 7, 9, null, 20, 18],
];

describe('quarters that add up past a target for the whole year, with no year-to-date column', () => {
  const r = buildReport([{ name: 'Q3', values }], parseConfig({}));
  const check = (id: string) => r.narrative.check!.find((i) => i.indicatorId === id)!;

  it('rates none of them against the year’s target', () => {
    expect(r.period?.label).toBe('Q3 2024/25');
    expect(r.items.slice(0, 3).map((i) => [i.indicator.id, i.rating.rag])).toEqual([
      ['K11', 'none'],
      ['K13', 'none'],
      ['K10', 'none'],
    ]);
  });

  it('adds up no quarters against a quarter’s target, nor figures that are each the year so far', () => {
    const all = [...r.narrative.check!, ...r.narrative.performingWell, ...r.narrative.areasForFocus];
    for (const id of ['K14', 'K15']) {
      const said = all.find((i) => i.indicatorId === id);
      expect([id, said?.text.includes('add up to')]).toEqual([id, false]);
    }
  });

  it('says what the quarters so far add up to where that is already past the target, citing them', () => {
    expect(check('K11').text).toContain('The quarters so far add up to 94, already above it.');
    expect(check('K11').cells).toContainEqual(expect.objectContaining({ cell: 'D6:F6', value: 94, shown: '94' }));
    expect(check('K13').text).toContain('The quarters so far add up to 15, already above it.');
    expect(check('K10').text).not.toContain('add up to');
  });
});
