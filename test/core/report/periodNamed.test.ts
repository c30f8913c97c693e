/**
 * The period a scorecard's title or sheet name gives is the one its report is for. Moray Council's
 * Pentana export ("2018/19 Quarter Year to June", on a sheet named "CS PIs Q1 2018-19") has a
 * column for the year 2018/19, holding the year so far, beside Q1 2018/19; by the latest-period rule
 * the year was reported on, and sickness absence compared with the whole of 2017/18. The answers
 * below were worked out by hand before the engine was run.
 */
import { parseConfig } from '../../../src/core/config/schema';
import { buildReport } from '../../../src/core/report/buildReport';
import type { SheetGrid } from '../../../src/core/values/types';

const P = '0.0%';
const rows: (string | number | null)[][] = [
  ['2018/19 Quarter Year to June'],
  [],
  ['Code', 'Indicator', 'Target', '2017/18', '2018/19', 'Q4 2017/18', 'Q1 2018/19'],
  ['CORP8', 'Percentage of invoices sampled that were paid within 30 days', 0.95, 0.946, 0.942, 0.944, 0.942],
  ['FS301', 'Council Tax collected in year (cumulative)', 0.285, 0.969, 0.291, 0.969, 0.291],
  ['CSHR001', 'Sickness absence - average days lost per FTE', 2.3, 9.6, 2.4, 2.2, 2.4],
  ['CSHR004', 'Percentage of new starts completing induction within 1 month', 1, 0.98, 'N/A', 0.99, 'N/A'],
];
const formats = rows.map((r, i) => r.map((v) => (typeof v === 'number' && i !== 5 ? P : null)));
const grid = (name: string, title = true): SheetGrid => ({
  name,
  values: title ? rows : rows.slice(2),
  formats: title ? formats : formats.slice(2),
});

describe('the period a title or a sheet name gives', () => {
  it('is reported on where it is filled in, though a later column is too, and says where it was named', () => {
    const r = buildReport([grid('CS PIs Q1 2018-19')], parseConfig({}));
    expect(r.period?.label).toBe('Q1 2018/19');
    // Invoices 94.2 % against 95 %: amber. Sickness 2.4 days against 2.3, lower is better, within 5 %: amber.
    expect(r.items.map((i) => [i.rating.current?.measure.cell, i.rating.rag])).toEqual([
      ['G4', 'amber'],
      ['G5', 'green'],
      ['G6', 'amber'],
      ['G7', 'none'],
    ]);
    const said = r.issues.find((i) => i.code === 'period-named');
    expect(said?.cell).toBe('G3');
    expect(said?.message).toMatch(
      /^The report is on Q1 2018\/19 \(CS PIs Q1 2018-19!G3\), the period the title in CS PIs Q1 2018-19!A1 \('2018\/19 Quarter Year to June'\) names, in which 4 of the 4 /,
    );
    expect(r.issues.some((i) => i.code === 'period-chosen')).toBe(false);
  });

  it("takes it from the sheet's name when there is no title", () => {
    const r = buildReport([grid('CS PIs Q1 2018-19', false)], parseConfig({}));
    expect(r.period?.label).toBe('Q1 2018/19');
    expect(r.issues.find((i) => i.code === 'period-named')?.message).toMatch(
      /the sheet's name 'CS PIs Q1 2018-19' gives/,
    );
  });

  it('is the latest period filled in, as before, when nothing names one', () => {
    const r = buildReport([grid('Corporate services', false)], parseConfig({}));
    expect(r.period?.label).toBe('2018/19');
    expect(r.issues.some((i) => i.code === 'period-named')).toBe(false);
  });
});

describe('a header of two rows, the periods over "Value"', () => {
  // West Dunbartonshire's strategic plan progress (a Pentana export): "2012/13 … 2016/17" over "Value".
  const wdc: SheetGrid = {
    name: 'Strategic Plan PIs',
    values: [
      ['Strategic Plan 2012/17: Progress in 2016/17'],
      ['Objective: improve economic growth and employability'],
      ['Performance Indicator', '2012/13', '2013/14', '2014/15', '2015/16', '2016/17', null, null],
      [null, 'Value', 'Value', 'Value', 'Value', 'Value', 'Target', 'Status'],
      ['Number of businesses given advice to start up', 196, 220, 216, 181, 194, 200, 'Amber'],
      ['Number of Modern Apprenticeships started', 41, 38, 45, 52, 63, 60, 'Green'],
    ],
  };

  it('takes no period from its own row of periods: the title above names the year reported on', () => {
    const r = buildReport([wdc], parseConfig({}));
    expect(r.period?.label).toBe('2016/17');
    // 194 against 200, within 5 %: amber. 63 against 60: green.
    expect(r.items.map((i) => [i.rating.current?.measure.cell, i.rating.rag])).toEqual([
      ['F5', 'amber'],
      ['F6', 'green'],
    ]);
    expect(r.issues.some((i) => i.code === 'period-later-values')).toBe(false);
  });
});

describe("the sheet's own status beside the year so far", () => {
  it('speaks for the quarter reported on, as a column for the year so far holds the quarter too', () => {
    const withStatus: SheetGrid = {
      name: 'CS PIs Q1 2018-19',
      values: [
        ['Code', 'Indicator', 'Target', '2018/19', 'Q4 2017/18', 'Q1 2018/19', 'Status'],
        ['CORP8', 'Percentage of invoices sampled that were paid within 30 days', 95, 94.2, 94.4, 94.2, 'Warning'],
        ['CSHR002', '% of employee PRDs completed within the last 12 months', 90, 82, 84, 82, 'Alert'],
      ],
    };
    const r = buildReport([withStatus], parseConfig({}));
    expect(r.period?.label).toBe('Q1 2018/19');
    // 94.2 against 95: amber, as "Warning" says; 82 against 90: red, as "Alert" says.
    expect(r.items.map((i) => [i.rating.rag, i.sheetRag?.rag ?? null])).toEqual([
      ['amber', 'amber'],
      ['red', 'red'],
    ]);
  });
});
