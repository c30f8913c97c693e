/**
 * A column headed "Previous year" or "Last year" after the quarters of one year. Before the quarters
 * it is read as the year before's outturn; after them it may be that, or the latest quarter's figure a
 * year before (a fire service's "Previous year" holds the quarter's count), so it is not read. The
 * warning advised heading it "as in 'Q2 2024/25' or '2024/25'", this year's periods, which it is not.
 * Worked out by hand before the engine was run:
 * - the column is still not read: Q2 2024/25's 14 complaints are compared with Q1's 12 only;
 * - the warning at F1 says what it may hold, 2023/24's outturn or Q2 2023/24's figure, and how to
 *   head it for each ('2023/24 outturn', 'Q2 2023/24');
 * - a column after the quarters whose header means nothing known ("Figure B") keeps the advice as it was.
 */
import { parseConfig } from '../../../src/core/config/schema';
import { buildReport } from '../../../src/core/report/buildReport';
import type { RawValue } from '../../../src/core/values/types';

function run(header: string) {
  const values: RawValue[][] = [
    ['Measure', 'Polarity', 'Target', 'Q1 2024/25', 'Q2 2024/25', header],
    ['Number of complaints upheld', 'Lower', 20, 12, 14, 35],
    ['% of invoices paid within 30 days', 'Higher', 95, 96, 97, 93.5],
  ];
  return buildReport([{ name: 'KPIs', values }], parseConfig({}));
}

describe('"Previous year" after the quarters', () => {
  for (const header of ['Previous year', 'Last year']) {
    it(`says what '${header}' may hold, and how to head it for each`, () => {
      const r = run(header);
      expect(r.items[0].indicator.values.map((v) => v.period.label)).toEqual(['Q1 2024/25', 'Q2 2024/25']);
      const said = r.issues.find((i) => i.cell === 'F1')!;
      expect(said.code).toBe('figures-header-unknown');
      expect(said.message).toContain("2023/24's outturn");
      expect(said.message).toContain("Q2 2023/24's figure");
      expect(said.message).toContain("'2023/24 outturn'");
      expect(said.message).toContain("'Q2 2023/24'");
      expect(said.message).not.toContain("'Q2 2024/25'");
    });
  }

  it('keeps the advice for a header that means nothing known', () => {
    const said = run('Figure B').issues.find((i) => i.cell === 'F1')!;
    expect(said.code).toBe('figures-header-unknown');
    expect(said.message).toContain("as in 'Q2 2024/25' or '2024/25'");
  });
});
