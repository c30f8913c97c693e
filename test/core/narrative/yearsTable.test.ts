/**
 * A table of years (2021/22, 2022/23, 2023/24), as an annual report or a district council's waste
 * and planning return gives it: the period before the latest is itself a year earlier. The
 * answers below were worked out by hand before the engine was run.
 */
import { parseConfig } from '../../../src/core/config/schema';
import { buildReport } from '../../../src/core/report/buildReport';

const r = buildReport(
  [
    {
      name: 'Annual',
      values: [
        ['Indicator', 'Target', '2021/22', '2022/23', '2023/24'],
        ['Recycling rate (%)', 50, 45, 47, 49],
        ['Missed bins per 100,000 collections', 60, 70, 65, 55],
        ['Planning applications decided in time (%)', 90, 92, 91, 88],
      ],
    },
  ],
  parseConfig({}),
);

describe('a table of years', () => {
  it('compares with a year earlier once, not twice in one sentence', () => {
    const opening = r.narrative.summary[0].text;
    // 49 from 47 and 55 from 65 (lower is better) improved; 88 from 91 declined.
    expect(opening).toContain('Compared with a year earlier, 2 improved and 1 declined.');
    expect(opening).not.toContain('; compared with a year earlier');
  });

  it('names the year as councils do, not as its months', () => {
    expect(r.narrative.summary[0].text).toMatch(/^In 2023\/24, /);
    expect(r.narrative.summary[0].text).not.toContain('April');
  });

  it("names a rate without its base, and without the base's noun", () => {
    expect(r.narrative.summary[0].text).toContain(
      'Proportionally, the largest improvement on a year earlier was in missed bins, down 10 per 100,000 to 55 per 100,000.',
    );
  });
});
