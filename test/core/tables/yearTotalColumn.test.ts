/**
 * An annual appendix under a "2023 / 2024" title, its quarters headed "Q1 … Q4" and a last column
 * "Yr end total / average": the year's own result, which is what the report is on. Read as a
 * quarter's figure against the year's target, fly-tipping's 85 incidents in Q4 was green against
 * 400 for the year; the year's 405 is amber. Worked out by hand first.
 */
import { parseConfig } from '../../../src/core/config/schema';
import { buildReport } from '../../../src/core/report/buildReport';
import type { RawValue, SheetGrid } from '../../../src/core/values/types';

function sheet(last: string, q4: RawValue = 85): SheetGrid {
  return {
    name: 'Appendix 1',
    values: [
      ['2023 / 2024 Annual Performance Indicators'],
      [],
      ['Indicator', 'Target', 'Q1', 'Q2', 'Q3', 'Q4', last],
      ['% of undisputed invoices paid within 10 days (%)', 60, 50.85, 57.72, 65.02, 63.42, 59.25],
      ['Number of fly-tipping incidents', 400, 120, 110, 90, q4, 405],
    ],
  };
}

describe('a column that totals or averages the year’s quarters', () => {
  it('is the year, and the report is on it', () => {
    const r = buildReport([sheet('Yr end total / average')], parseConfig({}));
    expect(r.period?.label).toBe('2023/24');
    // 59.25 against 60: 57 ≤ 59.25 < 60, amber. 405 against 400, lower is better: ≤ 420, amber.
    expect(r.items.map((i) => [i.rating.current?.measure.cell, i.rating.rag])).toEqual([
      ['G4', 'amber'],
      ['G5', 'amber'],
    ]);
    expect(r.issues.map((i) => i.code)).not.toContain('figures-header-unknown');
  });

  it('is "Total" or "Annual average" too, but not a bare "Year end", which may be a forecast', () => {
    expect(buildReport([sheet('Total')], parseConfig({})).period?.label).toBe('2023/24');
    expect(buildReport([sheet('Annual average')], parseConfig({})).period?.label).toBe('2023/24');
    const yearEnd = buildReport([sheet('Year end')], parseConfig({}));
    expect(yearEnd.period?.label).toBe('Q4 2023/24');
    expect(yearEnd.issues.map((i) => i.code)).toContain('figures-header-unknown');
  });
});
