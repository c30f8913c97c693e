/**
 * Targets for the year to date. A fire authority's quarterly scorecard (laid out as Cheshire Fire
 * and Rescue's: "Oct | Nov | Dec | Q3 | YTD 2023/24 | YTD target | Same period last year") sets its
 * targets for the year so far, and its own status compares the year to date with them. Rated against
 * the quarter's own figure, 95 dwelling fires in Q3 looked green against 272, though 273 so far is
 * over it. Worked by hand from the sheet below, tolerance 5 % of the target:
 *
 * - KPI 1 accidental dwelling fires (lower is better): 273 so far against 272, 0.4 % over: amber;
 * - KPI 3 injuries (lower): 22 against 25: green;
 * - KPI 4 safe and well visits (higher): 10,480 against 10,500, 0.2 % under: amber;
 * - KPI 5 unwanted fire signals (lower): 1,302 against 1,250, 4.2 % over: amber;
 * - KPI 8 on-call availability (higher): 73.4 % against 80 %, 8.3 % under: red.
 *
 * On the quarter's own figures, KPI 1, 3 and 5 would be green and KPI 4 red.
 */
import { parseConfig } from '../../../src/core/config/schema';
import { buildReport } from '../../../src/core/report/buildReport';
import type { RawValue, SheetGrid } from '../../../src/core/values/types';

const config = parseConfig({});
const grid = (values: RawValue[][]): SheetGrid => ({ name: 'Q3 2023-24', values });

const header = ['KPI', 'Description', 'Polarity', 'Oct', 'Nov', 'Dec', 'Q3', 'YTD 2023/24', 'YTD target'];
const rows: RawValue[][] = [
  ['KPI 1', 'Number of accidental dwelling fires', 'Lower', 31, 28, 36, 95, 273, 272],
  ['KPI 3', 'Injuries in accidental dwelling fires', 'Lower', 3, 1, 4, 8, 22, 25],
  ['KPI 4', 'Safe and well visits completed', 'Higher', 1102, 1215, 880, 3197, 10480, 10500],
  ['KPI 5', 'Unwanted fire signals attended', 'Lower', 140, 151, 163, 454, 1302, 1250],
  ['KPI 8', 'On-call appliance availability (%)', 'Higher', 71.2, 69.8, 74.0, 71.7, 73.4, 80],
];

const ragsOf = (report: ReturnType<typeof buildReport>) =>
  Object.fromEntries(report.items.map((i) => [i.indicator.id, i.rating.rag]));

describe('a table whose every target is for the year to date', () => {
  it('reports on the year to date, rating the year so far against its targets, and says so', () => {
    const report = buildReport([grid([['Corporate Performance Scorecard'], header, ...rows])], config);
    expect(report.period?.label).toBe('2023/24 year to date');
    expect(ragsOf(report)).toEqual({
      'KPI 1': 'amber',
      'KPI 3': 'green',
      'KPI 4': 'amber',
      'KPI 5': 'amber',
      'KPI 8': 'red',
    });
    expect(report.items[0].rating.current?.measure.cell).toBe('H3');
    const note = report.issues.find((i) => i.code === 'period-targets-to-date');
    expect(note).toMatchObject({ severity: 'info', sheet: 'Q3 2023-24', cell: 'H2' });
    expect(note?.message).toBe(
      "The report is on 2023/24 year to date (Q3 2023-24!H2) rather than Q3 2023/24: the targets ('YTD target') are for the year to date, so the year-to-date figures are rated against them, not Q3 2023/24's own (5 of the 5 indicators with a target that have a column for it are filled in, 5 with a value). Set the period to report on if Q3 2023/24 alone is wanted.",
    );
    // The year-to-date column is the period reported on, not a figure beside it.
    expect(report.issues.map((i) => i.code)).not.toContain('ytd-column');
    expect(report.narrative.text).toContain('In 2023/24 so far, all 5 indicators were rated against a target');
  });

  it("compares the year to date with 'Same period last year', as the sheet does", () => {
    // Safe and well visits: 10,480 so far against 9,870 by the same point last year, improved;
    // accidental dwelling fires 273 against 281, improved (lower is better).
    const lastYear = [281, 19, 9870, 1390, 76.9];
    const withLastYear = [[...header, 'Same period last year'], ...rows.map((r, i) => [...r, lastYear[i]])];
    const report = buildReport([grid(withLastYear)], config);
    expect(report.period?.label).toBe('2023/24 year to date');
    const visits = report.items.find((i) => i.indicator.id === 'KPI 4')!.rating;
    expect(visits.longTerm?.from.measure.cell).toBe('J4');
    expect(visits.longTerm?.from.period.label).toBe('2022/23 year to date');
    expect(visits.longTerm?.direction).toBe('improving');
    const fires = report.items.find((i) => i.indicator.id === 'KPI 1')!.rating;
    expect(fires.longTerm?.direction).toBe('improving');
    expect(report.tables[0].columns.find((c) => c.header === 'Same period last year')?.reason).toBe(
      "header 'Same period last year' names no year: it is read as 2022/23 year to date, a year before 2023/24 year to date, the table's latest",
    );
  });

  it('reads "Target to date" as such a target too', () => {
    const toDate = header.map((h) => (h === 'YTD target' ? 'Target to date' : h));
    const report = buildReport([grid([toDate, ...rows])], config);
    expect(report.period?.label).toBe('2023/24 year to date');
    expect(ragsOf(report)['KPI 1']).toBe('amber');
  });

  it('reports on the quarter when asked, and on it where the target is a plain "Target"', () => {
    const asked = buildReport([grid([header, ...rows])], parseConfig({ period: 'Q3 2023/24' }));
    expect(asked.period?.label).toBe('Q3 2023/24');
    const plain = buildReport([grid([header.map((h) => (h === 'YTD target' ? 'Target' : h)), ...rows])], config);
    expect(plain.period?.label).toBe('Q3 2023/24');
    expect(plain.issues.map((i) => i.code)).not.toContain('period-targets-to-date');
  });

  it("keeps a year's first quarter, whose figure is the year to date", () => {
    const q1 = ['KPI', 'Description', 'Polarity', 'Apr', 'May', 'Jun', 'Q1', 'YTD 2023/24', 'YTD target'];
    const report = buildReport([grid([q1, rows[0].map((v, i) => (i === 7 ? 95 : v))])], config);
    expect(report.period?.label).toBe('Q1 2023/24');
    expect(report.issues.map((i) => i.code)).not.toContain('period-targets-to-date');
  });

  it('keeps the quarter for cumulative measures, whose quarter is the year so far already', () => {
    const cumulative: RawValue[][] = [
      ['Ref', 'Indicator', 'Polarity', 'Q1 2023/24', 'Q2 2023/24', 'Q3 2023/24', 'YTD 2023/24', 'YTD target'],
      ['H1', 'Homes built (cumulative)', 'Higher', 40, 85, 130, 130, 120],
    ];
    const report = buildReport([grid(cumulative)], config);
    expect(report.period?.label).toBe('Q3 2023/24');
    expect(report.items[0].rating.rag).toBe('green');
  });
});
