/**
 * A published children's services scorecard keeps back small numbers: "<5" where fewer than five
 * children went missing from care in the quarter. Such a cell was said to hold "text rather than a
 * figure", with the advice to write it as a number, or as 'n/a' or 'TBC' — advice a scorecard that
 * must not show the number cannot take. It is a bound, not a figure: not rated, and said so as what
 * it is. Worked out by hand before the engine was run:
 *
 * - children missing from care, lower being better: '<5' in Q2 against 10: not rated; the narrative
 *   says the figure is given as '<5', not read as a single figure, and quotes Q1's 7;
 * - children adopted, higher being better: 6 in Q2 against 8, red; '<5' in Q1 is no figure to
 *   compare with, so no direction;
 * - each '<5' is named at its cell as a bound, not a figure, with no advice to write it as 'n/a'.
 */
import { parseConfig } from '../../../src/core/config/schema';
import { buildReport } from '../../../src/core/report/buildReport';

describe('a small number kept back as "<5"', () => {
  const r = buildReport(
    [
      {
        name: 'CSC',
        values: [
          ['Measure', 'Polarity', 'Target', 'Q1 2024/25', 'Q2 2024/25'],
          ['Number of children missing from care (episodes)', 'Lower', 10, 7, '<5'],
          ['Number of children adopted', 'Higher', 8, '<5', 6],
          ['Number of children placed more than 20 miles from home', 'Lower', 12, 14, 'Fewer than 5'],
        ],
      },
    ],
    parseConfig({}),
  );

  it('is not rated, and the narrative says what the cell gives', () => {
    expect(r.items.map((i) => [i.rating.rag, i.rating.shortTerm?.direction ?? null])).toEqual([
      ['none', null],
      ['red', null],
      ['none', null],
    ]);
    const missing = r.narrative.noData.find((i) => i.text.includes('missing from care'));
    expect(missing?.text).toBe(
      "The figure for children missing from care (episodes) is given as '<5' in E2, which is not read as a single figure, so it is not rated. The latest, for Q1 2024/25, was 7.",
    );
  });

  it('is said at its cell to be a bound, not a figure', () => {
    const said = r.issues.filter((i) => i.code === 'figure-bound');
    expect(said.map((i) => i.cell)).toEqual(['E2', 'D3', 'E4']);
    expect(said[0].message).toBe(
      "CSC!E2: '<5' is a bound, not a figure (a small number kept back, perhaps), so 'Number of children missing from care (episodes)' has no figure for Q2 2024/25; write the figure if it may be shown.",
    );
    expect(r.issues.filter((i) => i.code === 'figure-unreadable')).toEqual([]);
  });
});
