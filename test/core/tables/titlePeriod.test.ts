/**
 * A scorecard of one period often heads its figures "Actual" and names the period once, in the
 * title above the table ("Council Business Plan Measures - Adult Care - Quarter 3 2016/17", as
 * Lincolnshire's appendix does) or in the sheet's name. The answers below were worked out by hand
 * from the rules in docs/rating.md before the engine was run.
 */
import { parseConfig } from '../../../src/core/config/schema';
import { buildReport } from '../../../src/core/report/buildReport';
import { unreadSheetIssues } from '../../../src/core/report/sheetChoice';
import { findTables } from '../../../src/core/tables/findTables';
import type { SheetGrid } from '../../../src/core/values/types';

const ROWS = [
  ['Indicator', 'Target', 'Actual', 'Status'],
  ['% of invoices paid within 30 days', 95, 96.1, 'Green'],
  ['Average days to re-let council homes', 28, 31, 'Red'],
];

const report = (grid: SheetGrid, config: unknown = {}) => buildReport([grid], parseConfig(config));
const warned = (r: ReturnType<typeof report>, code: string) =>
  r.issues.filter((i) => i.code === code).map((i) => `${i.sheet}!${i.cell}`);

describe('a column headed "Actual" under a title that names the period', () => {
  const grid: SheetGrid = { name: 'KPIs', values: [['Corporate performance report, Quarter 2 2024/25'], [], ...ROWS] };

  it('is read as that period, rated, and said so with the title cell', () => {
    const r = report(grid);
    expect(r.period?.label).toBe('Q2 2024/25');
    // 96.1 against 95, higher is better: green. 31 days against 28, lower is better, beyond 29.4: red.
    expect(r.items.map((i) => [i.rating.current?.measure.cell, i.rating.rag, i.sheetRag?.rag])).toEqual([
      ['C4', 'green', 'green'],
      ['C5', 'red', 'red'],
    ]);
    const said = r.issues.find((i) => i.code === 'period-from-title');
    expect(said?.cell).toBe('C3');
    expect(said?.message).toBe(
      "KPIs!C3: the column 'Actual' names no period, so its figures are read as Q2 2024/25, the period named in the title in KPIs!A1 ('Corporate performance report, Quarter 2 2024/25'); if they are for another period, head the column with it, as in 'Q2 2024/25'.",
    );
    expect(r.formatPlan.labelHeaders.map((h) => h.text)).toEqual(['RAG Q2 2024/25']);
  });

  it("takes the period from the sheet's name when there is no title", () => {
    const r = report({ name: 'Q3 2024-25', values: ROWS });
    expect(r.period?.label).toBe('Q3 2024/25');
    expect(r.issues.find((i) => i.code === 'period-from-title')?.message).toMatch(
      /^Q3 2024-25!C1: .* read as Q3 2024\/25, the period in the sheet's name;/,
    );
  });

  it('reads "Current performance" under a title of the quarter ending in a month the same way', () => {
    const r = report({
      name: 'KPIs',
      values: [
        ['Key performance indicators: quarter ending September 2024'],
        ['Indicator', 'Target', 'Current performance'],
        ['% of invoices paid within 30 days', 95, 96.1],
      ],
    });
    expect(r.period?.label).toBe('Q2 2024/25');
    expect(r.items.map((i) => [i.rating.current?.measure.cell, i.rating.rag])).toEqual([['C3', 'green']]);
    expect(warned(r, 'period-from-title')).toEqual(['KPIs!C2']);
  });

  it('serves a configuration that makes the column a period', () => {
    const r = report(grid, { tables: [{ sheet: 'KPIs', columns: { Actual: 'period' } }] });
    expect(r.items.map((i) => i.rating.rag)).toEqual(['green', 'red']);
    expect(warned(r, 'config-period-unreadable')).toEqual([]);
  });
});

describe('a column headed "Actual" that nothing gives a period', () => {
  it('is not read, and the warning says how to head it', () => {
    const r = report({ name: 'KPIs', values: ROWS });
    expect(r.items).toEqual([]);
    expect(r.issues.find((i) => i.code === 'value-column-no-period')?.message).toBe(
      "KPIs!C1: the column 'Actual' names no period, and no title above the table or the sheet's name names one, so it is not read; head it with the period its figures are for, as in 'Q2 2024/25', or name the period in a title above the table.",
    );
  });

  it('takes no period from a title that dates the sheet rather than its figures', () => {
    const r = report({ name: 'KPIs', values: [['Last updated 12 March 2025'], ...ROWS] });
    expect(r.items).toEqual([]);
    expect(warned(r, 'value-column-no-period')).toEqual(['KPIs!C2']);
  });

  it("gives no period to two such columns, which cannot both be the title's", () => {
    const r = report({
      name: 'KPIs',
      values: [
        ['Scorecard Q2 2024/25'],
        ['Indicator', 'Target', 'Actual', 'Outturn'],
        ['% of invoices paid within 30 days', 95, 94, 96.1],
      ],
    });
    expect(r.items).toEqual([]);
    expect(warned(r, 'value-column-no-period')).toEqual(['KPIs!C2', 'KPIs!D2']);
    expect(r.issues.find((i) => i.code === 'value-column-no-period')?.message).toMatch(
      /names no period, nor do the table's other columns of figures, so it is not read;/,
    );
  });
});

describe('a table with period columns of its own', () => {
  const grid = (title: string): SheetGrid => ({
    name: 'KPIs',
    values: [
      [title],
      ['Indicator', 'Target', 'Q1 2024/25', 'Actual'],
      ['% of invoices paid within 30 days', 95, 94, 96.1],
    ],
  });

  it('reads an "Actual" column beside them as the period the title names, where it begins after them all', () => {
    const [table] = findTables(grid('Scorecard Q2 2024/25')).tables;
    expect(table.columns.map((c) => [c.header, c.role, c.period?.label])).toEqual([
      ['Indicator', 'name', undefined],
      ['Target', 'target', undefined],
      ['Q1 2024/25', 'period', 'Q1 2024/25'],
      ['Actual', 'period', 'Q2 2024/25'],
    ]);
    expect(warned(report(grid('Scorecard Q2 2024/25')), 'period-from-title')).toEqual(['KPIs!D2']);
  });

  it('leaves it as it was where the title names a period the columns fall in, or one before them', () => {
    for (const title of ['Scorecard 2024/25', 'Scorecard Q1 2024/25', 'Scorecard Q4 2023/24']) {
      const [table] = findTables(grid(title)).tables;
      expect(table.columns.find((c) => c.header === 'Actual')?.role).toBe('ignore');
      const r = report(grid(title));
      expect(warned(r, 'period-from-title')).toEqual([]);
      expect(warned(r, 'value-column-no-period')).toEqual([]);
    }
  });
});

describe('"Previous period" and "Current period" under a title that names the quarter', () => {
  // New Forest's corporate plan dashboard: "Corporate Plan Key Performance Data for Quarter 3 2024-25".
  const values = [
    ['Corporate Plan Key Performance Data for Quarter 3 2024-25'],
    [],
    ['ID', 'Measure', 'Target', 'Desired direction of travel', 'Previous period', 'Current period', 'Status'],
    [1, 'Households in bed and breakfast', 20, 'Decreasing', 24, 18, 'Green'],
    [2, 'Planning applications determined in time (%)', 90, 'Increasing', 87.5, 86, 'Amber'],
  ];

  it('reads the current column as the quarter and the previous as the one before, and says so', () => {
    const r = report({ name: 'KPIs', values });
    expect(r.period?.label).toBe('Q3 2024/25');
    // 18 against 20, lower is better: green, down from 24. 86 % against 90 %, within 5 %: amber, down from 87.5 %.
    expect(r.items.map((i) => [i.rating.current?.measure.cell, i.rating.rag, i.rating.shortTerm?.direction])).toEqual([
      ['F4', 'green', 'improving'],
      ['F5', 'amber', 'declining'],
    ]);
    expect(warned(r, 'period-from-title')).toEqual(['KPIs!E3', 'KPIs!F3']);
    expect(r.issues.find((i) => i.cell === 'E3')?.message).toMatch(
      /^KPIs!E3: the column 'Previous period' names no period, so its figures are read as Q2 2024\/25, the period before Q3 2024\/25, named in the title in KPIs!A1/,
    );
  });

  it('reads neither, and says so, without a title', () => {
    const r = report({ name: 'KPIs', values: values.slice(2) });
    expect(r.items).toEqual([]);
    expect(warned(r, 'value-column-no-period')).toEqual(['KPIs!E1', 'KPIs!F1']);
  });

  it('leaves "Previous month" unread under a title naming a quarter', () => {
    const monthly = values.map((row, i) =>
      i === 2 ? row.map((h) => (h === 'Previous period' ? 'Previous month' : h)) : row,
    );
    const r = report({ name: 'KPIs', values: monthly });
    expect(r.tables[0].columns[4]).toMatchObject({ role: 'ignore' });
    expect(warned(r, 'figures-header-unknown')).toEqual(['KPIs!E3']);
  });
});

describe('"Same qtr last year" under a title that names the quarter', () => {
  // Blaby's Corporate Services exceptions, Quarter 2 2012/13: "This Qtr | Target | … | Previous qtr |
  // … | Same qtr last year". FOI requests: 166, 199 the quarter before, 113 a year before.
  const values = [
    ['Corporate Services, Performance & Leisure'],
    ['Quarter 2 2012/13'],
    [],
    ['Indicator', 'This Qtr', 'Target', 'Previous qtr', 'Same qtr last year'],
    ['FOI requests – number of new requests', 166, 'N/A', 199, 113],
    ['Number of young people involved in Change 4 Life activities', 1176, 1100, 1229, 1448],
  ];

  it('reads it as the same quarter a year before, and compares with it', () => {
    const r = report({ name: 'Corp Services Q2', values });
    expect(r.tables[0].columns.map((c) => c.period?.label ?? null)).toEqual([
      null,
      'Q2 2012/13',
      null,
      'Q1 2012/13',
      'Q2 2011/12',
    ]);
    // FOI: up 53 on 113 a year before. Change 4 Life: down 272 on 1,448, higher is better: declining.
    expect(r.items.map((i) => [i.rating.longTerm?.from.measure.cell, i.rating.longTerm?.change])).toEqual([
      ['E5', 53],
      ['E6', -272],
    ]);
    expect(r.issues.find((i) => i.cell === 'E4')?.message).toContain(
      'read as Q2 2011/12, the period a year before Q2 2012/13, named in the title',
    );
  });

  it('reads "Current | Previous | Same time last year" alike', () => {
    const bare = values.map((row, i) =>
      i === 3 ? ['Indicator', 'Current', 'Target', 'Previous', 'Same time last year'] : row,
    );
    const r = report({ name: 'Corp Services Q2', values: bare });
    expect(r.tables[0].columns.map((c) => c.period?.label ?? null)).toEqual([
      null,
      'Q2 2012/13',
      null,
      'Q1 2012/13',
      'Q2 2011/12',
    ]);
    expect(r.items.map((i) => i.rating.longTerm?.change)).toEqual([53, -272]);
  });
});

/**
 * North Star Housing's monthly performance gives "Measure | Target | Actual | Result", the result
 * "Target met" or "Target not met", under "Monthly performance - May 2025". "Result" heads figures
 * elsewhere, so the table had two columns for the title's period and none was read: the whole table
 * was refused. The answers were worked out by hand before the engine was run.
 */
describe('a "Result" column of ratings beside "Actual"', () => {
  const grid: SheetGrid = {
    name: 'Sheet1',
    values: [
      ['Monthly performance - May 2025'],
      ['Measure', 'Target', 'Actual', 'Result'],
      ['Customer satisfaction with the repairs service (%)', 86, 73.2, 'Target not met'],
      ['Average re-let time (days)', 22, 26.5, 'Target not met'],
      ['Current tenant rent arrears (%)', 2.9, 2.82, 'Target met'],
    ],
  };

  it('leaves the title\'s period to "Actual" and reads "Result" as the sheet\'s RAG', () => {
    const r = report(grid);
    expect(r.period?.label).toBe('May 2025');
    expect(warned(r, 'period-from-title')).toEqual(['Sheet1!C2']);
    // 73.2 against 86, higher: below 81.7, red. 26.5 days against 22, lower: beyond 23.1, red.
    // 2.82 against 2.9, lower: green. The sheet says the same of each.
    expect(r.items.map((i) => [i.rating.current?.measure.cell, i.rating.rag, i.sheetRag?.rag])).toEqual([
      ['C3', 'red', 'red'],
      ['C4', 'red', 'red'],
      ['C5', 'green', 'green'],
    ]);
  });

  it('reads "Actual" as the title\'s period though most of its cells say "n/a"', () => {
    const r = report({
      name: 'KPIs',
      values: [
        ['Corporate performance report, Quarter 2 2024/25'],
        [],
        ['Indicator', 'Target', 'Actual'],
        ['% of invoices paid within 30 days', 95, 96.1],
        ['Average days to re-let council homes', 28, 'n/a'],
        ['Number of empty homes brought back into use', 10, 'n/a'],
        ['Residents satisfied with their area (%)', 80, 'N/A'],
      ],
    });
    expect(r.period?.label).toBe('Q2 2024/25');
    // 96.1 against 95, higher: green; the rest have no figure.
    expect(r.items.map((i) => i.rating.rag)).toEqual(['green', 'none', 'none', 'none']);
  });

  it('still reads a "Result" column of figures as figures', () => {
    const figures: SheetGrid = {
      name: 'Sheet1',
      values: [
        ['Monthly performance - May 2025'],
        ['Measure', 'Target', 'Result'],
        ['Average re-let time (days)', 22, 26.5],
      ],
    };
    const r = report(figures);
    expect(r.period?.label).toBe('May 2025');
    expect(r.items[0].rating.current?.measure.cell).toBe('C3');
  });
});

/**
 * Rotherham's housing service performance heads its figures "Year end | Quarter 1 | Quarter 2" under
 * "Housing Service Performance - Current performance", naming no year anywhere: nothing can be read,
 * and the officer is told why before being told so, header by header.
 */
describe('quarters with no year anywhere', () => {
  it('says, before nothing is read, that each names no year', () => {
    const r = report({
      name: 'Housing performance',
      values: [
        ['Housing Service Performance - Current performance'],
        ['Criteria', 'Target', 'Year end', 'Quarter 1', 'Quarter 2', 'Target Met'],
        ['Percentage of emergency repairs completed in time', 97, 99.1, 99.7, 99.4, 'On target'],
      ],
    });
    expect(r.items).toEqual([]);
    expect(unreadSheetIssues(r.issues).map((i) => `${i.code} ${i.cell}`)).toEqual([
      'period-without-year D2',
      'period-without-year E2',
      // "Year end", with no year either, holds figures that are not read.
      'figures-header-unknown C2',
    ]);
  });
});

/**
 * Shropshire Housing gives two landlords' figures side by side, "Description | SSHA | Target Met? |
 * MMHA | Target Met? | Target", under "Rent Collection January 2018". Neither landlord's column names
 * a period, so nothing is read; the officer is told which columns hold figures that were not read.
 */
describe("two landlords' figures side by side", () => {
  it('names each column of figures whose header is not read, before nothing is read', () => {
    const r = report({
      name: 'Performance',
      values: [
        ['Rent Collection January 2018'],
        ['Description', 'SSHA', 'Target Met?', 'MMHA', 'Target Met?', 'Target'],
        ['Current Tenant Arrears %', 1.36, 'Yes', 1.63, 'Yes', 1.96],
        ['Rent Collected as % of rent owed', 96.93, 'No', 100.81, 'Yes', 99],
      ],
    });
    expect(r.items).toEqual([]);
    expect(unreadSheetIssues(r.issues).map((i) => `${i.code} ${i.cell}`)).toEqual([
      'figures-header-unknown B2',
      'figures-header-unknown D2',
    ]);
  });
});
