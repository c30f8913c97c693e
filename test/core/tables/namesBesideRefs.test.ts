/**
 * Reigate and Banstead's quarterly KPI report heads its table "KPI | Description | Target | Q1 |
 * Q2 | Status", the "KPI" column holding the indicator's number (1, 2, 3) and "Description" its
 * name. Both headers mean the indicator's name; the first column was taken for the names, its
 * numbers are not names, and no indicator was read. The error then said the table had no period
 * columns, which it has. The answers below were worked out by hand before the engine was run.
 */
import { parseConfig } from '../../../src/core/config/schema';
import { NoIndicatorReadError } from '../../../src/core/errors';
import { buildReport } from '../../../src/core/report/buildReport';
import type { RawValue, SheetGrid } from '../../../src/core/values/types';

const grid = (header: readonly string[], rows: readonly (readonly RawValue[])[], name = 'Q2 KPIs'): SheetGrid => ({
  name,
  values: [['Quarterly KPI report – Q2 2024/25'], [], [], [...header], ...rows.map((r) => [...r])],
});

const HEADER = ['KPI', 'Description', 'Polarity', 'Target', 'Q1 2024/25', 'Q2 2024/25', 'Status'];
const ROWS: readonly (readonly RawValue[])[] = [
  [1, 'Council tax collection rate (%)', 'Higher', 56, 29, 57, 'Green'],
  [2, 'Average time to answer calls (minutes)', 'Lower', 2, 2.4, 2.05, 'Amber'],
  [3, 'Missed bins per 100,000 collections', 'Lower', 60, 58, 70, 'Red'],
];

describe("a column headed 'KPI' holding numbers beside one headed 'Description'", () => {
  it('reads the names from the description and the numbers as their references', () => {
    const r = buildReport([grid(HEADER, ROWS)], parseConfig({}));
    expect(r.items.map((i) => [i.indicator.id, i.indicator.name])).toEqual([
      ['1', 'Council tax collection rate (%)'],
      ['2', 'Average time to answer calls (minutes)'],
      ['3', 'Missed bins per 100,000 collections'],
    ]);
    // 57 against 56, higher better: green. 2.05 against 2, lower better: 2.5 % over, amber within 5 %.
    // 70 against 60, lower better: 16.7 % over, red. As the sheet's own Status column has them.
    expect(r.items.map((i) => [i.rating.current?.measure.cell, i.rating.rag])).toEqual([
      ['F5', 'green'],
      ['F6', 'amber'],
      ['F7', 'red'],
    ]);
    const notes = r.issues.filter((i) => i.code === 'names-beside-refs');
    expect(notes.map((n) => [n.severity, n.sheet, n.cell])).toEqual([['info', 'Q2 KPIs', 'A4']]);
    expect(notes[0].message).toContain("the column headed 'KPI' holds references (1, 2)");
    expect(notes[0].message).toContain("read from column B ('Description')");
    expect(r.issues.filter((i) => i.code === 'duplicate-role' || i.code === 'rag-disagrees')).toEqual([]);
    const columns = r.tables[0].columns.map((c) => [c.header, c.role]);
    expect(columns.slice(0, 2)).toEqual([
      ['KPI', 'ref'],
      ['Description', 'name'],
    ]);
  });

  it('reads codes such as "CP01" as references, a section heading in the first column left as a section', () => {
    const rows = [['Corporate'], ['CP01', ...ROWS[0].slice(1)], ['CP02', ...ROWS[2].slice(1)]];
    const r = buildReport([grid(['PI', 'PI description', ...HEADER.slice(2)], rows)], parseConfig({}));
    expect(r.items.map((i) => [i.indicator.id, i.indicator.name, i.indicator.section])).toEqual([
      ['CP01', 'Council tax collection rate (%)', 'Corporate'],
      ['CP02', 'Missed bins per 100,000 collections', 'Corporate'],
    ]);
  });

  it('reads ASCOF codes with their part ("ASC 2A part 2") as references', () => {
    // Torbay's Local Account: "KPI | KPI description", the codes with a part. Taken as the names, the
    // codes left the polarity to be guessed (care home admissions "higher is better", 612.4 against
    // 560 green): read from the descriptions, "admission" says lower is better, and it is red.
    const header = ['KPI', 'KPI description', 'Target', '2022/23', '2023/24'];
    const rows = [
      [
        'ASC 2A part 2',
        'Long-term support needs met by admission to residential and nursing care homes, per 100,000 population',
        560,
        585.2,
        612.4,
      ],
      ['ASC 1C part 2A', 'The proportion of people who receive direct payments', 28, 19.8, 21.3],
    ];
    const r = buildReport([grid(header, rows)], parseConfig({}));
    expect(r.items.map((i) => [i.indicator.id, i.indicator.polarity, i.rating.rag])).toEqual([
      ['ASC 2A part 2', 'lower', 'red'],
      ['ASC 1C part 2A', 'higher', 'red'],
    ]);
  });

  it('reads ASCOF codes with a bracketed part ("2A(2)", "1C(1A)") as references', () => {
    // Slough's ASCOF benchmarking table: "Indicator | Description", the codes as the outcomes framework
    // writes them. Taken as the names, the narrative read "2A(2) stood at 499.5"; read from the
    // descriptions, each is named, and "admissions" says lower is better: 499.5 against 450, red.
    const header = ['Indicator', 'Description', 'Target', '2016/17', '2017/18'];
    const rows = [
      ['1C(1A)', 'Proportion of people who use services who receive self-directed support', 90, 86.1, 88.4],
      ['2A(2)', 'Permanent admissions of older people to care homes, per 100,000 population', 450, 512.6, 499.5],
      ['1B', 'Proportion of people who use services who have control over their daily life', 75, 74.2, 75.3],
    ];
    const r = buildReport([grid(header, rows)], parseConfig({}));
    expect(r.items.map((i) => [i.indicator.id, i.indicator.polarity, i.rating.rag])).toEqual([
      ['1C(1A)', 'higher', 'amber'],
      ['2A(2)', 'lower', 'red'],
      ['1B', 'higher', 'green'],
    ]);
    expect(r.items[1].indicator.name).toBe(
      'Permanent admissions of older people to care homes, per 100,000 population',
    );
  });

  it.each(['no tgt', 'Measure information only', 'Data for information'])(
    'reads %j as no target: a context measure, not a target to check',
    (words) => {
      const rows = [[1, 'Adults in paid employment (%)', 'Higher', words, 5, 6, null]];
      const r = buildReport([grid(HEADER, rows)], parseConfig({}));
      expect([r.items[0].rating.status, r.items[0].rating.targetUnusable]).toEqual(['no-target', undefined]);
      expect(r.issues.map((i) => i.code)).not.toContain('target-unreadable');
    },
  );

  it('leaves the names in the first column when it holds names, and the second unread as before', () => {
    const rows = ROWS.map((r) => [r[1], `Definition: ${String(r[1]).toLowerCase()}`, ...r.slice(2)]);
    const r = buildReport([grid(['Indicator', 'Description', ...HEADER.slice(2)], rows)], parseConfig({}));
    expect(r.items.map((i) => i.indicator.name)).toEqual(ROWS.map((row) => row[1]));
    expect(r.issues.filter((i) => i.code === 'names-beside-refs')).toEqual([]);
    expect(r.issues.filter((i) => i.code === 'duplicate-role').map((i) => i.cell)).toEqual(['B4']);
  });

  it('moves nothing when one row of the first column holds a name', () => {
    const rows = [ROWS[0], ['Average time to answer calls', ...ROWS[1].slice(1)], ROWS[2]];
    const r = buildReport([grid(HEADER, rows)], parseConfig({}));
    expect(r.issues.filter((i) => i.code === 'names-beside-refs')).toEqual([]);
    expect(r.items.map((i) => i.indicator.name)).toEqual(['Average time to answer calls']);
  });

  it('keeps a table of its own references, not reading the second numbered column', () => {
    const rows = ROWS.map((r) => [`R${String(r[0])}`, ...r]);
    const r = buildReport([grid(['Ref', ...HEADER], rows)], parseConfig({}));
    expect(r.items.map((i) => [i.indicator.id, i.indicator.name])).toEqual([
      ['R1', 'Council tax collection rate (%)'],
      ['R2', 'Average time to answer calls (minutes)'],
      ['R3', 'Missed bins per 100,000 collections'],
    ]);
    const kpi = r.tables[0].columns.find((c) => c.header === 'KPI');
    expect(kpi?.role).toBe('ignore');
    expect(r.issues.find((i) => i.code === 'names-beside-refs')?.message).not.toContain('as their references');
  });
});

describe('a header over two rows, a period named twice above its Target and its Actual', () => {
  // Winchester's service standards: the years on one row, "Actual" and "Target" beneath, 2014/15 twice, unmerged.
  const values = [
    ['Performance Indicators', 'NPI/LPI', '2013/14', '2014/15', '2014/15'],
    [null, null, 'Actual', 'Target', 'Actual'],
    ['Average time to process new claims', 'LPI0538', 18.93, 18, 19.51],
    ['Recovered overpayments as a % of total debt', 'LPI0544', 28.83, 30, 32.36],
  ];

  it('is read from the lower row, as it is when the period is merged over both', () => {
    const r = buildReport([{ name: 'Service standards', values }], parseConfig({}));
    expect(r.tables[0].headerRow).toBe(1);
    expect(r.period?.label).toBe('2014/15');
    // 19.51 against 18, "average time" lower is better: 8.4 % over, red, and not a percentage for
    // the table's other rows. 32.36 against 30, higher: green.
    expect(r.items.map((i) => [i.rating.current?.measure.cell, i.indicator.unit, i.rating.rag])).toEqual([
      ['E3', 'number', 'red'],
      ['E4', 'percentage', 'green'],
    ]);
  });

  it('says, where no row beneath the header is read, how to lay out a header over two rows', () => {
    const blank = values.map((row, i) => (i < 2 ? row : [row[0], row[1]]));
    const r = buildReport([{ name: 'Service standards', values: blank }], parseConfig({}));
    expect(r.items).toEqual([]);
    const error = new NoIndicatorReadError('winchester.xlsx', r.tables[0], 'set the columns in a configuration file');
    expect(error.message).toContain('no row beneath it is read as an indicator');
    expect(error.message).not.toContain('as text');
  });
});

describe('a table whose name column holds only numbers, and no other', () => {
  it('says the names are missing, not the period columns it has', () => {
    const rows = ROWS.map((r) => [r[0], ...r.slice(2)]);
    const r = buildReport([grid([HEADER[0], ...HEADER.slice(2)], rows)], parseConfig({}));
    expect(r.items).toEqual([]);
    const error = new NoIndicatorReadError('kpis.xlsx', r.tables[0], 'set the columns in a configuration file');
    expect(error.message).toContain("has period columns (e.g. 'Q1 2024/25')");
    expect(error.message).toContain("no row with an indicator's name, as text, in column A ('KPI')");
    expect(error.message).not.toContain('no period columns');
  });
});
