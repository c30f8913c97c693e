/**
 * Columns headed with years alone. Published attainment results are headed by the year they come out
 * ("2022 | 2023 | 2024 (provisional) | Target 2024 | England 2024"): such a table was not read at
 * all, and beside another table on the sheet it was left out without a word. Worked by hand
 * (tolerance 5 % of the target):
 *
 * - EO1 KS2 expected standard (higher is better): 59.5 % in 2024 against 61 %, 2.5 % under: amber;
 *   57 % in 2023, so improved; the England average for 2024 61 %;
 * - EO2 attainment gap (lower): 21.8 against 20, 9 % over: red;
 * - EO4 Progress 8 (higher): -0.08 against 0: red (any shortfall on a target of 0).
 */
import { parseConfig } from '../../../src/core/config/schema';
import { buildReport } from '../../../src/core/report/buildReport';
import type { RawValue, SheetGrid } from '../../../src/core/values/types';

const config = parseConfig({});
const grid = (values: RawValue[][]): SheetGrid => ({ name: 'Education outcomes', values });

const body: RawValue[][] = [
  ['EO1', 'KS2 % pupils meeting the expected standard in reading, writing and maths', 'Higher', 59, 57, 59.5, 61, 61],
  ['EO2', 'KS2 attainment gap, disadvantaged pupils (percentage points)', 'Lower', 22.4, 23, 21.8, 20, 21.5],
  ['EO4', 'KS4 Progress 8 score', 'Higher', -0.14, -0.11, -0.08, 0, -0.03],
];

describe('a table headed with calendar years', () => {
  const header = ['Ref', 'Measure', 'Polarity', '2022', '2023', '2024 (provisional)', 'Target 2024', 'England 2024'];

  it('reads the years as periods, reports on the latest, and rates it against its target', () => {
    const report = buildReport([grid([header, ...body])], config);
    expect(report.period?.label).toBe('2024');
    const rags = Object.fromEntries(report.items.map((i) => [i.indicator.id, i.rating.rag]));
    expect(rags).toEqual({ EO1: 'amber', EO2: 'red', EO4: 'red' });
    const eo1 = report.items[0];
    expect(eo1.rating.current?.measure.cell).toBe('F2');
    expect(eo1.rating.current?.measure.flag).toBe('provisional');
    expect(eo1.rating.longTerm?.from.measure.cell).toBe('E2');
    expect(eo1.rating.longTerm?.direction).toBe('improving');
    expect(eo1.indicator.benchmarks).toEqual([
      expect.objectContaining({ label: 'England 2024', measure: expect.objectContaining({ value: 61, cell: 'H2' }) }),
    ]);
    expect(report.narrative.text).toContain('In 2024, all 3 indicators were rated against a target');
  });

  it('reads years stored as numbers, as Excel keeps a header typed 2022', () => {
    const numbers = header.map((h) => (/^\d{4}$/.test(h) ? Number(h) : h));
    const report = buildReport([grid([numbers, ...body])], config);
    expect(report.period?.label).toBe('2024');
    expect(report.items.map((i) => i.rating.rag)).toEqual(['amber', 'red', 'red']);
  });

  it('leaves a year alone unread beside quarters, where it does not say which months it takes in', () => {
    const mixed = ['Ref', 'Measure', 'Polarity', '2023', 'Q1 2024/25', 'Q2 2024/25', 'Target'];
    const report = buildReport(
      [grid([mixed, ['H1', 'Homes improved through grants', 'Higher', 120, 28, 33, 30]])],
      config,
    );
    expect(report.period?.label).toBe('Q2 2024/25');
    expect(report.tables[0].columns.find((c) => c.header === '2023')?.role).not.toBe('period');
  });
});
