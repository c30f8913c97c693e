/**
 * A published children's services scorecard keeps back small numbers: "<5" where fewer than five
 * children went missing from care in the quarter. Such a cell is a bound, not a figure. Where every
 * figure the bound allows gets the same colour against the target, that colour is the rating, as an
 * officer would give it; where they do not, it is not rated, and said so. Worked out by hand before
 * the engine was run (Q2 2024/25; the default tolerance, 5 % of the target):
 *
 * - children missing from care, lower being better, '<5' against 10: any figure from 0 to 5 is below
 *   10: green, said as "given as '<5' … fewer than 5, below the target of 10 whatever the figure";
 * - children adopted, higher being better: 6 against 8, red, as before ('<5' in Q1 is no figure to
 *   compare with, so no direction);
 * - children placed more than 20 miles from home, lower: 'Fewer than 5' against 12: green;
 * - young people entering custody, lower: '<5' against 3: 0 would be green and 4 red: not rated;
 * - care leavers starting apprenticeships, higher: '<5' against 10: any figure up to 5 is more than
 *   5 % below 10: red, in the red list as "'<5' against a target of 10";
 * - re-referrals within 12 months, lower: 'Less than 1%' against 22 %: green;
 * - EHC plans issued within 20 weeks, higher: '>95%' against 90 %: green (a percentage is at most 100);
 * - no direction is given for a bound: there is no figure to compare;
 * - each bound is named at its cell: as rated, with the colour every figure it allows would get, or
 *   as giving no figure where that colour is not one;
 * - the copy colours and labels a rated bound so while the cell holds it.
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
          ['Number of young people entering custody', 'Lower', 3, 4, '<5'],
          ['Number of care leavers starting apprenticeships', 'Higher', 10, 6, '<5'],
          ['% of re-referrals within 12 months', 'Lower', 0.22, 0.2, 'Less than 1%'],
          ['% of EHC plans issued within 20 weeks', 'Higher', 0.9, 0.88, '>95%'],
        ],
        formats: [[], [], [], [], [], [], [null, null, '0%', '0%'], [null, null, '0%', '0%']],
      },
    ],
    parseConfig({}),
  );

  it('is rated where every figure it allows gets one colour, and not where they do not', () => {
    expect(r.items.map((i) => [i.rating.rag, i.rating.shortTerm?.direction ?? null])).toEqual([
      ['green', null],
      ['red', null],
      ['green', null],
      ['none', null],
      ['red', null],
      ['green', null],
      ['green', null],
    ]);
    expect(r.items[0].rating.status).toBe('rated');
    expect(r.items[3].rating.status).toBe('no-data');
  });

  it('says what the cell gives, and the target it settles', () => {
    const missing = r.narrative.performingWell.find((i) => i.text.includes('missing from care'));
    expect(missing?.text).toBe(
      "Children missing from care (episodes) was given as '<5' in E2: fewer than 5, below the target of 10 whatever the figure.",
    );
    const apprenticeships = r.narrative.areasForFocus.find((i) => i.text.includes('apprenticeships'));
    expect(apprenticeships?.text).toBe(
      "Care leavers starting apprenticeships was given as '<5' in E6: fewer than 5, below the target of 10 whatever the figure.",
    );
    expect(r.narrative.reds.map((i) => i.text)).toContain(
      "Care leavers starting apprenticeships: '<5' against a target of 10.",
    );
    const custody = r.narrative.noData.find((i) => i.text.includes('custody'));
    expect(custody?.text).toBe(
      "The figure for young people entering custody is given as '<5' in E5, which is not read as a single figure, so it is not rated. The latest, for Q1 2024/25, was 4.",
    );
  });

  it('is said at its cell to be a bound, rated or not', () => {
    const said = r.issues.filter((i) => i.code === 'figure-bound');
    expect(said.map((i) => i.cell)).toEqual(['E2', 'D3', 'E4', 'E5', 'E6', 'E7', 'E8']);
    expect(said[0].message).toBe(
      "CSC!E2: '<5' is a bound, not a figure (a small number kept back, perhaps), but every figure it allows would be green against the target of 10 (C2), so 'Number of children missing from care (episodes)' is rated green for Q2 2024/25.",
    );
    expect(said[3].message).toBe(
      "CSC!E5: '<5' is a bound, not a figure (a small number kept back, perhaps), so 'Number of young people entering custody' has no figure for Q2 2024/25; write the figure if it may be shown.",
    );
    // A bound above ("> 95%") keeps back a figure, not a small number.
    expect(said[6].message).toContain("'>95%' is a bound, not a figure (a figure kept back, perhaps), but");
    expect(r.issues.filter((i) => i.code === 'figure-unreadable')).toEqual([]);
  });

  it('colours and labels the copy so while the cell holds the bound', () => {
    const live = r.formatPlan.blocks.flatMap((b) => b.ranges).join(',');
    expect(live).toMatch(/E2\b|E2:/);
    const label = r.formatPlan.labels.find((l) => l.cell === 'F2');
    expect(label?.formula).toContain('TRIM(E2)="<5"');
    expect(label?.expected).toBe('Green');
  });

  it('is said on one line in a briefing', () => {
    const briefing = buildReport(
      [
        {
          name: 'CSC',
          values: [
            ['Measure', 'Polarity', 'Target', 'Q1 2024/25', 'Q2 2024/25'],
            ['Number of children missing from care (episodes)', 'Lower', 10, 7, '<5'],
            ['Number of children adopted', 'Higher', 8, 5, 6],
          ],
        },
      ],
      parseConfig({ narrativeStyle: 'briefing' }),
    );
    expect(briefing.narrative.performingWell[0].text).toBe(
      "Children missing from care (episodes): '<5' (fewer than 5) against a target of 10.",
    );
  });

  it('is not rated where the unit of the tolerance is unclear, which a figure would settle', () => {
    const unclear = buildReport(
      [
        {
          name: 'CSC',
          values: [
            ['Measure', 'Polarity', 'Target', 'Tolerance', 'Q1 2024/25', 'Q2 2024/25'],
            ['Number of children missing from care (episodes)', 'Lower', 10, 2, 7, '<5'],
            ['Number of children adopted', 'Higher', 8, 2, 5, 6],
          ],
        },
      ],
      parseConfig({}),
    );
    expect(unclear.items[0].rating.rag).toBe('none');
    expect(unclear.items[0].rating.status).toBe('no-data');
  });
});
