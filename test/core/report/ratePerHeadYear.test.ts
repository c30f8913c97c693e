/**
 * A quarter's rate per head beside last year's outturn and the year's target, as an English district's
 * environment KPIs give fly-tipping (Q2 2024/25: 4.6 incidents per 1,000 households, the year's target
 * 16, "Previous year 2023/24" 16.8). Worked out by hand: last year's 16.8 is more than twice each
 * quarter's (4.4, 4.6), so the quarters add up over the year, as a count's do: the quarter is not
 * compared with last year's total, and not rated against the year's target (it was green, 4.6 being
 * below 16). Households in temporary accommodation per 1,000, a number at a point in time (2.1, 2.2
 * beside 2.0 last year), is compared and rated as before.
 */
import { parseConfig } from '../../../src/core/config/schema';
import { buildReport } from '../../../src/core/report/buildReport';

describe("a quarter's rate per head beside last year's outturn", () => {
  const r = buildReport(
    [
      {
        name: 'Environment KPIs',
        values: [
          ['Ref', 'Measure', 'Polarity', 'Previous year 2023/24', 'Q1 2024/25', 'Q2 2024/25', 'Target 2024/25'],
          ['WR05', 'Fly-tipping incidents per 1,000 households', 'Lower', 16.8, 4.4, 4.6, 16],
          ['HS02', 'Households in temporary accommodation per 1,000 households', 'Lower', 2.0, 2.1, 2.2, 2.1],
        ],
      },
    ],
    parseConfig({}),
  );

  it("reads 'Previous year 2023/24' as the year's column", () => {
    expect(r.tables[0].columns.find((c) => c.header === 'Previous year 2023/24')?.period?.label).toBe('2023/24');
    expect(r.period?.label).toBe('Q2 2024/25');
  });

  it("is not rated against the year's target, nor compared with last year's total", () => {
    expect(r.items.map((i) => i.rating.rag)).toEqual(['none', 'amber']);
    const why = r.issues.find((i) => i.code === 'target-for-year');
    expect(why?.cell).toBe('G2');
    expect(why?.message).toContain("2023/24's figure in D2 is many times each of E2, F2");
    expect(r.issues.filter((i) => i.code === 'year-total-not-compared').map((i) => i.cell)).toEqual(['F2']);
    expect(r.narrative.text).toContain(
      'Households in temporary accommodation (HS02) stood at 2.2 per 1,000 households, just above the target of 2.1 per 1,000. That is worse than 2.1 per 1,000 last quarter and 2 per 1,000 in 2023/24.',
    );
  });
});
