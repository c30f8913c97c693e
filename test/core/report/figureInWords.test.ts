/**
 * North West Leicestershire's Q1 2016/17 performance report gives "Taxi vehicles passing inspection
 * first time" as "65 of 93". The narrative said "There is no figure" for it, which a councillor
 * reading the sheet would see is not so. The rows are the council's; the answers were worked out by
 * hand before the engine was run.
 */
import { parseConfig } from '../../../src/core/config/schema';
import { buildReport } from '../../../src/core/report/buildReport';
import type { SheetGrid } from '../../../src/core/values/types';

const grid: SheetGrid = {
  name: 'Q1 2016-17',
  values: [
    ['Indicator', 'Good performance is', 'Q1 Target', 'Q1 2016/17', 'Comments'],
    ['Average re-let times (days)', 'Lower', 40, 38, 'Re-let times improved in quarter 1'],
    [
      'Taxi vehicles passing inspection first time',
      'Higher',
      'Monitor',
      '65 of 93',
      'Standard of taxi vehicles improved',
    ],
    ['Customers using Direct Debit over the Web', 'Higher', 'Data only', 'Due Sep 2016', 'New service'],
  ],
};

describe('a figure written with words', () => {
  const r = buildReport([grid], parseConfig({}));

  it('is said to be given, and not read, rather than missing', () => {
    // Re-let times: 38 days against 40, lower is better: green. The taxis' '65 of 93' is not one figure.
    expect(r.items.map((i) => i.rating.rag)).toEqual(['green', 'none', 'none']);
    expect(r.narrative.text).toContain(
      "The figure for taxi vehicles passing inspection first time is given as '65 of 93' in D3, which is not read as a single figure, so it is not rated.",
    );
    // Words with no figure first still give none.
    expect(r.narrative.text).toContain(
      "There is no figure for customers using Direct Debit over the Web: the cell holds text rather than a figure ('Due Sep 2016' in D4).",
    );
  });
});
