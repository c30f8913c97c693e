/**
 * A mid-year report headed by months, as Scottish councils' service reports and English councils'
 * mid-year reports head the year so far: "Apr to Sep 2022/23 | Apr to Sep 2023/24 | Apr to Sep
 * 2024/25 | Target 2024/25". Each column is April to September of its year: the year to date at
 * Q2. Until they were read, the table had no period at all and the report stopped.
 *
 * Worked by hand, tolerance 5 % of the target:
 * - CHS01 re-registrations within 18 months (lower is better, from its name): 7.1 % against 5 %: red;
 *   4.8 % a year earlier, so it declined;
 * - CHS02 more than one placement (the sheet's Green says lower is better): 16 % against 18 %: green;
 *   17 % a year earlier, improved;
 * - CHS03 conferences within 28 days (higher): 89 % against 90 %, 1.1 % short: amber; 86 % a year
 *   earlier, improved.
 */
import { parseConfig } from '../../../src/core/config/schema';
import { buildReport } from '../../../src/core/report/buildReport';
import type { RawValue, SheetGrid } from '../../../src/core/values/types';

const config = parseConfig({});
const formats = (values: RawValue[][]): (string | null)[][] =>
  values.map((r) => r.map((v) => (typeof v === 'number' && v < 1 ? '0.0%' : null)));
const grid = (values: RawValue[][]): SheetGrid => ({ name: 'Performance', values, formats: formats(values) });

const rows: RawValue[][] = [
  ["Education and Children's Services – Performance Report"],
  [],
  [
    'Code',
    'Performance Indicator',
    'Apr to Sep 2022/23',
    'Apr to Sep 2023/24',
    'Apr to Sep 2024/25',
    'Target 2024/25',
    'Status',
  ],
  ['CHS01', '% of child protection re-registrations within 18 months', 0.062, 0.048, 0.071, 0.05, 'Red'],
  [
    'CHS02',
    '% of looked after children with more than one placement in the last year',
    0.19,
    0.17,
    0.16,
    0.18,
    'Green',
  ],
  ['CHS03', '% of initial child protection case conferences held within 28 days', 0.81, 0.86, 0.89, 0.9, 'Amber'],
];

describe('columns headed by the months from April', () => {
  const report = buildReport([grid(rows)], config);

  it('reports on April to September of the latest year, compared with the same months a year earlier', () => {
    expect(report.period?.label).toBe('Q2 2024/25 year to date');
    expect(Object.fromEntries(report.items.map((i) => [i.indicator.id, i.rating.rag]))).toEqual({
      CHS01: 'red',
      CHS02: 'green',
      CHS03: 'amber',
    });
    const directions = Object.fromEntries(report.items.map((i) => [i.indicator.id, i.rating.longTerm?.direction]));
    expect(directions).toEqual({ CHS01: 'declining', CHS02: 'improving', CHS03: 'improving' });
    expect(report.items[0].rating.current?.measure.cell).toBe('E4');
    expect(report.items[0].rating.longTerm?.from.measure.cell).toBe('D4');
    expect(report.narrative.text).toContain(
      'In the year to September 2024, all 3 indicators were rated against a target',
    );
  });

  it('says the year so far is reported on, and does not call the earlier years figures beside it', () => {
    const codes = report.issues.map((i) => i.code);
    expect(codes).not.toContain('ytd-column');
    expect(codes).not.toContain('figures-header-unknown');
    expect(report.issues.find((i) => i.message.includes('year so far is reported on'))).toMatchObject({
      sheet: 'Performance',
      cell: 'E3',
    });
  });
});
