/**
 * A fire and rescue service's quarterly report: "Quarter 2 (July – September)" merged over "2024-25 |
 * 2025-26", then "Year to date (April – September)" merged over the same two years, a "Target (YTD)"
 * and the service's "RAG (YTD)". Worked out by hand before the engine was run: the columns are Q2
 * 2024/25, Q2 2025/26, and the year to date at Q2 for each year, not the whole years 2024/25 and
 * 2025/26; the report is on the year to date at Q2 2025/26, which the targets are for: home fire
 * safety visits 3,690 against 3,750 (1.6 % short): amber; inspections 780 against 675: green;
 * fatalities in accidental dwelling fires 1 against 0 (lower is better): red — as the sheet's own
 * RAG (YTD) says of each.
 */
import { parseConfig } from '../../../src/core/config/schema';
import { buildReport } from '../../../src/core/report/buildReport';
import type { RawValue } from '../../../src/core/values/types';

const values: RawValue[][] = [
  ['Quarterly Performance Report – Quarter 2 2025-26'],
  [],
  [null, 'Quarter 2 (July – September)', null, 'Year to date (April – September)', null],
  ['Performance measure', '2024-25', '2025-26', '2024-25', '2025-26', 'Target (YTD)', 'RAG (YTD)'],
  ['Home Fire Safety Visits completed', 1802, 1866, 3580, 3690, 3750, 'Amber'],
  ['Fire safety inspections completed', 333, 405, 640, 780, 675, 'Green'],
  ['Fatalities in accidental dwelling fires', 1, 0, 2, 1, 0, 'Red'],
];

describe('a quarter merged over the years it compares', () => {
  const r = buildReport(
    [
      {
        name: 'Q2',
        values,
        merges: [
          { top: 2, left: 1, bottom: 2, right: 2 },
          { top: 2, left: 3, bottom: 2, right: 4 },
        ],
      },
    ],
    parseConfig({}),
  );

  it('reads each column as the quarter, or the year to date at it, of its year', () => {
    const periods = r.tables[0].columns.filter((c) => c.role === 'period').map((c) => c.period?.label);
    expect(periods).toEqual(['Q2 2024/25', 'Q2 2025/26', 'Q2 2024/25 year to date', 'Q2 2025/26 year to date']);
  });

  it('rates the year to date against its target, as the sheet does', () => {
    expect(r.items.map((i) => [i.rating.current?.measure.cell, i.rating.rag])).toEqual([
      ['E5', 'amber'],
      ['E6', 'green'],
      ['E7', 'red'],
    ]);
    expect(r.issues.filter((i) => i.code === 'rag-disagrees')).toEqual([]);
  });
});
