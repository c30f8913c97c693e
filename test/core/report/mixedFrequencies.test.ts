/**
 * A health and wellbeing board's dashboard: an urgent care table of months above a Better Care Fund
 * table of quarters, on one sheet. Its names' column was headed "BCF metric", which was not read as
 * one: with one blank row between, the quarterly rows were read through the monthly table's columns
 * (Q2's figures reported as September's); with three, they were left out without a word. Worked by
 * hand: two tables; the report is on November 2023, the monthly table's latest; the quarterly table
 * has no column for it, which a warning says, naming Q2 2023/24, and each of its indicators is given
 * with its latest figure.
 */
import { parseConfig } from '../../../src/core/config/schema';
import { buildReport } from '../../../src/core/report/buildReport';
import { RAG_MARKER } from '../../../src/core/annotate/palette';
import type { RawValue, SheetGrid } from '../../../src/core/values/types';

const values: RawValue[][] = [
  ['Health and wellbeing dashboard'],
  ['Indicator', 'Standard', 'Sep-23', 'Oct-23', 'Nov-23'],
  ['A&E: patients seen within 4 hours (%)', 76, 74.2, 72.9, 71.8],
  ['Ambulance handovers over 60 minutes (number)', 0, 188, 240, 201],
  [],
  [],
  [],
  ['BCF metric', 'Plan 2023/24', 'Q1 2023/24', 'Q2 2023/24'],
  ['Avoidable admissions (per 100,000 population)', 180, 176.2, 186.5],
  ['Discharge to usual place of residence (%)', 92.5, 92.1, 91.8],
];

describe('a monthly table above a quarterly one', () => {
  const report = buildReport([{ name: 'HWB dashboard', values } satisfies SheetGrid], parseConfig({}));

  it('reads both tables, the second with its names under "BCF metric"', () => {
    expect(report.tables.map((t) => t.headerRow)).toEqual([1, 7]);
    expect(report.items.map((i) => i.indicator.name)).toEqual([
      'A&E: patients seen within 4 hours (%)',
      'Ambulance handovers over 60 minutes (number)',
      'Avoidable admissions (per 100,000 population)',
      'Discharge to usual place of residence (%)',
    ]);
  });

  it('reports on the months, and says the quarterly table has no column for November', () => {
    expect(report.period?.label).toBe('November 2023');
    const issue = report.issues.find((i) => i.code === 'table-period-missing');
    expect(issue).toMatchObject({ sheet: 'HWB dashboard', cell: 'A8' });
    expect(issue?.message).toBe(
      "HWB dashboard!A8:D10: the table has no column for November 2023, the period reported on, so its 2 indicators have no figure for it; its latest figures are for Q2 2023/24. A report is on one period: set the period to report on ('Q2 2023/24') to rate them.",
    );
    expect(report.issues.filter((i) => i.code === 'table-period-missing')).toHaveLength(1);
  });

  it('gives each of its indicators with its latest figure', () => {
    expect(report.narrative.text).toContain(
      'There is no figure for avoidable admissions: the table has no column for November 2023. The latest, for Q2 2023/24, was 186.5 per 100,000 population.',
    );
  });
});

describe('the same dashboard run again on its own copy', () => {
  // Our RAG labels beside each table (column F here), headed and written on the first run: the second
  // run's warning names the officer's table, as the first did, not one column wider.
  const header = `"RAG November 2023"&T(N("${RAG_MARKER}"))`;
  const label = (row: number) => `IF(ISNUMBER(E${row}),N("${RAG_MARKER}")&"Red","No data")`;
  const at = (i: number): [RawValue, string | null] =>
    i === 1 || i === 7
      ? ['RAG November 2023', header]
      : [2, 3, 8, 9].includes(i)
        ? ['Red', label(i + 1)]
        : [null, null];
  const again: SheetGrid = {
    name: 'HWB dashboard',
    values: values.map((r, i) => (at(i)[0] === null ? r : [...r, ...Array(5 - r.length).fill(null), at(i)[0]])),
    formulas: values.map((_, i) => [null, null, null, null, null, at(i)[1]]),
  };

  it('says the quarterly table has no column for November over the same cells', () => {
    const r = buildReport([again], parseConfig({}));
    const said = r.issues.filter((i) => i.code === 'table-period-missing');
    expect(said.map((i) => i.message.slice(0, i.message.indexOf(': the table')))).toEqual(['HWB dashboard!A8:D10']);
  });
});
