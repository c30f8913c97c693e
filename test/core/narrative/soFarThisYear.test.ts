/**
 * A cumulative measure's figure for a quarter before the year's end is the year so far: the sentence
 * says so where the name does not. Worked by hand, a Q3 2024/25 report (October to December):
 * - affordable homes, their quarters' targets 25, 50, 75 building up to the year's 100: 70 against
 *   75, cumulative, the name silent: "stood at 70 so far this year";
 * - fly-tips cleared "(cumulative)": the name says it, so nothing is added;
 * - visits to libraries, a quarter's own figure: nothing added;
 * - at Q4 the year so far is the year: nothing added.
 */
import { parseConfig } from '../../../src/core/config/schema';
import { buildReport } from '../../../src/core/report/buildReport';
import type { RawValue } from '../../../src/core/values/types';

const rows = (q: 'Q3' | 'Q4'): RawValue[][] => [
  [
    'Indicator',
    'Polarity',
    `Q1 target`,
    'Q1 2024/25',
    'Q2 target',
    'Q2 2024/25',
    'Q3 target',
    'Q3 2024/25',
    'Q4 target',
    'Q4 2024/25',
  ],
  ['Affordable homes delivered', 'Higher', 25, 22, 50, 47, 75, 70, 100, q === 'Q4' ? 96 : null],
  [
    'Fly-tips cleared within 2 days (cumulative)',
    'Higher',
    300,
    280,
    600,
    590,
    900,
    870,
    1200,
    q === 'Q4' ? 1180 : null,
  ],
  ['Visits to libraries', 'Higher', 40000, 41000, 40000, 39500, 40000, 40200, 40000, q === 'Q4' ? 40100 : null],
];

describe('a cumulative figure part way through the year', () => {
  it('is said to be the year so far where the name does not say it', () => {
    const r = buildReport([{ name: 'KPIs', values: rows('Q3') }], parseConfig({}));
    expect(r.period?.label).toBe('Q3 2024/25');
    expect(r.items.map((i) => i.indicator.cumulative === true)).toEqual([true, true, false]);
    const text = r.narrative.text;
    expect(text).toContain('Affordable homes delivered stood at 70 so far this year, ');
    expect(text).toContain('Fly-tips cleared within 2 days (cumulative) stood at 870, ');
    expect(text).toContain('Visits to libraries stood at 40,200, ');
    expect(text.match(/so far this year/g)).toHaveLength(1);
  });

  it('is the year at its end: nothing added', () => {
    const r = buildReport([{ name: 'KPIs', values: rows('Q4') }], parseConfig({}));
    expect(r.period?.label).toBe('Q4 2024/25');
    expect(r.narrative.text).toContain('Affordable homes delivered stood at 96');
    expect(r.narrative.text).not.toContain('so far this year');
  });
});
