/**
 * An indicator held back until its target cell is checked has a target: counting it under "No
 * target" told the officer, on the Narrative sheet and in the JSON, that the scorecard had one more
 * context measure than it has. It is counted apart, as "To check". The answers below were worked
 * out by hand before the engine was run.
 */
import { countLines, countsFromNarrative } from '../../../src/core/annotate/narrativeSheet';
import { parseConfig } from '../../../src/core/config/schema';
import { buildReport } from '../../../src/core/report/buildReport';
import { ragCounts } from '../../../src/core/report/ragCounts';
import { reportToJson } from '../../../src/core/report/toJson';
import type { SheetGrid } from '../../../src/core/values/types';

/** Collection rates: one target met, one target in words, one measure without polarity, one blank figure. */
const grid: SheetGrid = {
  name: 'Corporate KPIs',
  values: [
    ['Indicator', 'Polarity', '2017/18', 'Target'],
    ['% of council tax collected in the billing year', 'Higher', 97.4, 97],
    ['% of business rates collected in the billing year', 'Higher', 98.3, 'To be better than baseline'],
    ['Number of households on the housing register', 'None', 2841, null],
    ['% of invoices paid within 30 days', 'Higher', null, 95],
  ],
};

describe('indicators not rated until a cell is checked', () => {
  const report = buildReport([grid], parseConfig({}));

  it('are counted apart from the context measures', () => {
    // Council tax 97.4 against 97: green. Business rates: a target in words (D3), to check.
    // The housing register: no polarity, a context measure. Invoices: no figure.
    expect(report.items.map((i) => [i.indicator.name.slice(0, 20), i.rating.rag, i.rating.status])).toEqual([
      ['% of council tax col', 'green', 'rated'],
      ['% of business rates ', 'none', 'no-target'],
      ['Number of households', 'none', 'no-target'],
      ['% of invoices paid w', 'none', 'no-data'],
    ]);
    expect(ragCounts(report.items)).toEqual({ green: 1, amber: 0, red: 0, noTarget: 1, noData: 1, toCheck: 1 });
    expect(reportToJson(report).summary).toMatchObject({ indicators: 4, rated: 1, noTarget: 1, toCheck: 1, noData: 1 });
  });

  it('have a line of their own on the Narrative sheet, from the counts or from the narrative', () => {
    expect(countLines(ragCounts(report.items))).toEqual([
      ['Green', 1],
      ['Amber', 0],
      ['Red', 0],
      ['No target', 1],
      ['To check', 1],
      ['No data', 1],
    ]);
    expect(countsFromNarrative(report.narrative)).toEqual(ragCounts(report.items));
  });

  it('leave the counts as they were where there are none', () => {
    const plain = buildReport([{ ...grid, values: grid.values.filter((_, i) => i !== 2) }], parseConfig({}));
    expect(ragCounts(plain.items)).toEqual({ green: 1, amber: 0, red: 0, noTarget: 1, noData: 1 });
    expect('toCheck' in reportToJson(plain).summary).toBe(false);
  });
});
