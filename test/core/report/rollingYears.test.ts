/**
 * A police and crime panel's scorecard compares rolling years: "12 months to Sep 2023 | 12 months to
 * Sep 2024 | Target". Such headers were not periods, and the sheet was refused. Worked by hand before
 * the run (tolerance 5 % of the target):
 *
 * - all crime per 1,000 population, lower is better: 74.9 against 76: green; 78.2 a year before, improved;
 * - burglary, lower: 1,310 against 1,150, 13.9 % over: red; 1,204 a year before, worse;
 * - victim satisfaction, higher: 79 % against 80 %, 1.25 % under: amber; 81 % a year before, worse.
 */
import { parseConfig } from '../../../src/core/config/schema';
import { buildReport } from '../../../src/core/report/buildReport';

describe('a table of rolling years', () => {
  const report = buildReport(
    [
      {
        name: 'Police and crime',
        values: [
          ['Police and Crime Panel – performance to September 2024'],
          [],
          ['Measure', 'Good is', '12 months to Sep 2023', '12 months to Sep 2024', 'Target'],
          ['All crime per 1,000 population', 'Lower', 78.2, 74.9, 76],
          ['Burglary (number)', 'Lower', 1204, 1310, 1150],
          ['Victim satisfaction (%)', 'Higher', 81, 79, 80],
        ],
      },
    ],
    parseConfig({}),
  );

  it('reports on the latest, rated against its target and compared with the year before', () => {
    expect(report.period?.label).toBe('12 months to September 2024');
    expect(report.items.map((i) => [i.rating.rag, i.rating.longTerm?.direction])).toEqual([
      ['green', 'improving'],
      ['red', 'declining'],
      ['amber', 'declining'],
    ]);
  });

  it('names the period as the sheet does', () => {
    expect(report.narrative.text).toContain('In the 12 months to September 2024, all 3 indicators were rated');
    expect(report.narrative.text).toContain('That is better than 78.2 per 1,000 a year earlier.');
  });
});
