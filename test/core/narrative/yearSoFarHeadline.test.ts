/**
 * The opening sentence of a report whose figures are all the year so far, as a fire authority's
 * scorecard titled "Quarter 3 2020/21 (cumulative from 1 April)" has them. Worked out by hand before
 * the engine was run: its figures are for April to December 2020, so it opens "In the year to
 * December 2020", not "In October to December 2020", which none of them is for. The same table
 * without the words in its title is the quarter's; a monthly report whose measures are each named
 * cumulative opens "In the year to November 2024".
 */
import { parseConfig } from '../../../src/core/config/schema';
import { buildReport } from '../../../src/core/report/buildReport';
import type { RawValue } from '../../../src/core/values/types';

const fire = (title: string): RawValue[][] => [
  [title],
  [],
  ['Ref', 'Indicator', 'Polarity', 'Q3 2019/20', 'Q3 2020/21', 'Target'],
  ['KPI 1', 'Accidental dwelling fires', 'Smaller is better', 289, 273, 272],
  ['KPI 7', 'Home Safety Assessments completed', 'Bigger is better', 17210, 11640, 15000],
];

const opening = (values: RawValue[][]) =>
  buildReport([{ name: 'Scorecard', values }], parseConfig({})).narrative.summary[0].text;

describe('the period a report of figures for the year so far opens with', () => {
  it('is the year to the quarter’s end where every figure is the year so far', () => {
    expect(opening(fire('Corporate scorecard – Quarter 3 2020/21 (cumulative from 1 April)'))).toMatch(
      /^In the year to December 2020, both indicators were rated against a target/,
    );
  });

  it('is the quarter where its figures are the quarter’s', () => {
    expect(opening(fire('Corporate scorecard – Quarter 3 2020/21'))).toMatch(/^In October to December 2020, /);
  });

  it('is the year to the month in a monthly report of cumulative measures', () => {
    const values: RawValue[][] = [
      ['Housing performance report 2024/25'],
      [],
      ['Indicator', 'Polarity', 'Oct 2024', 'Nov 2024', 'Target'],
      ['Number of new homes completed (cumulative)', 'Higher', 210, 236, 250],
      ['Number of households helped to avoid homelessness (cumulative)', 'Higher', 480, 545, 500],
    ];
    expect(opening(values)).toMatch(/^In the year to November 2024, /);
  });
});
