/**
 * North West Leicestershire's Q1 2016/17 performance report gives "Taxi vehicles passing inspection
 * first time" as "65 of 93". The narrative said "There is no figure" for it, which a councillor
 * reading the sheet would see is not so; then that it was given but not read. It is the share it
 * gives, 69.9 %, reported for context ('Monitor'). The rows are the council's; the answers were
 * worked out by hand before the engine was run.
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

  it('is read as the share it gives, rather than missing', () => {
    // Re-let times: 38 days against 40, lower is better: green. The taxis' '65 of 93' is 69.9 %, for context.
    expect(r.items.map((i) => i.rating.rag)).toEqual(['green', 'none', 'none']);
    expect(r.items[1].rating.status).toBe('no-target');
    expect(r.narrative.text).toContain(
      'Taxi vehicles passing inspection first time stood at 69.9 per cent (65 of 93).',
    );
    // Words with no figure first still give none: "Due Sep 2016" is a figure expected later.
    expect(r.narrative.text).toContain(
      "There is no figure for customers using Direct Debit over the Web: it is still to be confirmed ('Due Sep 2016' in D4).",
    );
  });
});

describe('a figure written with words, in the counts', () => {
  // A social care dashboard's "7.3 per day" in place of a count: the figure is given, so "Data is
  // currently unavailable for 1 indicator" would tell the committee something untrue. Worked by hand:
  // re-let times green; reablement's figure given but not read, said apart; nothing unavailable.
  const r = buildReport(
    [
      {
        name: 'Dashboard',
        values: [
          ['Indicator', 'Good performance is', 'Target', 'Q2 2013/14'],
          ['Average re-let times (days)', 'Lower', 40, 38],
          ['The number of people accessing reablement', 'Higher', 8, '7.3 per day'],
        ],
      },
    ],
    parseConfig({}),
  );

  it('is counted as given but not read, not as unavailable', () => {
    const opening = r.narrative.summary[0].text;
    expect(opening).toContain('The figure for 1 indicator is given in a form that is not read, so it is not rated.');
    expect(opening).not.toContain('unavailable');
    expect(r.narrative.ragSummary).toMatchObject({ unavailable: 0, notRead: 1 });
    expect(r.narrative.text).toContain('Data currently unavailable: 0\nFigure given but not read: 1');
  });
});
