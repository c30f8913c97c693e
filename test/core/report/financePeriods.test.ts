/**
 * Finance dashboards head the months of the financial year by their number: "P4 24/25", "P5 24/25",
 * "P6 24/25" (Period 6 is September, as budget monitoring counts from April). Such a table was not
 * read at all: each column's header was "not one that is read". Worked out by hand before the engine
 * was run:
 *
 * - the report is on September 2024 (P6), every indicator having a figure for it;
 * - invoices paid within 30 days, higher being better: 97% against 95%, green, up from 96% in August;
 * - complaints, lower being better: 22 against 20, 10% worse than target, beyond amber's 5%: red;
 *   up from 18 in August, a decline.
 *
 * A year of thirteen four-week periods ("P1" to "P13") has no months: P1 to P12 are not read as
 * April to March, and every column is named as not read, rather than twelve columns coloured against
 * months they are not.
 */
import { parseConfig } from '../../../src/core/config/schema';
import { buildReport } from '../../../src/core/report/buildReport';

describe('months headed by their finance period ("P6 24/25")', () => {
  const r = buildReport(
    [
      {
        name: 'Finance',
        values: [
          ['Indicator', 'Polarity', 'Target', 'P4 24/25', 'P5 24/25', 'P6 24/25'],
          ['% of invoices paid within 30 days', 'High', '95%', '93%', '96%', '97%'],
          ['Number of complaints', 'Low', 20, 25, 18, 22],
        ],
      },
    ],
    parseConfig({}),
  );

  it('reads them as July to September 2024 and reports on September', () => {
    expect(r.tables[0].columns.filter((c) => c.role === 'period').map((c) => c.period?.label)).toEqual([
      'July 2024',
      'August 2024',
      'September 2024',
    ]);
    expect(r.period?.label).toBe('September 2024');
  });

  it('rates each indicator for September against its target', () => {
    expect(r.items.map((i) => [i.indicator.name, i.rating.rag, i.rating.shortTerm?.direction ?? null])).toEqual([
      ['% of invoices paid within 30 days', 'green', 'improving'],
      ['Number of complaints', 'red', 'declining'],
    ]);
    expect(r.issues.filter((i) => i.code === 'figures-header-unknown')).toEqual([]);
  });
});

describe('thirteen four-week periods ("P1" to "P13")', () => {
  const headers = Array.from({ length: 13 }, (_, i) => `P${i + 1} 2024/25`);
  const r = buildReport(
    [
      {
        name: 'Periods',
        values: [
          ['Indicator', 'Polarity', 'Target', ...headers],
          ['Number of complaints', 'Low', 20, ...Array.from({ length: 13 }, (_, i) => 15 + i)],
        ],
      },
    ],
    parseConfig({}),
  );

  it('reads none of them as months, and names every column as not read', () => {
    expect(r.tables.flatMap((t) => t.columns.filter((c) => c.role === 'period'))).toEqual([]);
    expect(r.items).toEqual([]);
    const unread = r.issues.filter((i) => i.code === 'figures-header-unknown').map((i) => i.cell);
    expect(unread).toEqual(['D1', 'E1', 'F1', 'G1', 'H1', 'I1', 'J1', 'K1', 'L1', 'M1', 'N1', 'O1', 'P1']);
  });
});
