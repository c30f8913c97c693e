/**
 * A target for the year to date beside quarters and a year-to-date column, and an annual target
 * beside it: a corporate report's "Growing Economy" table, "Q1 | Q2 | Q3 | YTD 2024/25 | Annual
 * target 2024/25 | YTD target". Its counts are the quarter's own (42, 38, 51 start-ups), their year
 * to date 131 against 120. Rated on the quarter, 51 against 120 was red; it is no rating at all.
 *
 * Worked by hand, Q3 2024/25, tolerance 5 %:
 * - ECO1 start-ups: Q3's 51 is the quarter's own (131 so far): not rated, with a warning naming the
 *   target I5 and the year to date G5;
 * - ECO3 vacancy rate (minimise): 15.1 % against the year's 13.5 %, edge 14.175: red, as before;
 * - ECO8 funding (£m, cumulative, its name says): 5.9 so far against 4.5 to date: green.
 */
import { parseConfig } from '../../../src/core/config/schema';
import { buildReport } from '../../../src/core/report/buildReport';
import type { RawValue } from '../../../src/core/values/types';

const values: RawValue[][] = [
  ['Corporate Performance Report – Growing Economy'],
  ['Quarter 3 2024/25 (October – December 2024)'],
  [],
  ['Code', 'Indicator', 'Aim', 'Q1', 'Q2', 'Q3', 'YTD 2024/25', 'Annual target 2024/25', 'YTD target'],
  ['ECO1', 'New business start-ups supported by the council', 'Maximise', 42, 38, 51, 131, 160, 120],
  ['ECO3', 'Town centre vacancy rate (%)', 'Minimise', 14.2, 14.6, 15.1, null, 13.5, null],
  ['ECO8', 'External funding secured for regeneration (£m, cumulative)', 'Maximise', 1.2, 3.4, 5.9, 5.9, 6, 4.5],
];

describe("a target for the year to date beside a quarter's own figure", () => {
  const report = buildReport([{ name: 'Growing Economy', values }], parseConfig({}));
  const rag = (id: string) => report.items.find((i) => i.indicator.id === id)?.rating.rag;

  it('is not rated against it, and says where the year to date is', () => {
    expect(report.period?.label).toBe('Q3 2024/25');
    expect(rag('ECO1')).toBe('none');
    const issue = report.issues.find((i) => i.code === 'target-to-date');
    expect(issue).toMatchObject({ sheet: 'Growing Economy', cell: 'I5' });
    expect(issue?.message).toContain("51 in F5, Q3 2024/25's figure, is the period's own");
    expect(issue?.message).toContain('the year to date is in G5');
    expect(report.narrative.text).toContain(
      "It is not rated: its target is for the year to date ('120' in I5), but this figure is the period's own — please check it against the year to date in G5.",
    );
  });

  it('still rates a rate against the annual target, and a cumulative measure against the target to date', () => {
    expect(rag('ECO3')).toBe('red');
    expect(rag('ECO8')).toBe('green');
    expect(report.issues.filter((i) => i.code === 'target-to-date').map((i) => i.cell)).toEqual(['I5']);
  });
});
