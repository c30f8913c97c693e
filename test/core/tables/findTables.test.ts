import { findTables } from '../../../src/core/tables/findTables';
import type { ColumnRole, DetectedTable } from '../../../src/core/tables/types';
import type { SheetGrid } from '../../../src/core/values/types';
import type { Issue } from '../../../src/core/warnings';

/** Every issue a caller reports: the sheet's and each table's. */
function allIssues(grid: SheetGrid): Issue[] {
  const { tables, issues } = findTables(grid);
  return [...issues, ...tables.flatMap((t) => t.warnings)];
}

/** Column letter → role, and the period label where there is one: what a reader checks first. */
function roles(table: DetectedTable): Record<number, string> {
  return Object.fromEntries(table.columns.map((c) => [c.col, c.period ? `${c.role} ${c.period.label}` : c.role]));
}

function only(grid: SheetGrid): DetectedTable {
  const { tables } = findTables(grid);
  expect(tables).toHaveLength(1);
  return tables[0];
}

describe('findTables: a typical council scorecard', () => {
  const grid: SheetGrid = {
    name: 'Scorecard',
    values: [
      ["Northmoor Council – Children's Services Scorecard"],
      ['Quarter 3 2021/22'],
      [],
      ['Ref', 'Indicator', 'Good is', 'Target', 44378, 44470, 44531, 'RAG', 'Commentary'],
      ['Front Door'],
      [
        'CS01',
        '% of assessments completed within 45 working days',
        'Higher',
        0.9,
        0.88,
        0.91,
        0.927,
        'Green',
        'On track',
      ],
      ['CS02', 'Re-referrals within 12 months', 'Lower', 0.18, 0.2, 0.19, null],
      [],
      ['Children in Care'],
      ['CS03', 'Number of children in care', 'None', null, 270, 275, 278],
      [],
      [],
      ['Source: council case management system'],
    ],
    formats: [[], [], [], [null, null, null, null, 'mmm-yy', 'mmm-yy', 'mmm-yy']],
  };

  it('finds the header below the title rows', () => {
    const table = only(grid);
    expect(table).toMatchObject({ sheet: 'Scorecard', tableName: null, headerRow: 3, top: 3, left: 0, right: 8 });
  });

  it('reads every column with its role and reason', () => {
    const table = only(grid);
    expect(roles(table)).toEqual({
      0: 'ref',
      1: 'name',
      2: 'polarity',
      3: 'target',
      4: 'period July 2021',
      5: 'period October 2021',
      6: 'period December 2021',
      7: 'rag',
      8: 'commentary',
    });
    expect(table.columns[2]).toMatchObject({
      header: 'Good is',
      source: 'detected',
      reason: "header 'Good is' means polarity",
    });
  });

  it('shows a date header as its month', () => {
    expect(only(grid).columns[6].header).toBe('December 2021');
  });

  it('groups indicator rows under their sections and skips blank rows', () => {
    expect(only(grid).rows).toEqual([
      { row: 5, section: 'Front Door' },
      { row: 6, section: 'Front Door' },
      { row: 9, section: 'Children in Care' },
    ]);
  });

  it('ends at two blank rows, so the footnote is not part of the table', () => {
    expect(only(grid).bottom).toBe(9);
  });

  it('says why it took the table, and raises no issue', () => {
    const { tables } = findTables(grid);
    expect(tables[0].reason).toBe(
      "Row 4 holds the headers: indicator names in B ('Indicator'), 3 period columns (July 2021 to December 2021), a target column",
    );
    expect(allIssues(grid)).toEqual([]);
  });
});

describe('findTables: sections', () => {
  it('reads a section heading in the name column beside an empty reference', () => {
    const table = only({
      name: 'S',
      values: [
        ['Ref', 'Measure', 'Target', 'Q1 2021/22', 'Lead officer'],
        [null, 'Adult Social Care'],
        ['ASC1', 'Permanent admissions to care homes', 500, 480, 'Jo Bloggs'],
        ['ASC2', 'Reviews completed', null, null, 'Sam Lee'],
        ['', 'Housing', ''],
        ['H1', 'Households in temporary accommodation', null, 212],
      ],
    });
    expect(table.rows).toEqual([
      { row: 2, section: 'Adult Social Care' },
      { row: 5, section: 'Housing' },
    ]);
  });

  it('warns about a named row with nothing to read in it', () => {
    const issues = allIssues({
      name: 'S',
      values: [
        ['Ref', 'Measure', 'Q1 2021/22', 'Owner'],
        ['X1', 'Reviews completed', null, 'Sam Lee'],
      ],
    });
    expect(issues).toEqual([expect.objectContaining({ code: 'row-without-values', cell: 'B2' })]);
  });
});

describe('findTables: header forms', () => {
  it('reads mixed period forms and odd spacing, case and line breaks', () => {
    const table = only({
      name: 'KPIs',
      values: [
        [
          '  KPI ',
          'GOOD  is',
          'Target\n2021/22',
          'Q4 2020/21',
          'Q1 21/22',
          'Quarter 2 2021-22',
          'Dec-21',
          '2021/22 YTD',
          'England average\n2020/21',
        ],
        ['Timeliness of assessments', 'Higher', 90, 88, 89, 91, 92.7, 90.2, 87.6],
      ],
    });
    expect(roles(table)).toEqual({
      0: 'name',
      1: 'polarity',
      2: 'target 2021/22',
      3: 'period Q4 2020/21',
      4: 'period Q1 2021/22',
      5: 'period Q2 2021/22',
      6: 'period December 2021',
      7: 'period 2021/22 year to date',
      8: 'benchmark 2020/21',
    });
    expect(table.columns[8].benchmark).toEqual({ kind: 'england', label: 'England average 2020/21' });
    expect(table.columns[2].header).toBe('Target 2021/22');
  });

  it('takes the year of "Q1 … Q4" from a group header above them', () => {
    const table = only({
      name: 'Sheet1',
      values: [
        ['Indicator', 'Target', '2021/22'],
        [null, null, 'Q1', 'Q2', 'Q3', 'Q4'],
        ['Children in care', 280, 270, 275, 278, 281],
      ],
    });
    expect(table).toMatchObject({ headerRow: 1, top: 0 });
    expect(roles(table)).toEqual({
      0: 'name',
      1: 'target',
      2: 'period Q1 2021/22',
      3: 'period Q2 2021/22',
      4: 'period Q3 2021/22',
      5: 'period Q4 2021/22',
    });
    expect(table.rows).toEqual([{ row: 2, section: null }]);
  });

  it('takes the year of a quarter from the quarter before it, across the year end', () => {
    const table = only({
      name: 'S',
      values: [
        ['Indicator', 'Q3 2020/21', 'Q4', 'Q1', 'Q2'],
        ['A', 1, 2, 3, 4],
      ],
    });
    expect(Object.values(roles(table)).slice(1)).toEqual([
      'period Q3 2020/21',
      'period Q4 2020/21',
      'period Q1 2021/22',
      'period Q2 2021/22',
    ]);
  });

  it('takes the year from a title when the headers name none', () => {
    const table = only({
      name: 'S',
      values: [['Performance scorecard 2021/22'], [], ['Indicator', 'Q1', 'Q2'], ['A', 1, 2]],
    });
    expect(Object.values(roles(table))).toEqual(['name', 'period Q1 2021/22', 'period Q2 2021/22']);
  });

  it('reads "Actual" and "Target" under a period group header as that period', () => {
    const table = only({
      name: 'S',
      values: [
        [null, 'Q2 2021/22', null, 'Q3 2021/22'],
        ['Indicator', 'Actual', 'Target', 'Actual', 'Target', 'RAG'],
        ['A', 1, 2, 3, 4, 'Red'],
      ],
    });
    expect(roles(table)).toEqual({
      0: 'name',
      1: 'period Q2 2021/22',
      2: 'target Q2 2021/22',
      3: 'period Q3 2021/22',
      4: 'target Q3 2021/22',
      5: 'rag Q3 2021/22',
    });
  });

  it('reads the row under merged period headers across a blank spacer row', () => {
    // Maidstone's appendices: "Q2 2023/24" merged over Value | Target | Status, a blank row between.
    const table = only({
      name: 'S',
      values: [
        ['Indicator', 'Polarity', 'Q1 2024/25', null, null, 'Q2 2024/25'],
        [],
        [null, null, 'Value', 'Target', 'RAG', 'Value', 'Target', 'RAG'],
        ['Children in care', 'Lower', 410, 400, 'A', 395, 400, 'G'],
      ],
    });
    expect(roles(table)).toEqual({
      0: 'name',
      1: 'polarity',
      2: 'period Q1 2024/25',
      3: 'target Q1 2024/25',
      4: 'rag Q1 2024/25',
      5: 'period Q2 2024/25',
      6: 'target Q2 2024/25',
      7: 'rag Q2 2024/25',
    });
    expect([table.top, table.headerRow, table.rows.map((r) => r.row)]).toEqual([0, 2, [3]]);
  });

  it('reads a row that repeats the headers beside a heading as the heading of the rows below, and says so', () => {
    // Anglia Revenues Partnership: the fraud figures under their own "Q4 2018/19 | Yr Target" row.
    const { tables } = findTables({
      name: 'S',
      values: [
        ['Indicator', 'Q4 2018/19', 'Target'],
        ['Council Tax Collection', 414474455, 410581171],
        ['Fraud and Compliance', 'Q4 2018/19', 'Yr Target'],
        ['Council Tax', 306929, 125000],
      ],
    });
    expect(tables[0].rows.map((r) => [r.row, r.section])).toEqual([
      [1, null],
      [3, 'Fraud and Compliance'],
    ]);
    const note = tables[0].warnings.find((w) => w.code === 'header-row-repeated');
    expect([note?.cell, note?.severity]).toEqual(['A3', 'info']);
    expect(note?.message).toContain("repeats the table's headers ('Q4 2018/19', 'Yr Target')");
  });

  it('reads a repeated header row as a heading though one of its headers means nothing to the engine', () => {
    // Anglesey's scorecard: "Financial Management | RAG | Trend | Q2 2024/25 | Target" under the first
    // section. "Trend" is the table's own header in that column: the row is a heading, not an indicator.
    const { tables } = findTables({
      name: 'Scorecard',
      values: [
        ['Indicator', 'RAG', 'Trend', 'Q2 2024/25', 'Target', 'Q1 2024/25'],
        ['Percentage of invoices paid within 30 days', 'Amber', '↓', 89.4, 90, 90.2],
        ['Percentage of calls answered within 60 seconds', 'Red', '↓', 73.2, 85, 79.1],
        [],
        ['Financial Management', 'RAG', 'Trend', 'Q2 2024/25', 'Target', 'Q1 2024/25'],
        ['Budget savings achieved (£k)', 'Red', '↓', 2040, 2620, 1480],
      ],
    });
    expect(tables[0].rows.map((r) => [r.row, r.section])).toEqual([
      [1, null],
      [2, null],
      [5, 'Financial Management'],
    ]);
    expect(tables[0].warnings.find((w) => w.code === 'header-row-repeated')?.cell).toBe('A5');
  });

  it('reads a repeated header row as a heading where the configuration sets the header row and names column', () => {
    // Anglesey's two blocks with "headerRow": 1 and "A": "name" set: every row is then worth reading
    // as a header, and the second block's header row ended the table, its rows left out unsaid.
    const grid: SheetGrid = {
      name: 'Scorecard',
      values: [
        ['Indicator', 'RAG', 'Q2 2024/25', 'Target', 'Q1 2024/25'],
        ['Percentage of invoices paid within 30 days', 'Amber', 89.4, 90, 90.2],
        ['Percentage of calls answered within 60 seconds', 'Red', 73.2, 85, 79.1],
        [],
        ['Financial Management', 'RAG', 'Q2 2024/25', 'Target', 'Q1 2024/25'],
        ['Budget savings achieved (£k)', 'Red', 2040, 2620, 1480],
        ['Income from fees and charges (£k)', 'Green', 2480, 2400, 1210],
      ],
    };
    const { tables } = findTables(grid, { sheet: 'Scorecard', headerRow: 1, columns: { A: 'name' } });
    expect(tables.map((t) => t.rows.map((r) => [r.row, r.section]))).toEqual([
      [
        [1, null],
        [2, null],
        [5, 'Financial Management'],
        [6, 'Financial Management'],
      ],
    ]);
    expect(tables[0].warnings.find((w) => w.code === 'header-row-repeated')?.cell).toBe('A5');
  });

  it('leaves out a row whose figures and target add up its section, whatever its name', () => {
    // ARP's fraud found: £2,757,704 against £1,300,000 under five lines adding up to £2,757,703
    // (each rounded to the pound) and £1,300,000.
    const { tables } = findTables({
      name: 'S',
      values: [
        ['Indicator', 'Q4 2018/19', 'Target'],
        ['Council Tax Collection', 414474455, 410581171],
        ['Fraud and Compliance', 'Q4 2018/19', 'Yr Target'],
        ['NDR', 149515, 150000],
        ['LCTS', 1056090, 500000],
        ['SPD', 468000, 400000],
        ['Tenancy Fraud', 777169, 125000],
        ['Council Tax', 306929, 125000],
        ['Fraud Identified', 2757704, 1300000],
      ],
    });
    expect(tables[0].rows.map((r) => r.row)).toEqual([1, 3, 4, 5, 6, 7]);
    const skipped = tables[0].warnings.find((w) => w.code === 'total-row-skipped');
    expect(skipped?.cell).toBe('A9');
    expect(skipped?.message).toContain('its figures and its target are the sums of those of rows 4, 5, 6, 7 and 8');
  });

  it('keeps a last row whose figure adds up its section but whose target does not', () => {
    const { tables } = findTables({
      name: 'S',
      values: [
        ['Indicator', 'Q4 2018/19', 'Target'],
        ['Calls answered', 600, 550],
        ['Emails answered', 400, 450],
        ['Contacts resolved at first point', 1000, 900],
      ],
    });
    expect(tables[0].rows.map((r) => r.row)).toEqual([1, 2, 3]);
  });

  it('reads a row with a figure among header words as an indicator', () => {
    const table = only({
      name: 'S',
      values: [
        ['Indicator', 'Q4 2018/19', 'Target'],
        ['Council Tax Collection', 414474455, 'Target'],
      ],
    });
    expect(table.rows.map((r) => r.row)).toEqual([1]);
    expect(table.warnings.filter((w) => w.code === 'header-row-repeated')).toEqual([]);
  });

  it('reads a RAG column under a year as rating the latest figure, as one with no period', () => {
    const table = only({
      name: 'S',
      values: [
        [null, '2023/24'],
        ['Indicator', 'Q1', 'Q2', 'RAG'],
        ['A', 1, 2, 'Red'],
      ],
    });
    expect(roles(table)).toEqual({ 0: 'name', 1: 'period Q1 2023/24', 2: 'period Q2 2023/24', 3: 'rag' });
  });

  it('keeps an unrecognised header as an ignored column that says so', () => {
    const table = only({
      name: 'S',
      values: [
        ['Indicator', 'Q1 2021/22', 'Banana'],
        ['A', 1, 'x'],
      ],
    });
    expect(table.columns[2]).toMatchObject({
      role: 'ignore',
      source: 'detected',
      reason: "header 'Banana' is not a recognised column, so it is not read",
    });
  });
});

describe('findTables: warnings', () => {
  it('reads a date serial without a date format as its month, and warns', () => {
    const { tables, issues: sheetIssues } = findTables({
      name: 'Data',
      values: [
        ['Indicator', 44531, 44562],
        ['A', 1, 2],
      ],
    });
    const issues = tables[0].warnings;
    expect(sheetIssues).toEqual([]);
    expect(roles(tables[0])).toEqual({ 0: 'name', 1: 'period December 2021', 2: 'period January 2022' });
    expect(issues.map((i) => [i.code, i.cell])).toEqual([
      ['date-header-without-format', 'B1'],
      ['date-header-without-format', 'C1'],
    ]);
    expect(issues[0].message).toMatch(/^Data!B1: header 44531 has no date format/);
  });

  it('keeps the first of two columns for the same period', () => {
    const { tables, issues: sheetIssues } = findTables({
      name: 'S',
      values: [
        ['Indicator', 'Q3 2021/22', 'Dec-21', 'Quarter 3 21/22'],
        ['A', 1, 2, 3],
      ],
    });
    const issues = tables[0].warnings;
    expect(roles(tables[0])).toEqual({ 0: 'name', 1: 'period Q3 2021/22', 2: 'period December 2021', 3: 'ignore' });
    expect(tables[0].columns[3].reason).toBe(
      "header 'Quarter 3 21/22' also means the period Q3 2021/22, but column B ('Q3 2021/22') comes first",
    );
    expect(issues).toEqual([expect.objectContaining({ code: 'duplicate-period', cell: 'D1', sheet: 'S' })]);
    expect(sheetIssues).toEqual([]);
  });

  it('keeps the first of two name columns and says why', () => {
    const { tables, issues: sheetIssues } = findTables({
      name: 'S',
      values: [
        ['Indicator', 'Description', 'Target'],
        ['A', 'Longer words', 5],
      ],
    });
    const issues = tables[0].warnings;
    expect(sheetIssues).toEqual([]);
    expect(tables[0].columns[1]).toMatchObject({
      role: 'ignore',
      reason: "header 'Description' also means the indicator name, but column A ('Indicator') comes first",
    });
    expect(issues.map((i) => i.code)).toEqual(['duplicate-role']);
  });

  it('keeps targets for different years', () => {
    const table = only({
      name: 'S',
      values: [
        ['Indicator', 'Target 2020/21', 'Target 2021/22', '2021/22'],
        ['A', 1, 2, 3],
      ],
    });
    expect(Object.values(roles(table))).toEqual(['name', 'target 2020/21', 'target 2021/22', 'period 2021/22']);
  });

  it('warns about a period header without a year and does not read it', () => {
    const { tables, issues: sheetIssues } = findTables({
      name: 'S',
      values: [
        ['Indicator', 'Target', 'Q3'],
        ['A', 1, 2],
      ],
    });
    const issues = tables[0].warnings;
    expect(sheetIssues).toEqual([]);
    expect(tables[0].columns[2].role).toBe('ignore');
    expect(issues).toEqual([expect.objectContaining({ code: 'period-without-year', cell: 'C1' })]);
  });

  it('warns about a row with values but no name', () => {
    const { tables, issues: sheetIssues } = findTables({
      name: 'S',
      values: [
        ['Indicator', 'Q1 2021/22'],
        ['A', 1],
        [null, 2],
        ['B', 3],
      ],
    });
    const issues = tables[0].warnings;
    expect(sheetIssues).toEqual([]);
    expect(tables[0].rows.map((r) => r.row)).toEqual([1, 3]);
    expect(issues).toEqual([expect.objectContaining({ code: 'row-without-name', cell: 'B3' })]);
    expect(issues[0].message).toBe('S!B3: the row has values but no indicator name in A3, so it is not read.');
  });
});

describe('findTables: several tables and Excel tables', () => {
  it('finds tables side by side and one under another', () => {
    const { tables } = findTables({
      name: 'S',
      values: [
        ['Indicator', 'Q1 2021/22', 'Q2 2021/22', null, 'Measure', 'Target', 'Dec-21'],
        ['A', 1, 2, null, 'X', 5, 6],
        ['B', 1, 2, null, 'Y', 5, 6],
        [null, null, null, null, 'Z', 5, 6],
        [],
        [],
        ['KPI', 'Target', '2020/21', '2021/22'],
        ['C', 1, 2, 3],
      ],
    });
    expect(tables.map((t) => [t.headerRow, t.left, t.right, t.bottom, t.rows.length])).toEqual([
      [0, 0, 2, 2, 2],
      [0, 4, 6, 3, 3],
      [6, 0, 3, 7, 1],
    ]);
  });

  it('ends a table at the next header row', () => {
    const { tables } = findTables({
      name: 'S',
      values: [
        ['Indicator', 'Q1 2021/22'],
        ['A', 1],
        ['Indicator', '2020/21'],
        ['B', 2],
      ],
    });
    expect(tables.map((t) => [t.headerRow, t.bottom, t.rows.map((r) => r.row)])).toEqual([
      [0, 1, [1]],
      [2, 3, [3]],
    ]);
  });

  it('carries on across a single blank row', () => {
    const table = only({ name: 'S', values: [['Indicator', 'Q1 2021/22'], ['A', 1], [], ['B', 2]] });
    expect(table.rows.map((r) => r.row)).toEqual([1, 3]);
  });

  it('takes an Excel table whole, blank rows and all, with its name', () => {
    const { tables } = findTables({
      name: 'S',
      values: [
        ['My title'],
        ['KPI', 'Polarity', 'Target', 'Q1 2021/22', 'Q2 2021/22'],
        ['A', 'Higher', 1, 2, 3],
        [],
        [],
        [],
        ['B', 'Lower', 1, 2, 3],
        [],
        ['Indicator', 'Q1 2021/22'],
        ['Outside', 4],
      ],
      tables: [{ name: 'tblKPI', top: 1, left: 0, bottom: 6, right: 4 }],
    });
    expect(tables).toHaveLength(2);
    expect(tables[0]).toMatchObject({ tableName: 'tblKPI', headerRow: 1, top: 1, bottom: 6, left: 0, right: 4 });
    expect(tables[0].rows.map((r) => r.row)).toEqual([2, 6]);
    expect(tables[0].reason).toMatch(/^Excel table 'tblKPI': indicator names in A/);
    expect(tables[1]).toMatchObject({ tableName: null, headerRow: 8, rows: [{ row: 9, section: null }] });
  });

  it('reports an Excel table without a name column and leaves it out', () => {
    const { tables, issues } = findTables({
      name: 'Lookups',
      values: [
        ['Code', 'Value'],
        ['H', 'Higher'],
      ],
      tables: [{ name: 'tblPolarity', top: 0, left: 0, bottom: 1, right: 1 }],
    });
    expect(tables).toEqual([]);
    expect(issues).toEqual([expect.objectContaining({ code: 'table-without-name', sheet: 'Lookups' })]);
  });

  it('says which sheet, row and cells it looked at for a column of indicator names', () => {
    const { issues } = findTables({
      name: 'Lookups',
      values: [['Polarity key'], [], ['Code', 'Value', 'Meaning'], ['H', 'Higher', 'Higher is better']],
      tables: [{ name: 'tblPolarity', top: 2, left: 0, bottom: 3, right: 2 }],
    });
    expect(issues).toEqual([
      expect.objectContaining({
        code: 'table-without-name',
        sheet: 'Lookups',
        cell: 'A3:C3',
        message:
          "Lookups!A3:C3: Excel table 'tblPolarity' has no column of indicator names in its header row (row 3 of 'Lookups', headed 'Code', 'Value', 'Meaning'), so it is not read; name one in the table's configuration.",
      }),
    ]);
  });
});

describe('findTables: configuration', () => {
  const grid: SheetGrid = {
    name: 'Performance',
    values: [
      ['Summary'],
      ['Area', 'Latest value', 'Q2 2021/22', 'Whatever', 'Notes'],
      ['Early help', 1, 2, 'Up', 'fine'],
    ],
  };

  it('finds nothing when no header names the indicators', () => {
    expect(findTables(grid).tables).toEqual([]);
  });

  it('sets roles by header text and column letter', () => {
    const columns: Record<string, ColumnRole> = { area: 'name', D: 'polarity' };
    const { tables, issues } = findTables(grid, { sheet: 'Performance', columns });
    expect(roles(tables[0])).toEqual({
      0: 'name',
      1: 'ignore',
      2: 'period Q2 2021/22',
      3: 'polarity',
      4: 'commentary',
    });
    expect(tables[0].columns[0]).toMatchObject({ source: 'config', reason: 'set by configuration' });
    expect(tables[0].columns[2].source).toBe('detected');
    expect(tables[0].rows).toEqual([{ row: 2, section: null }]);
    // "Latest value" beside a column for Q2 2021/22 could be either: not read, and said so.
    expect([...issues, ...tables[0].warnings].map((i) => [i.code, i.cell])).toEqual([['figures-column-unread', 'B2']]);
  });

  it('uses the configured header row', () => {
    const { tables } = findTables(grid, { sheet: 'performance', headerRow: 2, columns: { Area: 'name' } });
    expect(tables[0]).toMatchObject({
      headerRow: 1,
      reason: expect.stringMatching(/^Header row 2 set by configuration/),
    });
  });

  it('warns when a configured period column has no period in its header', () => {
    const { tables, issues: sheetIssues } = findTables(grid, {
      sheet: 'Performance',
      columns: { Area: 'name', B: 'period' },
    });
    expect(tables[0].columns[1]).toMatchObject({ role: 'ignore', source: 'config' });
    expect(sheetIssues).toEqual([]);
    expect(tables[0].warnings).toEqual([expect.objectContaining({ code: 'config-period-unreadable', cell: 'B2' })]);
  });

  it('lets configuration take a role from a detected column', () => {
    const { tables } = findTables(
      {
        name: 'S',
        values: [
          ['Indicator', 'Short name', 'Q1 2021/22'],
          ['Long', 'A', 1],
        ],
      },
      { sheet: 'S', columns: { 'Short name': 'name' } },
    );
    expect(tables[0].columns[0]).toMatchObject({
      role: 'ignore',
      reason: "header 'Indicator' also means the indicator name, but configuration gives it to column B ('Short name')",
    });
    expect(tables[0].columns[1]).toMatchObject({ role: 'name', source: 'config' });
  });

  it('reports configuration that matches nothing', () => {
    const wrongSheet = findTables(grid, { sheet: 'Other', columns: { Area: 'name' } });
    expect(wrongSheet.issues).toEqual([expect.objectContaining({ code: 'config-sheet-unmatched' })]);
    const wrongColumn = findTables(grid, { sheet: 'Performance', columns: { Area: 'name', 'Lead member': 'ignore' } });
    expect(wrongColumn.issues).toEqual([expect.objectContaining({ code: 'config-column-unmatched' })]);
    expect(wrongColumn.issues[0].message).toBe(
      "Performance: the configured column 'Lead member' matches no header or column of a table on this sheet.",
    );
  });

  it('gives back an Excel table without a column of indicator names, with its columns, for one to be named', () => {
    const { tables, issues, unread } = findTables({
      name: 'S',
      values: [
        ['Area', 'Target', 'Q2 2021/22'],
        ['A', 1, 2],
      ],
      tables: [{ name: 'tblAreas', top: 0, left: 0, bottom: 1, right: 2 }],
    });
    expect(tables).toEqual([]);
    expect(issues).toEqual([expect.objectContaining({ code: 'table-without-name' })]);
    expect(unread).toEqual([
      expect.objectContaining({ sheet: 'S', tableName: 'tblAreas', headerRow: 0, left: 0, right: 2 }),
    ]);
    expect(unread[0].columns.map((c) => c.role)).toEqual(['ignore', 'target', 'period']);
  });

  it('applies configuration named after an Excel table to that table only', () => {
    const { tables } = findTables(
      {
        name: 'S',
        values: [
          ['Area', 'Target'],
          ['A', 1],
        ],
        tables: [{ name: 'tblAreas', top: 0, left: 0, bottom: 1, right: 1 }],
      },
      { sheet: 'tblAreas', columns: { Area: 'name' } },
    );
    expect(tables[0]).toMatchObject({ tableName: 'tblAreas', rows: [{ row: 1, section: null }] });
  });
});

describe('findTables: sheets without a table', () => {
  it.each<[string, SheetGrid]>([
    ['an empty sheet', { name: 'Empty', values: [] }],
    ['a sheet of notes', { name: 'Notes', values: [['Just a title'], [1, 2, 3], ['a', 'b']] }],
    [
      'a header with no period or target',
      {
        name: 'List',
        values: [
          ['Indicator', 'Owner'],
          ['A', 'Jo'],
        ],
      },
    ],
    ['ragged rows and errors', { name: 'Odd', values: [[{ error: '#REF!' }], [], [null, true, 'x']] }],
  ])('%s gives no tables and no issues', (_, grid) => {
    expect(findTables(grid)).toEqual({ tables: [], issues: [], unread: [] });
  });
});
