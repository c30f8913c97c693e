/**
 * A district's corporate indicators for the second quarter, as a year so far: the title names the
 * quarter ("Quarter 2 2024/25 (April to September 2024)"), and the columns only "YTD target" and
 * "YTD actual", beside last year's "Q2 2023/24 YTD". The year to date the title names is Q2's: read
 * so, the comparison with Q2 2023/24's is a year earlier, not "the previous period". Worked out by
 * hand before the engine was run (the opening's "In the year to September 2024" is its own wording
 * for the same span, and the note that the year so far is reported on stands).
 */
import { parseConfig } from '../../../src/core/config/schema';
import { buildReport } from '../../../src/core/report/buildReport';
import type { SheetGrid } from '../../../src/core/values/types';

const grid: SheetGrid = {
  name: 'CPI',
  values: [
    ['Corporate Performance Indicators – Quarter 2 2024/25 (April to September 2024)'],
    [],
    [
      'Ref',
      'Indicator',
      'Good performance',
      'Full year target 2024/25',
      'YTD target',
      'YTD actual',
      'Q2 2023/24 YTD',
      'RAG',
    ],
    ['CP01', 'Number of affordable homes delivered', 'Higher', 250, 110, 96, 120, 'Amber'],
    ['CP02', 'Average days to process new housing benefit claims', 'Lower', 20, 20, 18.4, 21.2, 'Green'],
    ['CP03', 'Household waste sent for reuse, recycling and composting (%)', 'Higher', 50, 52, 47.5, 49.1, 'Red'],
  ],
};

describe('a year-to-date column under a title that names the quarter', () => {
  const r = buildReport([grid], parseConfig({}));

  it("is the title's quarter's year to date, said so naming the title", () => {
    expect(r.period?.label).toBe('Q2 2024/25 year to date');
    expect(r.items.map((i) => [i.indicator.id, i.rating.rag, i.indicator.target?.value])).toEqual([
      ['CP01', 'amber', 110],
      ['CP02', 'green', 20],
      ['CP03', 'red', 52],
    ]);
    const said = r.issues.filter((i) => i.code === 'period-from-title').map((i) => i.cell);
    expect(said).toEqual(['F3']);
    // The year so far is still what is reported on, said so as before.
    expect(r.issues.find((i) => i.code === 'period-year-to-date')?.message).toContain(
      'The report is on Q2 2024/25 year to date (CPI!F3)',
    );
  });

  it('compares it with the same point a year earlier', () => {
    expect(r.narrative.text).toContain('In the year to September 2024, all 3 indicators were rated against a target');
    expect(r.narrative.text).toContain('Compared with a year earlier, 1 improved and 2 declined.');
    expect(r.narrative.text).not.toContain('previous period');
    expect(r.narrative.performingWell[0].text).toContain('That is better than 21.2 days a year earlier.');
  });
});
