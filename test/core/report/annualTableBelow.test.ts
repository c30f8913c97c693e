/**
 * Aberdeenshire's planning performance for 2019/20: the quarters' table, and beneath it a table of
 * annual indicators by year ("2016 to 2017 | 2017 to 2018 | 2018 to 2019"), without targets. Worked
 * out by hand:
 * - the report is on Q1 2019/20: 92 % against 90 %, 76 % against 60 %, higher is better, green;
 *   32.7 weeks against 35, lower is better, green;
 * - the annual table's four indicators have no column for a quarter: they are reported annually,
 *   their latest figures those for 2018/19 (95 %, 81 %, 35 and 92 %), and none is "data unavailable".
 */
import { parseConfig } from '../../../src/core/config/schema';
import { buildReport } from '../../../src/core/report/buildReport';
import type { SheetGrid } from '../../../src/core/values/types';

const P = '0%';
const grid: SheetGrid = {
  name: 'Planning performance',
  values: [
    ['Performance Indicators: 2019/20'],
    [
      'Performance Indicator',
      'Target',
      'Q1 (April to June 2019)',
      'Q2 (July to September 2019)',
      'Q3 (October to December 2019)',
      'Q4 (January to March 2020)',
    ],
    ['Householder applications determined within 2 months', 0.9, 0.92],
    ['Local (non-householder) applications determined within 2 months', 0.6, 0.76],
    ['Major applications – average number of weeks to determine a major application', 35, 32.7],
    [],
    ['Annual Performance Indicators'],
    ['Performance Indicator', '2016 to 2017', '2017 to 2018', '2018 to 2019'],
    ['Householder applications determined within 2 months', 0.92, 0.95, 0.95],
    ['Local (non-householder) applications determined within 2 months', 0.61, 0.81, 0.81],
    ['Major applications – average number of weeks to determine a major application', 87, 29, 35],
    ['Overall customer satisfaction rate', 'Not available', 0.9, 0.92],
  ],
  formats: [
    [],
    [],
    [null, P, P],
    [null, P, P],
    [null, '0.0 "weeks"', '0.0 "weeks"'],
    [],
    [],
    [],
    [null, P, P, P],
    [null, P, P, P],
    [],
    [null, null, P, P],
  ],
};

describe('a table of annual indicators beneath the quarters', () => {
  const report = buildReport([grid], parseConfig({}));

  it('rates the quarter, and reports the annual indicators as reported annually', () => {
    expect(report.period?.label).toBe('Q1 2019/20');
    expect(
      report.items.map((i) => [i.indicator.row + 1, i.rating.rag, i.rating.status, i.rating.reportedAnnually]),
    ).toEqual([
      [3, 'green', 'rated', false],
      [4, 'green', 'rated', false],
      [5, 'green', 'rated', false],
      [9, 'none', 'no-data', true],
      [10, 'none', 'no-data', true],
      [11, 'none', 'no-data', true],
      [12, 'none', 'no-data', true],
    ]);
  });

  it('gives each its latest year, and does not call its data unavailable', () => {
    const text = report.narrative.text;
    expect(text).toContain(
      'There is no figure this period for householder applications determined within 2 months, which is reported annually. The latest, for 2018/19, was 95 per cent.',
    );
    expect(text).toContain(
      'There is no figure this period for overall customer satisfaction rate, which is reported annually. The latest, for 2018/19, was 92 per cent.',
    );
    expect(text).not.toMatch(/unavailable for \d|has no column for/);
  });
});
