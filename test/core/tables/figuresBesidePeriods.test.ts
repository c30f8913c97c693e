/**
 * A scorecard with a column for each quarter and, beside them, one headed only "Outturn" or
 * "Actual": Waverley's "Performance Management Report Q4 2017/18 … and end of year outturn" lays
 * its key indicators out so. The quarters are read; the column that names no period cannot be
 * placed among them (the year's outturn, the latest quarter again, a year to date?), so it is not
 * read, and the officer is told so rather than left to find it missing. The answers below were
 * worked out by hand from the rules in docs/rating.md before the engine was run.
 */
import { parseConfig } from '../../../src/core/config/schema';
import { buildReport } from '../../../src/core/report/buildReport';
import type { SheetGrid } from '../../../src/core/values/types';

const report = (grid: SheetGrid, config: unknown = {}) => buildReport([grid], parseConfig(config));
const said = (r: ReturnType<typeof report>, code: string) =>
  r.issues.filter((i) => i.code === code).map((i) => `${i.sheet}!${i.cell}`);

const grid = (outturn: string): SheetGrid => ({
  name: 'KPIs',
  values: [
    ['Key performance indicators, Quarter 4 2017/18 and end of year outturn'],
    ['Ref', 'Indicator', 'Q1 2017/18', 'Q2 2017/18', 'Q3 2017/18', 'Q4 2017/18', outturn, 'Target'],
    ['H1', '% of rent collected', 96.2, 97.1, 97.8, 98.4, 98.4, 98],
    ['P2', 'Average days to process a new benefit claim', 21, 24, 19, 17, 20.3, 20],
  ],
});

describe('a column headed only "Outturn" beside a column for each quarter', () => {
  it('is not read, and is said so with its cell and the periods the others name', () => {
    const r = report(grid('Outturn'));
    expect(r.period?.label).toBe('Q4 2017/18');
    // 98.4 % against 98, higher is better: green. 17 days against 20, lower is better: green.
    expect(r.items.map((i) => [i.rating.current?.measure.cell, i.rating.rag])).toEqual([
      ['F3', 'green'],
      ['F4', 'green'],
    ]);
    expect(said(r, 'figures-column-unread')).toEqual(['KPIs!G2']);
    expect(r.issues.find((i) => i.code === 'figures-column-unread')?.message).toBe(
      "KPIs!G2: the column 'Outturn' names no period, though the table's other columns of figures do (Q1 2017/18 to Q4 2017/18), so it is not read or rated; if its figures are for a period, head it with that period, as in 'Outturn 2017/18'.",
    );
  });

  it('says the same of "Actual" and "Latest value", and nothing of a column with another meaning', () => {
    expect(said(report(grid('Actual')), 'figures-column-unread')).toEqual(['KPIs!G2']);
    expect(said(report(grid('Latest value')), 'figures-column-unread')).toEqual(['KPIs!G2']);
    expect(said(report(grid('Lead officer')), 'figures-column-unread')).toEqual([]);
  });

  it('reads the column as the year once its header names it, the quarter still reported on', () => {
    const r = report(grid('Outturn 2017/18'));
    expect(said(r, 'figures-column-unread')).toEqual([]);
    expect(r.period?.label).toBe('Q4 2017/18');
    expect(r.tables[0].columns.find((c) => c.col === 6)).toMatchObject({
      role: 'period',
      period: { label: '2017/18' },
    });
  });

  it('says nothing when the configuration has given the column a role', () => {
    const r = report(grid('Outturn'), { tables: [{ sheet: 'KPIs', columns: { G: 'ignore' } }] });
    expect(said(r, 'figures-column-unread')).toEqual([]);
  });
});

/**
 * Anglesey's corporate scorecard, "Quarter 2 2024/25" in its title, gives this quarter's figures under
 * "Actual" and, beside them, last quarter's and the same quarter last year's under their own periods.
 * Before, "Actual" was not read and the report was on Q1 2024/25, the latest period a column names,
 * under a title for Q2: the sheet's ratings were called wrong and the comments quoted against the
 * wrong quarter. Worked out by hand from docs/rating.md before the engine was run.
 */
describe('a column headed "Actual" beside older periods, the title naming a later one', () => {
  const anglesey = (title: string): SheetGrid => ({
    name: 'Scorecard',
    values: [
      [title],
      [],
      ['Indicator', 'RAG', 'Actual', 'Target', 'Q1 2024/25', 'Q2 2023/24', 'Comments'],
      ['Percentage of invoices paid within 30 days', 'Amber', 0.894, 0.9, 0.902, 0.915],
      [
        'Percentage of FOI requests responded to within timescale',
        '',
        'No data',
        0.8,
        0.78,
        0.83,
        'Data not available for Q2.',
      ],
      ['Percentage of calls answered within 60 seconds', 'Red', 0.732, 0.85, 0.791, 0.842],
    ],
  });

  it("is read as the title's period, said so, and the report is on it", () => {
    const r = report(anglesey('Corporate Scorecard – Quarter 2 2024/25'));
    expect(r.period?.label).toBe('Q2 2024/25');
    // 89.4 % against 90 %, higher is better: short by 0.6 points, within the amber band. No data for
    // FOI. 73.2 % against 85 %: red. As the sheet's own RAG column says.
    expect(r.items.map((i) => [i.rating.current?.measure.cell, i.rating.rag])).toEqual([
      ['C4', 'amber'],
      ['C5', 'none'],
      ['C6', 'red'],
    ]);
    expect(said(r, 'period-from-title')).toEqual(['Scorecard!C3']);
    expect(said(r, 'figures-column-unread')).toEqual([]);
    expect(said(r, 'rag-disagrees')).toEqual([]);
    // Compared with the quarter before (E) and the same quarter a year before (F): both figures down.
    expect(r.narrative.summary[0].text).toContain(
      'Compared with last quarter, 2 declined; compared with a year earlier, 2 declined.',
    );
  });

  it('is left unread, and said so, where the title names a period a column already has', () => {
    const r = report(anglesey('Corporate Scorecard – Quarter 1 2024/25'));
    expect(r.period?.label).toBe('Q1 2024/25');
    expect(said(r, 'figures-column-unread')).toEqual(['Scorecard!C3']);
    expect(said(r, 'period-from-title')).toEqual([]);
  });
});
