/**
 * Northumberland's "Current Performance Report" for its transactional services gives last year's
 * outturn ("2023/24 Performance"), the target to date ("Current Target"), the latest figure ("Current
 * Performance") and the month it is for on each row ("Last Available Result": Nov 2024), then the
 * sheet's rating under "Performance" (Red, Amber, Green). Before, the report was on 2023/24: last
 * year's outturn rated against this year's targets, every row green, with one warning. The answers
 * below were worked out by hand before the engine was run.
 */
import { parseConfig } from '../../../src/core/config/schema';
import { buildReport } from '../../../src/core/report/buildReport';
import type { SheetGrid } from '../../../src/core/values/types';

const HEADER = [
  'Measure',
  '2023/24 Performance',
  'Current Target',
  'Current Performance',
  'Last Available Result',
  'Frequency',
  'Performance',
];

const grid = (header: readonly string[], rows: readonly (readonly (string | number)[])[]): SheetGrid => ({
  name: 'Transactional Services',
  values: [['NCC Current Performance Report: Transactional Services'], [], [...header], ...rows.map((r) => [...r])],
});

const rows = [
  ['Average number of days to process new Housing Benefit claims', 14.2, 18, 19.5, 'Nov 2024', 'Monthly', 'Red'],
  ['Average number of days to process change of circumstances', 7.9, 8, 6.4, 'Nov 2024', 'Monthly', 'Green'],
  ['Average days to answer a benefits enquiry', 3.1, 5, 5.2, 'Nov 2024', 'Monthly', 'Amber'],
];

describe("a column of the latest figures beside last year's outturn, the month on each row", () => {
  it('is read as that month, later than the outturn, and rated against the current target', () => {
    const r = buildReport([grid(HEADER, rows)], parseConfig({}));
    expect(r.period?.label).toBe('November 2024');
    // 19.5 against 18 (lower is better): 8.3 % over, red; 6.4 against 8: green; 5.2 against 5: 4 % over, amber.
    expect(r.items.map((i) => [i.rating.current?.measure.cell, i.rating.rag])).toEqual([
      ['D4', 'red'],
      ['D5', 'green'],
      ['D6', 'amber'],
    ]);
    expect(r.issues.filter((i) => i.code === 'period-from-rows').map((i) => i.cell)).toEqual(['D3']);
    expect(r.issues.filter((i) => i.code === 'figures-column-unread')).toEqual([]);
    // Every comparison is with last year's outturn, which the opening names rather than "a year earlier".
    expect(r.narrative.summary[0].text).toContain('Compared with 2023/24, 1 improved and 2 declined.');
  });

  it("does not take the sheet's rating, headed 'Performance', for a second column of figures", () => {
    const without = buildReport(
      [
        grid(
          HEADER.slice(0, 1).concat(HEADER.slice(2)),
          rows.map((r) => [r[0], ...r.slice(2)]),
        ),
      ],
      parseConfig({}),
    );
    expect(without.period?.label).toBe('November 2024');
    expect(without.items.map((i) => i.rating.rag)).toEqual(['red', 'green', 'amber']);
  });

  it("holds a cumulative measure against its 'Current Target' as the target to date, not a full-year one", () => {
    const collected = [
      'Percentage of Council Tax collected in-year to date',
      96.7,
      81.9,
      81.2,
      'Nov 2024',
      'Monthly',
      'Amber',
    ];
    const r = buildReport([grid(HEADER, [collected, ...rows])], parseConfig({}));
    // 81.2 against 81.9: 0.9 % short, amber.
    expect(r.items[0].rating.rag).toBe('amber');
    expect(r.issues.filter((i) => i.code === 'cumulative-annual-target')).toEqual([]);
    expect(r.narrative.text).toContain(
      'Council Tax collected in-year to date stood at 81.2 per cent, just below the target of 81.9 per cent',
    );
    expect(r.narrative.text).not.toContain('full-year target');
  });

  it("reads the sheet's rating under 'Performance', where 'Status' holds no rating", () => {
    const header = [...HEADER, 'Status'];
    const r = buildReport(
      [
        grid(
          header,
          rows.map((row) => [...row, 'Up to date']),
        ),
      ],
      parseConfig({}),
    );
    const columns = r.tables[0].columns;
    expect(columns.find((c) => c.header === 'Performance')?.role).toBe('rag');
    expect(columns.find((c) => c.header === 'Status')?.role).toBe('ignore');
    expect(r.items.map((i) => i.sheetRag?.rag)).toEqual(['red', 'green', 'amber']);
    expect(r.issues.filter((i) => /^(sheet-rag-unreadable|rag-disagrees)$/.test(i.code))).toEqual([]);
  });

  it('leaves the column unread, and says so, where the rows give a period no later than the columns', () => {
    const same = rows.map((r) => r.map((v) => (v === 'Nov 2024' ? '2023/24' : v)));
    const r = buildReport([grid(HEADER, same)], parseConfig({}));
    expect(r.period?.label).toBe('2023/24');
    expect(r.issues.filter((i) => i.code === 'figures-column-unread').map((i) => i.cell)).toEqual(['D3']);
  });

  it("rates each figure as its row's month where the latest results are for different months", () => {
    // One service's latest is October, another's a quarter: the report is on November 2024, the latest,
    // and the others are rated on their own latest result, as the sheet rates them, their periods named.
    const mixed = [rows[0], [...rows[1].slice(0, 4), 'Oct 2024', ...rows[1].slice(5)], rows[2]];
    mixed[2] = [...rows[2].slice(0, 4), 'Q2 2024/25', 'Quarterly', rows[2][6]];
    const r = buildReport([grid(HEADER, mixed)], parseConfig({}));
    expect(r.period?.label).toBe('November 2024');
    // 19.5 against 18: red; 6.4 against 8: green (October 2024); 5.2 against 5, 4 % over: amber (Q2 2024/25).
    expect(r.items.map((i) => [i.rating.current?.period.label, i.rating.current?.measure.cell, i.rating.rag])).toEqual([
      ['November 2024', 'D4', 'red'],
      ['October 2024', 'D5', 'green'],
      ['Q2 2024/25', 'D6', 'amber'],
    ]);
    expect(r.issues.filter((i) => i.code === 'rag-disagrees')).toEqual([]);
    const from = r.issues.filter((i) => i.code === 'period-from-rows');
    expect(from.map((i) => i.cell)).toEqual(['D3']);
    expect(from[0].message).toContain('(D5: October 2024; D6: Q2 2024/25)');
    expect(r.narrative.text).toContain('change of circumstances stood at 6.4 days in October 2024');
    expect(r.narrative.text).toContain('stood at 5.2 days in Q2 2024/25');
  });
});
