/**
 * Sheets whose periods run down the rows, which give nothing to rate: what the officer is told,
 * worked out by hand. A system's export puts an indicator on a row for each period ("Indicator |
 * Period | Actual | Target"); a list of the latest figures gives each row's period in a column of
 * its own ("Latest period"); a tracker of months runs them down column A with a column for each
 * measure.
 */
import { parseConfig } from '../../../src/core/config/schema';
import { buildReport } from '../../../src/core/report/buildReport';
import { unreadSheetIssues } from '../../../src/core/report/sheetChoice';
import type { SheetGrid } from '../../../src/core/values/types';

const report = (...grids: SheetGrid[]) => buildReport(grids, parseConfig({}));
const said = (r: ReturnType<typeof report>, code: string) =>
  r.issues.filter((i) => i.code === code).map((i) => i.message);

describe('a table with a period on each row', () => {
  it('with an indicator on a row for each period, says to put each on one row', () => {
    const r = report({
      name: 'Data',
      values: [
        ['Indicator', 'Period', 'Actual', 'Target', 'Polarity'],
        ['% of assessments within 45 days', 'Q1 2024/25', 82.1, 85, 'Higher'],
        ['% of assessments within 45 days', 'Q2 2024/25', 84.3, 85, 'Higher'],
        ['% of re-referrals', 'Q1 2024/25', 21.5, 20, 'Lower'],
        ['% of re-referrals', 'Q2 2024/25', 19.2, 20, 'Lower'],
      ],
    });
    expect(r.items).toEqual([]);
    expect(said(r, 'periods-in-rows')).toEqual([
      "Data!B2:B5: the column 'Period' gives a period on each row (Q1 2024/25, Q2 2024/25), with an indicator on a row for each period, but periods are read from the table's header, a column each, so the figures beside them are not read; put each indicator on one row, with a column for each period headed with it, as in 'Q2 2024/25' (a PivotTable with the names as rows and the periods as columns does it).",
    ]);
    // The periods in the rows say why 'Actual' has none: no second warning sends the officer to a title.
    expect(said(r, 'value-column-no-period')).toEqual([]);
    expect(unreadSheetIssues(r.issues).map((i) => i.code)).toEqual(['periods-in-rows']);
  });

  it('with an indicator on a row for each period under a title naming the year, still says so, and rates nothing', () => {
    // A data download under "… 2024/25": the title's year is not the figures' period, each row's is.
    const r = report({
      name: 'Data',
      values: [
        ['Quarterly Performance Progress Report – data download 2024/25'],
        [],
        ['Ref', 'Indicator', 'Period', 'Actual', 'Target', 'Polarity'],
        ['BCP1', '% of household waste recycled', 'Q1 2024/25', 46.1, 47, 'Higher is better'],
        ['BCP1', '% of household waste recycled', 'Q2 2024/25', 45.8, 47, 'Higher is better'],
        ['BCP2', 'Average days to process new claims', 'Q1 2024/25', 22, 20, 'Lower is better'],
        ['BCP2', 'Average days to process new claims', 'Q2 2024/25', 20, 20, 'Lower is better'],
      ],
    });
    expect(r.items).toEqual([]);
    expect(r.period).toBeNull();
    expect(r.issues.filter((i) => i.code === 'periods-in-rows').map((i) => i.cell)).toEqual(['C4:C7']);
  });

  it("with each indicator's latest period, rates each figure as its row's period, the report on the latest", () => {
    const r = report({
      name: 'KPIs',
      values: [
        ['Indicator', 'Frequency', 'Latest period', 'Target', 'Latest value'],
        ['% of invoices paid within 30 days', 'Quarterly', 'Q2 2024/25', 95, 96.1],
        ['Average days to re-let', 'Monthly', 'Sep-24', 28, 31],
        ['Residents satisfied with their area (%)', 'Annual', '2023/24', 80, 78],
      ],
    });
    // Worked by hand: 96.1 against 95, higher is better: green; 31 against 28, lower is better, 10.7 %
    // over: red; 78 against 80, higher is better, 2.5 % short: amber, for 2023/24, its latest.
    expect(r.period?.label).toBe('Q2 2024/25');
    expect(r.items.map((i) => [i.rating.current?.period.label, i.rating.current?.measure.cell, i.rating.rag])).toEqual([
      ['Q2 2024/25', 'E2', 'green'],
      ['September 2024', 'E3', 'red'],
      ['2023/24', 'E4', 'amber'],
    ]);
    expect(said(r, 'periods-in-rows')).toEqual([]);
    expect(said(r, 'period-from-rows')).toEqual([
      "KPIs!E1: the column 'Latest value' names no period, so its figures are read as the periods the rows give in the column 'Latest period' (KPIs!C2:C4): the latest of them is Q2 2024/25, and 2 figures are for an earlier period, each rated as its row's latest result with its period named in the narrative (E3: September 2024; E4: 2023/24). Check that those are the latest figures to report.",
    ]);
    expect(r.narrative.text).toContain('Residents satisfied with their area stood at 78 per cent in 2023/24');
  });

  it('with the same period on every row beside one "Actual" column, reads that column as the period', () => {
    // A one-quarter export, an indicator to a row. Worked by hand: 84.3 against 85, higher is better,
    // within 5 %: amber; 19.2 against 20, lower is better: green; children in care, polarity n/a: context.
    const r = report({
      name: 'Export',
      values: [
        ['Indicator', 'Period', 'Actual', 'Target', 'Polarity'],
        ['% of assessments within 45 days', 'Q2 2024/25', 84.3, 85, 'Higher'],
        ['% of re-referrals', 'Q2 2024/25', 19.2, 20, 'Lower'],
        ['Number of children in care', 'Q2 2024/25', 412, null, 'n/a'],
      ],
    });
    expect(r.period?.label).toBe('Q2 2024/25');
    expect(r.items.map((i) => [i.rating.current?.measure.cell, i.rating.rag, i.rating.status])).toEqual([
      ['C2', 'amber', 'rated'],
      ['C3', 'green', 'rated'],
      ['C4', 'none', 'no-target'],
    ]);
    expect(said(r, 'period-from-rows')).toEqual([
      "Export!C1: the column 'Actual' names no period, so its figures are read as Q2 2024/25, the period every row gives in the column 'Period' (Export!B2:B4); if they are for another period, head the column with it, as in 'Q2 2024/25'.",
    ]);
    expect(said(r, 'periods-in-rows')).toEqual([]);
    expect(said(r, 'value-column-no-period')).toEqual([]);
  });

  it('with the same period on the rows that give one, reads the column as that period for every row', () => {
    const r = report({
      name: 'Export',
      values: [
        ['Indicator', 'Period', 'Actual', 'Target', 'Polarity'],
        ['% of assessments within 45 days', 'Q2 2024/25', 84.3, 85, 'Higher'],
        ['% of re-referrals', null, 19.2, 20, 'Lower'],
      ],
    });
    // As above: 84.3 against 85, amber; 19.2 against 20, lower is better, green.
    expect(r.period?.label).toBe('Q2 2024/25');
    expect(r.items.map((i) => [i.rating.current?.measure.cell, i.rating.rag])).toEqual([
      ['C2', 'amber'],
      ['C3', 'green'],
    ]);
  });

  it('is not said of a column of dates that are not headed as periods, or of a table with period columns', () => {
    const updated = report({
      name: 'KPIs',
      values: [
        ['Indicator', 'Target', 'Last updated'],
        ['% of invoices paid within 30 days', 95, 45566],
        ['Average days to re-let', 28, 45570],
      ],
      formats: [[], [null, null, 'dd/mm/yyyy'], [null, null, 'dd/mm/yyyy']],
    });
    expect(said(updated, 'periods-in-rows')).toEqual([]);
    const rated = report({
      name: 'KPIs',
      values: [
        ['Indicator', 'Target', 'Q2 2024/25', 'Data period'],
        ['% of invoices paid within 30 days', 95, 96.1, 'Q2 2024/25'],
        ['Average days to re-let', 28, 31, 'Q2 2024/25'],
      ],
    });
    expect(rated.items).toHaveLength(2);
    expect(said(rated, 'periods-in-rows')).toEqual([]);
  });
});

describe('a sheet turned the other way round', () => {
  const tracker: SheetGrid = {
    name: 'Tracker',
    values: [
      ['Month', '% of assessments completed within 45 working days', 'Number of children in care', '% of re-referrals'],
      ['Target', 85, null, 20],
      ['Apr-24', 82.1, 412, 21.5],
      ['May-24', 84.3, 415, 19.2],
      ['Jun-24', 86, 420, 18.9],
    ],
  };

  it('names the periods down the column and the indicators across, and says how to turn it', () => {
    const r = report(tracker);
    expect(r.tables).toEqual([]);
    expect(said(r, 'table-transposed')).toEqual([
      "Tracker!A3:A5: the periods run down column A (April 2024 to June 2024) with the indicators across row 1 ('% of assessments completed within 45 working days', 'Number of children in care', …), so nothing on the sheet is read: indicators are read one to a row, with the periods across. Copy the table and paste it into a new sheet with Paste Special and Transpose, then run again.",
    ]);
    expect(unreadSheetIssues(r.issues).map((i) => i.code)).toEqual(['table-transposed']);
  });

  it('names the row of indicators, not the row of polarities under it', () => {
    // A repairs dashboard: names across row 1, then "Target" and "Polarity" rows, then the months.
    const values = [
      tracker.values[0],
      tracker.values[1],
      ['Polarity', 'Higher', 'Lower', 'Lower'],
      ...tracker.values.slice(2),
    ];
    const r = report({ name: 'Tracker', values });
    expect(said(r, 'table-transposed')[0]).toContain(
      "with the indicators across row 1 ('% of assessments completed within 45 working days', 'Number of children in care', …)",
    );
  });

  it('is said beside a scorecard that is read, since the tracker’s measures are left out', () => {
    const scorecard: SheetGrid = {
      name: 'KPIs',
      values: [
        ['Indicator', 'Target', 'Q1 2024/25'],
        ['% of invoices paid within 30 days', 95, 96],
      ],
    };
    const r = report(scorecard, tracker);
    expect(r.items).toHaveLength(1);
    expect(r.issues.filter((i) => i.code === 'table-transposed').map((i) => i.sheet)).toEqual(['Tracker']);
  });

  it('is not said of a sheet of notes with dates, or of a list of periods with no figures beside them', () => {
    const notes = report({
      name: 'Notes',
      values: [
        ['Meeting dates', 'Committee', 'Papers due'],
        ['Apr-24', 'Scrutiny', 'Two weeks before'],
        ['Jul-24', 'Scrutiny', 'Two weeks before'],
        ['Oct-24', 'Cabinet', 'Three weeks before'],
      ],
    });
    expect(said(notes, 'table-transposed')).toEqual([]);
  });

  it('is not said of a block of one indicator’s figures, with the quarters across and its years down', () => {
    // Anglia Revenues Partnership: each measure a block, 'Q1 … Q4' over '2018/19', 'Target', '2017/18'.
    const block = report({
      name: 'Combined Partners',
      values: [
        ['Business Rates Collection', 'Q1', 'Q2', 'Q3', 'Q4'],
        ['2018/19', 62000000, 124000000, 186000000, 245375687],
        ['Target', 61000000, 122000000, 183000000, 243892497],
        ['2017/18', 60000000, 120000000, 180000000, 237584716],
        ['Council Tax Collection', 'Q1', 'Q2', 'Q3', 'Q4'],
        ['2018/19', 120000000, 230000000, 330000000, 414474455],
        ['Target', 118000000, 228000000, 328000000, 410581171],
        ['2017/18', 110000000, 220000000, 310000000, 389387314],
      ],
    });
    expect(said(block, 'table-transposed')).toEqual([]);
  });
});
