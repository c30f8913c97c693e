/**
 * A corporate monthly budget monitoring appendix (September 2011): directorates down the side,
 * "Original Budget | Latest Budget | … | Latest Forecast Outturn | Forecast Variance" across. It
 * is not a scorecard and is not read; worked out by hand: no indicator, and one warning at the
 * header row naming its budgets, forecasts and variances, given before the refusal.
 */
import { parseConfig } from '../../../src/core/config/schema';
import { buildReport } from '../../../src/core/report/buildReport';
import { unreadSheetIssues } from '../../../src/core/report/sheetChoice';
import type { SheetGrid } from '../../../src/core/values/types';

const budget: SheetGrid = {
  name: 'Appendix 2',
  values: [
    ['Corporate Monthly Budget Monitoring – September 2011'],
    [],
    ["£'000", 'Original Budget', 'Latest Forecast Outturn', 'Forecast Variance'],
    ['Adult Social Care', 61250, 62890, 1640],
    ["Children's Services", 41300, 41900, 600],
    ['Place', 22100, 21650, -450],
  ],
};

describe('a budget monitoring table', () => {
  const r = buildReport([budget], parseConfig({}));

  it('is not read, and the warning that says why comes before the refusal', () => {
    expect(r.items).toEqual([]);
    const unread = unreadSheetIssues(r.issues);
    expect(unread.map((i) => [i.code, i.sheet, i.cell])).toEqual([['budget-table-unread', 'Appendix 2', 'A3:D3']]);
    expect(unread[0].message).toBe(
      "Appendix 2!A3:D3: the columns headed 'Original Budget', 'Latest Forecast Outturn' and 'Forecast Variance' are budgets, forecasts or variances, which are not read: the report rates indicators' figures for a period against their targets, and a budget monitoring table is not read as a scorecard.",
    );
  });

  it('is not said of a scorecard with a budget column beside its periods', () => {
    const scorecard: SheetGrid = {
      name: 'KPIs',
      values: [
        ['Indicator', 'Budget', 'Target', 'Q1 2024/25', 'Q2 2024/25'],
        ['Number of households in temporary accommodation', 120000, 150, 162, 158],
        ['% of rent collected', 50000, 97, 95.5, 96.2],
      ],
    };
    const read = buildReport([scorecard], parseConfig({}));
    expect(read.items).toHaveLength(2);
    expect(read.issues.map((i) => i.code)).not.toContain('budget-table-unread');
  });

  it('beside a scorecard, is said once, its figures not called a header of dates', () => {
    // Budgets in £'000 beside a sheet that is read: 61,250 and 62,890 are budgets, not date serials,
    // and the row that holds them no header. Worked by hand: the budget warning alone for the sheet.
    const scorecard: SheetGrid = {
      name: 'Scorecard',
      values: [
        ['Indicator', 'Q1 2024/25', 'Q2 2024/25', 'Target'],
        ['Percentage of invoices paid within 30 days', 90.2, 89.4, 90],
      ],
    };
    const read = buildReport([scorecard, budget], parseConfig({}));
    expect(read.items).toHaveLength(1);
    const about = read.issues.filter((i) => i.sheet === 'Appendix 2');
    expect(about.map((i) => [i.code, i.cell])).toEqual([['budget-table-unread', 'A3:D3']]);
  });
});
