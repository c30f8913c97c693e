/**
 * A council reporting six-monthly measures heads them "H1 2024/25" and "H2 2024/25". H1, the year to
 * date at September, is read; H2, October to March on its own, is no period read here (neither a
 * quarter, a month, a year nor a year to date). It was said to hold figures "under a header that is
 * not one that is read", with the advice to head it "with that period, as in 'Q2 2024/25'", which
 * an officer whose period is the second half cannot take. Worked out by hand before the engine was
 * run: H1 is read (the year to date at September 2024) and reported on; H2's column is named as the
 * second half of the year, not read, with what would be read in its place.
 */
import { parseConfig } from '../../../src/core/config/schema';
import { buildReport } from '../../../src/core/report/buildReport';

describe('the second half of a year ("H2 2024/25")', () => {
  const r = buildReport(
    [
      {
        name: 'Six-monthly',
        values: [
          ['Indicator', 'Polarity', 'Target', 'H1 2024/25', 'H2 2024/25'],
          ['% of food premises rated 3 or above', 'High', 0.95, 0.96, 0.97],
          ['Number of noise complaints', 'Low', 300, 280, 310],
        ],
        formats: [[], [null, null, '0%', '0%', '0%']],
      },
    ],
    parseConfig({}),
  );

  it('is not read, and H1 is reported on', () => {
    expect(r.period?.label).toBe('Q2 2024/25 year to date');
    expect(r.issues.filter((i) => i.code === 'figures-header-unknown')).toEqual([]);
  });

  it('is named at its header as the second half, with what would be read', () => {
    const said = r.issues.filter((i) => i.code === 'second-half-unread');
    expect(said.map((i) => [i.severity, i.sheet, i.cell])).toEqual([['warning', 'Six-monthly', 'E1']]);
    expect(said[0].message).toBe(
      "Six-monthly!E1: 'H2 2024/25' is the second half of the year, October to March, which is not a period read here (quarters, months, years and the year to date are: 'H1' is the year to date at September), so its figures (Six-monthly!E2:E3) are not read or rated; give the year's figure ('2024/25') or the quarters' ('Q3 2024/25', 'Q4 2024/25') if they are wanted.",
    );
  });
});
