/**
 * Rows the officer has hidden (by hand, by a filter or in a collapsed group) are out of view, and Excel's charts leave them
 * out; the report does too, and says which. Hiding one row of an indicator laid out over several
 * ("Actual", then "Target") hides a detail, not the indicator: it is the row of its figures that
 * counts. The answers below were worked out by hand before the engine was run.
 */
import { parseConfig } from '../../../src/core/config/schema';
import { buildReport } from '../../../src/core/report/buildReport';
import type { SheetGrid } from '../../../src/core/values/types';

const grid: SheetGrid = {
  name: 'Adult social care',
  values: [
    ['Indicator', 'Polarity', 'Q1 2024/25', 'Q2 2024/25'], // 1
    ['Adults'], // 2, hidden: still the section of the rows beneath
    ['% of reviews completed on time', 'Higher is better'], // 3
    ['Actual', null, 0.8, 0.9], // 4
    ['Target', null, 0.85, 0.85], // 5, hidden: still this indicator's target
    ['Number of delayed discharges', 'Lower is better'], // 6, hidden
    ['Actual', null, 30, 40], // 7, hidden: the row of its figures, so it is left out
    ['Target', null, 35, 35], // 8, hidden
    ['Number of carers assessed', 'Higher is better', 100, 120], // 9
    ['Number of carers supported', 'Higher is better', 50, 60], // 10, hidden
    [null, 'Higher is better', 5, 6], // 11, hidden: a row without a name says nothing when it is out of view
  ],
  formats: [[], [], [], [null, null, '0%', '0%'], [null, null, '0%', '0%']],
  hiddenRows: [1, 4, 5, 6, 7, 9, 10],
};

const report = () => buildReport([grid], parseConfig({}));

describe('rows the officer has hidden', () => {
  it('leaves out the indicators whose figures are on them, and keeps a hidden detail of one in view', () => {
    const r = report();
    expect(r.period?.label).toBe('Q2 2024/25');
    expect(
      r.items.map((i) => [i.indicator.name, i.indicator.section, i.rating.current?.measure.cell, i.rating.rag]),
    ).toEqual([
      ['% of reviews completed on time', 'Adults', 'D4', 'green'],
      ['Number of carers assessed', 'Adults', 'D9', 'none'],
    ]);
  });

  it('says so once, naming the rows and how many indicators', () => {
    const said = report().issues.filter((i) => i.code === 'rows-hidden');
    expect(said.map((i) => [i.sheet, i.cell, i.severity])).toEqual([['Adult social care', 'A6', 'warning']]);
    expect(said[0].message).toBe(
      "Adult social care: rows 7 and 10 are hidden (by hand, by a filter or in a collapsed group), so their 2 indicators are left out of the report, as Excel's charts leave out hidden rows; unhide the rows, clear the filter or expand the group to report on them.",
    );
  });

  it('does not ask the officer to mend a row that is out of view', () => {
    expect(report().issues.filter((i) => i.code === 'row-without-name')).toEqual([]);
  });

  it('reads every row when none is hidden', () => {
    const r = buildReport([{ ...grid, hiddenRows: undefined }], parseConfig({}));
    expect(r.items).toHaveLength(4);
    expect(r.issues.filter((i) => i.code === 'rows-hidden')).toEqual([]);
    expect(r.issues.filter((i) => i.code === 'row-without-name').map((i) => i.cell)).toEqual(['B11']);
  });
});
