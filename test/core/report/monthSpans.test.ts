/**
 * A children's services dashboard exported from a case system heads its quarters by the months they
 * span, each with its year ("Apr 24 - Jun 24", "Jul 24 - Sep 24"), beside the half year so far
 * ("Apr 24 - Sep 24") and a rolling year ("Rolling 12 months (Oct 23 - Sep 24)"). None of those
 * headers was read, so nothing on the sheet was rated. Worked out by hand before the engine was run
 * (tolerance 5 % of the target):
 *
 * - re-referrals, lower is better: 20 % in Q2 against 22 %: green; 24 % in Q1, improved;
 * - assessments in 45 working days, higher: 88 % against 90 %, 2.2 % short: amber; 85 % in Q1, improved;
 * - the half year so far is the year to date at Q2 (22 % and 86.5 %), the rolling year a period of its own.
 */
import { parseConfig } from '../../../src/core/config/schema';
import { buildReport } from '../../../src/core/report/buildReport';
import type { SheetGrid } from '../../../src/core/values/types';

const P = '0%';
const grid: SheetGrid = {
  name: 'Dashboard',
  values: [
    [
      'Indicator',
      'Polarity',
      'Target',
      'Apr 24 - Jun 24',
      'Jul 24 - Sep 24',
      'Apr 24 - Sep 24',
      'Rolling 12 months (Oct 23 - Sep 24)',
    ],
    ['% of re-referrals within 12 months', 'Lower', 0.22, 0.24, 0.2, 0.22, 0.23],
    ['% of assessments completed within 45 working days', 'Higher', 0.9, 0.85, 0.88, 0.865, 0.87],
  ],
  formats: [[], [null, null, P, P, P, P, P], [null, null, P, P, P, P, P]],
};

describe('a dashboard whose columns are headed by the months they span', () => {
  const r = buildReport([grid], parseConfig({}));

  it('reads each column as its period and reports on the latest quarter', () => {
    expect(r.periods.map((p) => p.label)).toEqual(
      expect.arrayContaining(['Q1 2024/25', 'Q2 2024/25', '12 months to September 2024']),
    );
    expect(r.period?.label).toBe('Q2 2024/25');
    expect(r.items.map((i) => [i.rating.rag, i.rating.current?.measure.cell, i.rating.shortTerm?.direction])).toEqual([
      ['green', 'E2', 'improving'],
      ['amber', 'E3', 'improving'],
    ]);
  });

  it('takes the half year so far as the year to date', () => {
    expect(r.items.map((i) => [i.rating.yearToDate?.period.label, i.rating.yearToDate?.measure.cell])).toEqual([
      ['Q2 2024/25 year to date', 'F2'],
      ['Q2 2024/25 year to date', 'F3'],
    ]);
  });

  it('warns of no header it could not read', () => {
    expect(r.issues.filter((i) => i.code === 'figures-header-unknown')).toEqual([]);
  });
});

// A count taken on a day ("As at 30/06/2024", "As at 30/09/2024"), as a children's services
// dashboard heads its snapshot measures: each is the month a date cell in its place is read as.
describe('a table of snapshots headed by their dates', () => {
  const r = buildReport(
    [
      {
        name: 'Snapshot',
        values: [
          ['Measure', 'Good is', 'Target', 'As at 30/06/2024', 'As at 30/09/2024'],
          ['Number of children in care', 'Lower', 450, 468, 462],
          ['Children subject to a child protection plan', 'Lower', 300, 281, 322],
        ],
      },
    ],
    parseConfig({}),
  );

  it('reports on the later date, each count against its target', () => {
    // 462 against 450 is 2.7 % over: amber; 322 against 300 is 7.3 % over: red.
    expect(r.period?.label).toBe('September 2024');
    expect(r.items.map((i) => [i.rating.rag, i.rating.current?.measure.cell])).toEqual([
      ['amber', 'E2'],
      ['red', 'E3'],
    ]);
    expect(r.issues.filter((i) => i.code === 'figures-header-unknown')).toEqual([]);
  });
});

// A housing table gives each quarter's actual and target side by side, each headed by the months it
// spans ("Apr 24 - Jun 24 Actual | Apr 24 - Jun 24 Target"), then the half year's. The actuals were
// read and the targets beside them not: they were warned as unknown figures, and the report fell to
// the half year, the only period with a target. Worked out by hand (tolerance 5 % of the target):
// rent collected 97.5 % against 98 %: amber; re-let time 33 days against 35, lower is better: green;
// emergency repairs 98.5 % against 99 %: amber; Q2 is reported, with the half year (H1) beside it.
describe("a quarter's target headed by the months it spans", () => {
  const P1 = '0.0%';
  const r = buildReport(
    [
      {
        name: 'Housing',
        values: [
          ['Housing performance 2024/25'],
          [
            'KPI',
            'Measure',
            'Better if',
            'Apr 24 - Jun 24 Actual',
            'Apr 24 - Jun 24 Target',
            'Jul 24 - Sep 24 Actual',
            'Jul 24 - Sep 24 Target',
            'H1 Actual',
            'H1 Target',
          ],
          ['HS1', '% rent collected', 'Higher', 0.962, 0.97, 0.975, 0.98, 0.968, 0.975],
          ['HS2', 'Average re-let time (days)', 'Lower', 41, 35, 33, 35, 37, 35],
          ['HS3', 'Emergency repairs completed in 24 hours', 'Higher', 0.991, 0.99, 0.985, 0.99, 0.988, 0.99],
        ],
        formats: [[], [], [null, null, null, P1, P1, P1, P1, P1, P1], [], [null, null, null, P1, P1, P1, P1, P1, P1]],
      },
    ],
    parseConfig({}),
  );

  it("is read as that quarter's target, and the quarter is reported", () => {
    expect(r.period?.label).toBe('Q2 2024/25');
    expect(
      r.items.map((i) => [i.rating.rag, i.rating.current?.measure.cell, i.indicator.target?.measure?.cell]),
    ).toEqual([
      ['amber', 'F3', 'G3'],
      ['green', 'F4', 'G4'],
      ['amber', 'F5', 'G5'],
    ]);
    expect(r.issues.filter((i) => i.code === 'figures-header-unknown')).toEqual([]);
  });
});
