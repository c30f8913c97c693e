/**
 * A quarter with a spike in a count the quarters add up over the year: missed bin collections of
 * 610 and 640, then 2,560 in the quarter of industrial action, beside a year-end target of 2,400 and
 * 2,310 for 2023/24 (a corporate KPI sheet modelled on Kent's and Torbay's quarterly reports). Read
 * as a year to date from the rise alone, 2,560 was said to be "so far this year"; read as its own
 * figure with last year's total only a little below the spike, it was compared with 2,310 "in
 * 2023/24". The answers below were worked out by hand before the engine was run.
 */
import { parseConfig } from '../../../src/core/config/schema';
import { buildReport } from '../../../src/core/report/buildReport';
import type { SheetGrid } from '../../../src/core/values/types';

const ROW_FORMATS = [null, null, null, '#,##0', '#,##0', '#,##0', '#,##0', '#,##0', '0%', '#,##0'];
const grid: SheetGrid = {
  name: 'Q3',
  values: [
    ['Corporate Key Performance Indicators 2024/25: Third Quarter (October – December 2024)'],
    [],
    ['Ref', 'KPI', 'Good performance', 'Q1', 'Q2', 'Q3', 'Q4', 'Year-end target', 'Tolerance', '2023/24 outturn'],
    ['K08', 'Number of missed bin collections', 'Low', 610, 640, 2560, null, 2400, 0.05, 2310],
    ['K13', 'Number of households in temporary accommodation', 'Low', 1380, 1410, 1352, null, 1300, 0.05, 1410],
  ],
  formats: [[], [], [], ROW_FORMATS, ROW_FORMATS],
};

describe('a quarter with a spike in a count that adds up over the year', () => {
  const r = buildReport([grid], parseConfig({}));
  const [bins, households] = r.items;

  it('is read as its own figure, not a year to date', () => {
    expect(bins.indicator.cumulative).toBeFalsy();
    expect(r.issues.filter((i) => i.code === 'cumulative-from-figures')).toEqual([]);
    expect(r.narrative.text).not.toContain('so far this year');
  });

  it("is red against the year's target, which Q3 alone is past, and not compared with last year's total", () => {
    // 2,560 in Q3 alone is past 2,400 and its 5 % (2,520): the year can only end red.
    expect([bins.rating.rag, bins.indicator.targetForYear]).toEqual(['red', true]);
    expect(r.issues.filter((i) => i.code === 'year-target-settled').map((i) => i.cell)).toEqual(['F4']);
    const said = r.narrative.areasForFocus.find((i) => i.indicatorId === bins.indicator.id)!.text;
    expect(said).toContain('stood at 2,560');
    expect(said).toContain('full-year target of 2,400');
    expect(said).not.toContain('2,310');
  });

  it('leaves a count at a point in time as it was: rated against its target, compared with last year', () => {
    // 1,352 against 1,300 and its 5 % (1,365): amber; 1,410 a year earlier, a count at the year's end.
    expect(households.rating.rag).toBe('amber');
    expect(households.indicator.targetForYear).toBeFalsy();
    expect(r.narrative.text).toContain('1,410 in 2023/24');
  });
});
