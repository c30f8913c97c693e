/**
 * A quarterly scorecard that gives the quarter's figure alone beside an "Annual target 2024/25": 281
 * new homes at Q2 against 560 for the year. Whether 281 is a level, the quarter's own or the year so
 * far, nothing on the sheet says: as a level it is red, as half a year's it is on course. It was
 * rated red with no word of it. Worked out by hand before the engine was run, at Q2 2024/25:
 *
 * - new affordable homes, higher being better: 281 against 560, red as it stands, with a warning at
 *   the target (D2) naming the figure (E2);
 * - households in temporary accommodation, lower being better: 104 against 120, green as it stands
 *   (a level, most likely, but a count of households placed in the quarter is written alike): warned;
 * - rent collected, a share: 97 % against 98 %, amber; a share is held to the year's target as it
 *   stands, so no warning;
 * - properties vacant at the end of the quarter: the name says it is a level: 40 against 50, green,
 *   no warning;
 * - average days to re-let, an average: 30 against 25, 20 % over: red, no warning.
 *
 * Beside a plain "Target" (which may be the quarter's), and at the year's end (Q4, where the year's
 * target is the year's figure's), nothing is warned.
 */
import { parseConfig } from '../../../src/core/config/schema';
import { buildReport } from '../../../src/core/report/buildReport';
import type { RawValue } from '../../../src/core/values/types';

const ROWS: RawValue[][] = [
  ['HS1', 'Number of new affordable homes delivered', 'High', 560, 281],
  ['HS2', 'Number of households in temporary accommodation', 'Low', 120, 104],
  ['HS3', '% of rent collected', 'High', 0.98, 0.97],
  ['HS4', 'Number of properties vacant at the end of the quarter', 'Low', 50, 40],
  ['HS5', 'Average days to re-let a council home', 'Low', 25, 30],
];
const report = (target: string, period = 'Q2 2024/25') =>
  buildReport(
    [
      {
        name: 'Housing',
        values: [['Ref', 'Indicator', 'Polarity', target, period], ...ROWS.map((r) => [...r])],
        formats: [[], [], [], [null, null, null, '0%', '0%']],
      },
    ],
    parseConfig({}),
  );

describe("a quarter's figure against a target for the whole year", () => {
  const r = report('Annual target 2024/25');

  it('is rated as it stands', () => {
    expect(r.items.map((i) => [i.indicator.id, i.rating.rag])).toEqual([
      ['HS1', 'red'],
      ['HS2', 'green'],
      ['HS3', 'amber'],
      ['HS4', 'green'],
      ['HS5', 'red'],
    ]);
  });

  it('is warned about for a count, which may be a part of the year, and not for a share, an average or a level', () => {
    const said = r.issues.filter((i) => i.code === 'year-target-as-it-stands');
    expect(said.map((i) => [i.severity, i.cell])).toEqual([
      ['warning', 'D2'],
      ['warning', 'D3'],
    ]);
    expect(said[0].message).toBe(
      "Housing!D2: 'Number of new affordable homes delivered' is rated against its target for the whole year ('Annual target 2024/25') as it stands, with its figure for Q2 2024/25 in E2. Nothing on the sheet says whether that figure is a level, the quarter's own or the year so far; if it is a part of the year's, give a target for the period or the year to date (a 'Profiled target' column, say) to rate it fairly.",
    );
    // The indicator carries it, for the pane's list of its notes.
    expect(r.items[0].indicator.warnings.map((w) => w.code)).toContain('year-target-as-it-stands');
  });
});

describe('a figure against a target not said to be the whole year, or at the year end', () => {
  it.each([
    ['Target', 'Q2 2024/25'],
    ['Annual target 2024/25', 'Q4 2024/25'],
  ])('beside %p, at %p, is not warned about', (target, period) => {
    const r = report(target, period);
    expect(r.issues.filter((i) => i.code === 'year-target-as-it-stands')).toEqual([]);
  });
});

describe("a quarter's figure in a workbook reported on a month", () => {
  it('is named by its own period, not the month the report is on', () => {
    const monthly = {
      name: 'Finance',
      values: [
        ['Resources dashboard – September 2024'],
        [],
        ['Indicator', 'Polarity', 'Target', 'August 2024', 'September 2024'],
        ['% of invoices paid within 30 days', 'High', 0.95, 0.96, 0.97],
      ],
      formats: [[], [], [], [null, null, '0%', '0%', '0%']],
    };
    const quarterly = {
      name: 'Housing',
      values: [['Ref', 'Indicator', 'Polarity', 'Annual target 2024/25', 'Q2 2024/25'], [...ROWS[0]]],
    };
    const r = buildReport([monthly, quarterly], parseConfig({}));
    expect(r.period?.label).toBe('September 2024');
    const said = r.issues.find((i) => i.code === 'year-target-as-it-stands');
    expect(said?.message).toContain('with its figure for Q2 2024/25 in E2');
  });
});
