/**
 * Slough's ASCOF benchmarking table, its header over two rows: "Slough" over three years of its own
 * figures, and each comparator's name ("England", "South East", "Unitaries", "SN average") over the
 * year it is for ("2017-18"). Worked out by hand before the engine was run: the lower row alone says
 * "2017-18" five times, but the four columns under a comparator's name are that comparator's
 * averages for 2017/18, not the council's figures; 1B's 75.3 % is below England's 77.7 %, the South
 * East's 80.2 %, the unitaries' 79.8 % and statistical neighbours' 77.3 %, all cited; no column is
 * dropped as a second 2017/18.
 */
import { parseConfig } from '../../../src/core/config/schema';
import { buildReport } from '../../../src/core/report/buildReport';
import type { RawValue } from '../../../src/core/values/types';

const values: RawValue[][] = [
  ['ASCOF Adult Social Care Outcomes Framework 2017-18'],
  [],
  [
    'Indicator',
    'Description',
    'Slough',
    'Slough',
    'Slough',
    'England',
    'South East',
    'Unitaries',
    'SN average',
    'Good is',
  ],
  ['Indicator', 'Description', '2015-16', '2016-17', '2017-18', '2017-18', '2017-18', '2017-18', '2017-18', 'Good is'],
  ['1A', 'Social care-related quality of life score', 18.4, 18.7, 19, 19.1, 19.3, 19.3, 19, 'High'],
  [
    '1B',
    'Proportion of people who use services who have control over their daily life (%)',
    71.2,
    69.2,
    75.3,
    77.7,
    80.2,
    79.8,
    77.3,
    'High',
  ],
];

describe("a comparator's name over the year its figure is for, in a header over two rows", () => {
  const r = buildReport([{ name: 'ASCOF 2017-18', values }], parseConfig({}));

  it("reads the comparators' columns as their averages for the year, not as the council's figures", () => {
    expect(r.period?.label).toBe('2017/18');
    const b = r.items[1].indicator.benchmarks.map((x) => [x.measure.cell, x.measure.value]);
    expect(b).toEqual([
      ['F6', 77.7],
      ['G6', 80.2],
      ['H6', 79.8],
      ['I6', 77.3],
    ]);
    expect(r.items[1].rating.current?.measure.cell).toBe('E6');
    expect(r.issues.filter((i) => i.code === 'duplicate-role')).toEqual([]);
  });

  it('sets the figure against them in the narrative, in one sentence naming each group', () => {
    expect(r.narrative.text).toContain(
      'It is worse than the 2017/18 averages for England (77.7 per cent), the South East (80.2 per cent), unitaries (79.8 per cent) and statistical neighbours (77.3 per cent).',
    );
  });
});
